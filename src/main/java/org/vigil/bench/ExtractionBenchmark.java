package org.vigil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.pipeline.Extractor;

/** Measures extraction throughput on a synthetic corpus: articles per second on one thread and on several. */
public final class ExtractionBenchmark {

    /** Articles per second and events found, for one run. */
    public record Result(int threads, int articles, long events, double seconds) {
        public double perSecond() {
            return articles / seconds;
        }
    }

    private final Extractor extractor;
    private final Corpus corpus;

    public ExtractionBenchmark(Extractor extractor, Corpus corpus) {
        this.extractor = extractor;
        this.corpus = corpus;
    }

    public Result run(int articles, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            Future<?>[] fs = new Future<?>[threads];
            for (int k = 0; k < threads; k++) {
                fs[k] = pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < articles) {
                        events.addAndGet(extractor.extract(corpus.get(i)).events().size());
                    }
                });
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result(threads, articles, events.get(), (System.nanoTime() - t0) / 1e9);
    }

    /** Where the time goes: milliseconds per stage over {@code articles} articles, on one thread. */
    public java.util.Map<String, Double> perStage(int articles) {
        java.util.Map<String, Double> ms = new java.util.LinkedHashMap<>();
        for (int i = 0; i < articles; i++) {
            org.vigil.doc.AnnotatedDocument doc = org.vigil.doc.AnnotatedDocument.of(corpus.get(i));
            for (org.vigil.doc.Stage stage : extractor.pipeline().stages()) {
                long t0 = System.nanoTime();
                doc = stage.process(doc);
                ms.merge(stage.name(), (System.nanoTime() - t0) / 1e6, Double::sum);
            }
        }
        return ms;
    }

    /** The most heap the JVM has held at once since it started, in MiB (sum of the heap pools' peaks). */
    public static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** Milliseconds since the JVM started. */
    public static long uptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
