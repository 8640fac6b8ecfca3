package org.vigil.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.doc.Extraction;
import org.vigil.pipeline.Extractor;
import org.vigil.store.EventStore;

/**
 * Measures extract-and-store throughput with merging, in steps, so that a rate falling as the store grows shows.
 * Extraction runs on all threads; the store is written by one, in batches, as `vigil ingest` does.
 */
public final class IngestBenchmark {

    /** Articles per second over one step of the run, and the heap in use at its end. */
    public record Step(int articlesSoFar, double perSecond, long heapMiB) {
    }

    private final Extractor extractor;
    private final Corpus corpus;

    public IngestBenchmark(Extractor extractor, Corpus corpus) {
        this.extractor = extractor;
        this.corpus = corpus;
    }

    public List<Step> run(EventStore store, int articles, int step, int batch, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Step> steps = new ArrayList<>();
        try {
            long stepStart = System.nanoTime();
            int done = 0;
            while (done < articles) {
                int n = Math.min(batch, articles - done);
                List<Future<Extraction>> futures = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int k = done + i;
                    futures.add(pool.submit(() -> extractor.extract(corpus.get(k))));
                }
                List<Extraction> extractions = new ArrayList<>(n);
                for (Future<Extraction> f : futures) {
                    extractions.add(f.get());
                }
                store.ingest(extractions);
                int before = done;
                done += n;
                if (done / step > before / step || done == articles) {
                    long now = System.nanoTime();
                    int inStep = done - (steps.isEmpty() ? 0 : steps.get(steps.size() - 1).articlesSoFar());
                    Runtime rt = Runtime.getRuntime();
                    steps.add(new Step(done, inStep / ((now - stepStart) / 1e9),
                            (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)));
                    stepStart = now;
                }
            }
        } finally {
            pool.shutdown();
        }
        return steps;
    }
}
