package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.vigil.VigilException;
import org.vigil.doc.Extraction;
import org.vigil.ingest.Article;
import org.vigil.pipeline.Extractor;

/**
 * read → extract → store: the one loop behind {@code vigil ingest}, {@code vigil demo} and {@code vigil bench
 * --ingest}, so that the benchmark measures what users run. A reader thread takes articles from the source and
 * hands each to a pool that extracts on all cores; the calling thread writes the extractions to the store in
 * batches, in input order. Memory stays bounded by the queue between the two.
 */
public final class IngestLoop {
    /** Most articles written in one store transaction; fewer when extraction is the slower side. */
    public static final int BATCH = 1024;
    private static final int QUEUE = 512;

    /** Where articles come from: hands each to the sink in order, on the loop's reader thread, and returns at the end. */
    @FunctionalInterface
    public interface Source {
        void feed(Consumer<Article> sink);
    }

    /** What the loop reports as it goes; every call is made on the thread that called {@link #run}. */
    public interface Listener {
        /** Extracting one article threw: a bug, which costs that article only. */
        default void extractionFailed(Article article, Throwable cause) {
        }

        /** What the store did with one article. */
        default void written(IngestResult result) {
        }

        /** A batch was written; {@code articlesSoFar} counts the articles taken from the source. */
        default void batchWritten(long articlesSoFar) {
        }

        /** The source threw: reading stopped there, and every article taken before it was still written. */
        default void sourceFailed(RuntimeException e) {
        }
    }

    private record Item(Article article, Future<Extraction> extraction) {
    }

    private static final Item END = new Item(null, null);

    private final Extractor extractor;
    private final int threads;

    public IngestLoop(Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
    }

    /** Takes every article of the source, extracts and stores it; returns how many articles were taken. */
    public long run(Source source, EventStore store, Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-extract");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
        RuntimeException[] sourceFailure = {null};
        Thread reader = new Thread(() -> {
            try {
                source.feed(a -> put(queue, new Item(a, pool.submit(() -> extractor.extract(a)))));
            } catch (RuntimeException e) {
                sourceFailure[0] = e;
            } finally {
                put(queue, END);
            }
        }, "vigil-read");
        reader.setDaemon(true);
        reader.start();
        long taken = 0;
        try {
            List<Extraction> batch = new ArrayList<>(BATCH);
            boolean done = false;
            while (!done) {
                Item item = queue.take();
                while (true) {
                    if (item == END) {
                        done = true;
                        break;
                    }
                    taken++;
                    try {
                        batch.add(item.extraction().get());
                    } catch (ExecutionException e) {
                        listener.extractionFailed(item.article(), e.getCause());
                    }
                    if (batch.size() >= BATCH) {
                        break;
                    }
                    item = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (item == null) {
                        break;
                    }
                }
                if (!batch.isEmpty()) {
                    store.ingest(batch).forEach(listener::written);
                    batch.clear();
                }
                listener.batchWritten(taken);
            }
            reader.join(); // the END marker was its last act; this makes its failure, if any, visible here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VigilException(VigilException.SOFTWARE, "interrupted; every article stored so far is whole");
        } finally {
            pool.shutdownNow();
        }
        if (sourceFailure[0] != null) {
            listener.sourceFailed(sourceFailure[0]);
        }
        return taken;
    }

    private static void put(BlockingQueue<Item> q, Item item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
