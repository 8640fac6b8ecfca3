package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.vigil.VigilException;
import org.vigil.doc.Extraction;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.InputProblem;
import org.vigil.pipeline.Extractor;
import org.vigil.store.Counts;
import org.vigil.store.EventStore;
import org.vigil.store.IngestResult;

/**
 * read → extract → store, for `vigil ingest` and `vigil demo`. A reader thread feeds extraction on all cores;
 * the calling thread writes to the store in batches, in input order, so memory stays bounded by the queue.
 */
final class IngestRun {
    static final int BATCH = 1024;
    private static final int QUEUE = 512;

    /** What a run did, for the summary line and the exit code. */
    static final class Tally {
        long read;
        long stored;
        long already;
        long skipped;
        long inputProblems;
        long events;
        int exitCode;

        void problem(int code) {
            exitCode = Math.max(exitCode, code);
        }
    }

    private record Item(Article article, Future<Extraction> extraction) {
    }

    private static final Item END = new Item(null, null);

    private final Extractor extractor;
    private final PrintWriter err;

    IngestRun(Extractor extractor, PrintWriter err) {
        this.extractor = extractor;
        this.err = err;
    }

    Tally run(List<String> inputs, EventStore store, boolean terminal) {
        Tally tally = new Tally();
        Progress progress = new Progress(err, countArticles(inputs), terminal);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-extract");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
        Thread reader = new Thread(() -> {
            try {
                new ArticleReader().read(inputs, a -> put(queue, new Item(a, pool.submit(() -> extractor.extract(a)))),
                        p -> {
                            synchronized (tally) {
                                tally.inputProblems++;
                                tally.problem(p.exitCode());
                            }
                            report(p);
                        });
            } catch (RuntimeException e) {
                synchronized (tally) {
                    tally.problem(VigilException.SOFTWARE);
                }
                err.println("vigil: reading stopped (" + e + "); every article read before is stored; please report it");
            } finally {
                put(queue, END);
            }
        }, "vigil-read");
        reader.setDaemon(true);
        reader.start();
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
                    extracted(item, tally).ifPresent(batch::add);
                    if (batch.size() >= BATCH) {
                        break;
                    }
                    item = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (item == null) {
                        break;
                    }
                }
                write(store, batch, tally);
                batch.clear();
                progress.update(tally.read);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VigilException(VigilException.SOFTWARE, "interrupted; every article stored so far is whole");
        } finally {
            pool.shutdownNow();
            progress.finish(tally.read);
        }
        return tally;
    }

    private java.util.Optional<Extraction> extracted(Item item, Tally tally) throws InterruptedException {
        synchronized (tally) {
            tally.read++;
        }
        try {
            return java.util.Optional.of(item.extraction().get());
        } catch (ExecutionException e) {
            // a bug in extraction spoils one article, not the run
            synchronized (tally) {
                tally.skipped++;
                tally.problem(VigilException.SOFTWARE);
            }
            err.println("vigil: " + item.article().id() + ": extraction failed (" + e.getCause()
                    + "); please report it with this article");
            return java.util.Optional.empty();
        }
    }

    private void write(EventStore store, List<Extraction> batch, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        for (IngestResult r : store.ingest(batch)) {
            switch (r.status()) {
                case STORED -> {
                    tally.stored++;
                    tally.events += r.events();
                }
                case ALREADY_STORED -> tally.already++;
                case REJECTED -> {
                    tally.skipped++;
                    tally.problem(VigilException.DATA);
                    err.println("vigil: " + r.articleId() + ": " + r.problem().orElse("rejected"));
                }
                case FAILED -> {
                    tally.skipped++;
                    tally.problem(VigilException.CANT_CREATE);
                    err.println("vigil: " + r.articleId() + ": " + r.problem().orElse("not stored"));
                }
            }
        }
    }

    private void report(InputProblem p) {
        synchronized (err) {
            err.println("vigil: " + p);
        }
    }

    /** The summary a run ends with. */
    static void summarize(Tally t, EventStore store, PrintWriter out) {
        Counts.RunChanges changes = store.runChanges();
        Counts all = store.counts();
        out.printf("read %d article(s): %d new, %d already stored, %d skipped with problems%s%n", t.read, t.stored,
                t.already, t.skipped, t.inputProblems == 0 ? "" : "; " + t.inputProblems + " input problem(s)");
        out.printf("stored %d event(s); merged events: %d created, %d updated%n", t.events, changes.created(),
                changes.updated());
        out.printf("store %s now holds %d article(s), %d event(s), %d merged event(s)%n", store.location(),
                all.articles(), all.events(), all.mergedEvents());
    }

    private static void put(BlockingQueue<Item> q, Item item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Beyond this many bytes of JSON Lines the total is not counted: reading them twice would delay the start. */
    static final long COUNT_LIMIT_BYTES = 1L << 30;

    /** How many articles the inputs hold, when that can be known cheaply (not for standard input or huge files). */
    static OptionalLong countArticles(List<String> inputs) {
        long[] n = {0, 0}; // articles, bytes of JSON Lines scanned
        for (String in : inputs) {
            if (in.equals("-")) {
                return OptionalLong.empty();
            }
            try {
                Path p = Path.of(in);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            if (!countFile(f, n)) {
                                return OptionalLong.empty();
                            }
                        }
                    }
                } else if (Files.isRegularFile(p) && !countFile(p, n)) {
                    return OptionalLong.empty();
                }
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(n[0]);
    }

    /**
     * Adds a file's articles to {@code n[0]}: one for a text or HTML file, the non-blank lines of a JSON Lines file.
     * Lines are counted on the bytes as they stream by, never held: one JSON line may be hundreds of megabytes.
     * Returns false when the JSON Lines seen so far pass {@link #COUNT_LIMIT_BYTES}.
     */
    static boolean countFile(Path f, long[] n) throws IOException {
        if (!f.toString().endsWith(".jsonl")) {
            n[0]++;
            return true;
        }
        n[1] += Files.size(f);
        if (n[1] > COUNT_LIMIT_BYTES) {
            return false;
        }
        byte[] buf = new byte[1 << 16];
        boolean content = false;
        try (InputStream in = Files.newInputStream(f)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (content) {
                            n[0]++;
                        }
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        }
        if (content) {
            n[0]++;
        }
        return true;
    }
}
