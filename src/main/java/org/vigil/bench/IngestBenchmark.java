package org.vigil.bench;

import java.util.ArrayList;
import java.util.List;
import org.vigil.ingest.Article;
import org.vigil.pipeline.Extractor;
import org.vigil.store.EventStore;
import org.vigil.store.IngestLoop;

/**
 * Measures extract-and-store throughput with merging, in steps, so that a rate falling as the store grows shows.
 * The articles go through {@link IngestLoop}, the loop {@code vigil ingest} runs: extraction on the given threads,
 * one writer, batches as the CLI makes them. Only the reading of files is left out: articles come from the corpus.
 */
public final class IngestBenchmark {

    /** Articles per second over one step of the run, and the heap in use at its end. */
    public record Step(long articlesSoFar, double perSecond, long heapMiB) {
    }

    private final Extractor extractor;
    private final Corpus corpus;

    public IngestBenchmark(Extractor extractor, Corpus corpus) {
        this.extractor = extractor;
        this.corpus = corpus;
    }

    /** Ingests the corpus's first {@code articles}, with a step recorded after every {@code step} articles and at the end. */
    public List<Step> run(EventStore store, int articles, int step, int threads) {
        List<Step> steps = new ArrayList<>();
        long[] stepStart = {System.nanoTime()};
        long[] lastStep = {0};
        IngestLoop.Source source = sink -> {
            for (int i = 0; i < articles; i++) {
                Article a = corpus.get(i);
                sink.accept(a);
            }
        };
        new IngestLoop(extractor, threads).run(source, store, new IngestLoop.Listener() {
            @Override
            public void batchWritten(long done) {
                if (done / step > lastStep[0] / step || done == articles && done > lastStep[0]) {
                    long now = System.nanoTime();
                    Runtime rt = Runtime.getRuntime();
                    steps.add(new Step(done, (done - lastStep[0]) / ((now - stepStart[0]) / 1e9),
                            (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)));
                    stepStart[0] = now;
                    lastStep[0] = done;
                }
            }

            @Override
            public void extractionFailed(Article article, Throwable cause) {
                throw new IllegalStateException("extraction failed on " + article.id(), cause);
            }

            @Override
            public void sourceFailed(RuntimeException e) {
                throw e;
            }
        });
        return steps;
    }
}
