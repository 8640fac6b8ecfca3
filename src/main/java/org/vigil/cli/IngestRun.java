package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.vigil.VigilException;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.InputProblem;
import org.vigil.pipeline.Extractor;
import org.vigil.store.Counts;
import org.vigil.store.EventStore;
import org.vigil.store.IngestLoop;
import org.vigil.store.IngestResult;

/**
 * {@code vigil ingest} and {@code vigil demo} on top of the store's {@link IngestLoop}: reads the inputs with
 * {@link ArticleReader}, reports problems and progress on stderr, and keeps the tally for the summary and the
 * exit code.
 */
final class IngestRun {

    /** What a run did, for the summary line and the exit code. */
    static final class Tally {
        long read;
        long stored;
        long already;
        long skipped;
        long inputProblems;
        long events;
        int exitCode;

        /** Called from the reader thread (input problems) as well as the writing one. */
        synchronized void problem(int code) {
            exitCode = Math.max(exitCode, code);
        }
    }

    private final Extractor extractor;
    private final PrintWriter err;
    private final ArticleReader reader;
    private final Optional<LocalDate> published;

    /** A run with the reader's defaults, for articles that carry their own dates (the demo's sample). */
    IngestRun(Extractor extractor, PrintWriter err) {
        this(extractor, err, new ArticleReader(), Optional.empty());
    }

    /** @param published the publication date of articles that carry none, as {@code extract --published} */
    IngestRun(Extractor extractor, PrintWriter err, ArticleReader reader, Optional<LocalDate> published) {
        this.extractor = extractor;
        this.err = err;
        this.reader = reader;
        this.published = published;
    }

    Tally run(List<String> inputs, EventStore store, boolean terminal) {
        Tally tally = new Tally();
        Progress progress = new Progress(err, countArticles(inputs), terminal);
        IngestLoop.Source source = sink -> reader.read(inputs,
                a -> sink.accept(published.isPresent() && a.published().isEmpty() ? a.withPublished(published) : a),
                p -> {
                    synchronized (tally) {
                        tally.inputProblems++;
                        tally.problem(p.exitCode());
                    }
                    report(p);
                });
        IngestLoop.Listener listener = new IngestLoop.Listener() {
            @Override
            public void extractionFailed(Article article, Throwable cause) {
                // a bug in extraction spoils one article, not the run
                tally.skipped++;
                tally.problem(VigilException.SOFTWARE);
                line(article.id() + ": extraction failed (" + cause + "); please report it with this article");
            }

            @Override
            public void written(IngestResult r) {
                tally(r, tally);
            }

            @Override
            public void batchWritten(long articlesSoFar) {
                tally.read = articlesSoFar;
                progress.update(articlesSoFar);
            }

            @Override
            public void sourceFailed(RuntimeException e) {
                tally.problem(e instanceof VigilException ve ? ve.exitCode() : VigilException.SOFTWARE);
                line(e instanceof VigilException ? e.getMessage()
                        : "reading stopped (" + e + "); every article read before is stored; please report it");
            }
        };
        try {
            tally.read = new IngestLoop(extractor, Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .run(source, store, listener);
        } finally {
            progress.finish(tally.read);
        }
        return tally;
    }

    private void tally(IngestResult r, Tally tally) {
        switch (r.status()) {
            case STORED -> {
                tally.stored++;
                tally.events += r.events();
            }
            case ALREADY_STORED -> tally.already++;
            case REJECTED -> {
                tally.skipped++;
                tally.problem(VigilException.DATA);
                line(r.articleId() + ": " + r.problem().orElse("rejected"));
            }
            case FAILED -> {
                tally.skipped++;
                tally.problem(VigilException.CANT_CREATE);
                line(r.articleId() + ": " + r.problem().orElse("not stored"));
            }
        }
    }

    private void report(InputProblem p) {
        line(p.toString());
    }

    private void line(String message) {
        synchronized (err) {
            err.println("vigil: " + message);
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
