package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.bench.Corpus;
import org.vigil.bench.IngestBenchmark;
import org.vigil.ingest.Article;
import org.vigil.pipeline.Extractor;

class IngestLoopTest {
    private static Extractor extractor;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    private static Article report(int i) {
        return new Article("depot-" + i, "Unknown men set fire to " + (i + 2) + " fuel tankers at a depot near "
                + "Quetta on Sunday, police said. Report " + i + ".", java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());
    }

    @Test
    void everyArticleTakenBeforeTheSourceFailsIsStoredAndTheFailureComesLast() {
        List<String> heard = new ArrayList<>();
        try (EventStore s = Stores.openForWriting(tmp.resolve("s").toString())) {
            long taken = new IngestLoop(extractor, 2).run(sink -> {
                for (int i = 0; i < 5; i++) {
                    sink.accept(report(i));
                }
                throw new IllegalStateException("the feed broke off");
            }, s, new IngestLoop.Listener() {
                @Override
                public void written(IngestResult r) {
                    heard.add(r.articleId() + " " + r.status());
                }

                @Override
                public void sourceFailed(RuntimeException e) {
                    heard.add("failed: " + e.getMessage());
                }
            });
            assertEquals(5, taken);
            assertEquals(5, s.counts().articles());
            assertEquals(List.of("depot-0 STORED", "depot-1 STORED", "depot-2 STORED", "depot-3 STORED",
                    "depot-4 STORED", "failed: the feed broke off"), heard, "in input order, the failure after");
        }
    }

    @Test
    void theIngestBenchmarkStoresThroughTheSameLoopAndReportsItsLastStep() {
        Corpus corpus = new Corpus(List.of(report(0), report(1), report(2)), 7);
        try (EventStore s = Stores.openForWriting(tmp.resolve("bench").toString())) {
            List<IngestBenchmark.Step> steps = new IngestBenchmark(extractor, corpus).run(s, 40, 10, 2);
            assertEquals(40, s.counts().articles());
            assertFalse(steps.isEmpty());
            assertEquals(40, steps.get(steps.size() - 1).articlesSoFar());
        }
    }
}
