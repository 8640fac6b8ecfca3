package org.vigil.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.VigilException;

/**
 * The state of one {@link ArticleReader#read} call: where articles and problems go, the counts, and the
 * per-file cap on problem lines (a file of a million broken lines gets ten lines and a count, not a million).
 */
final class ReadSession {
    static final int MAX_PROBLEM_LINES_PER_FILE = 10;

    private final Consumer<Article> sink;
    private final Consumer<InputProblem> problems;
    private final long maxArticleBytes;
    private final int maxRawBytes;
    private ObjectMapper mapper;

    private long articleCount;
    private long problemCount;
    private int worst;

    private boolean inFile;
    private int fileShown;
    private long fileHidden;
    private int fileHiddenWorst;
    private long fileArticles;
    private long fileProblems;

    ReadSession(Consumer<Article> sink, Consumer<InputProblem> problems, long maxArticleBytes) {
        this.sink = sink;
        this.problems = problems;
        this.maxArticleBytes = maxArticleBytes;
        // markup and JSON escapes make the raw form of an article larger than its text
        this.maxRawBytes = (int) Math.min(maxArticleBytes * 8, Integer.MAX_VALUE - 64);
    }

    long maxArticleBytes() {
        return maxArticleBytes;
    }

    /** The most bytes read for one article (a whole text or HTML file, or one JSON line) before giving up. */
    int maxRawBytes() {
        return maxRawBytes;
    }

    ObjectMapper mapper() {
        if (mapper == null) {
            mapper = JsonArticles.constrainedMapper(maxRawBytes);
        }
        return mapper;
    }

    long articles() {
        return articleCount;
    }

    long problemCount() {
        return problemCount;
    }

    int worst() {
        return worst;
    }

    void beginFile() {
        inFile = true;
        fileShown = 0;
        fileHidden = 0;
        fileHiddenWorst = 0;
        fileArticles = 0;
        fileProblems = 0;
    }

    /** Closes a file: the count of problem lines not shown, or "empty" when it gave nothing at all. */
    void endFile(String where) {
        inFile = false;
        if (fileHidden > 0) {
            emit(new InputProblem(where, fileHidden + " more problem(s) in this file not shown", fileHiddenWorst));
        }
        if (fileArticles == 0 && fileProblems == 0) {
            problem(where, "empty; nothing to read", VigilException.DATA);
        }
    }

    void problem(String where, String message, int exitCode) {
        problemCount++;
        worst = Math.max(worst, exitCode);
        if (inFile) {
            fileProblems++;
            if (fileShown >= MAX_PROBLEM_LINES_PER_FILE) {
                fileHidden++;
                fileHiddenWorst = Math.max(fileHiddenWorst, exitCode);
                return;
            }
            fileShown++;
        }
        emit(new InputProblem(where, message, exitCode));
    }

    private void emit(InputProblem p) {
        try {
            problems.accept(p);
        } catch (RuntimeException | Error e) {
            throw new SinkFailure(e);
        }
    }

    /**
     * Hands a finished article to the sink, unless its text is over the limit.
     *
     * @param wholeInput true when the article is a whole file (its problem names the file, not a line)
     */
    void deliver(String where, String text, Optional<String> id, Optional<LocalDate> published, Optional<String> url,
                 Optional<String> title, Optional<String> source, boolean wholeInput) {
        long bytes = utf8Length(text);
        if (bytes > maxArticleBytes) {
            problem(where, (wholeInput ? "is " : "article text is ") + size(bytes) + " of text, larger than the "
                    + size(maxArticleBytes) + " limit for one article; "
                    + (wholeInput ? "split it into articles or pass JSON Lines" : "split it into several articles"),
                    VigilException.DATA);
            return;
        }
        String articleId = id.filter(s -> !s.isBlank()).orElseGet(() -> ArticleReader.idOf(text));
        Article a = new Article(articleId, text, published, url, title, source);
        articleCount++;
        fileArticles++;
        try {
            sink.accept(a);
        } catch (RuntimeException | Error e) {
            throw new SinkFailure(e);
        }
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** "100 MB", "2.5 MB", "300 KB", "12 bytes": sizes as a person reads them. */
    static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 1) {
            return (mb >= 10 || mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f", mb)
                    : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** Carries an exception thrown by the caller's sink through the reader's own error handling, untouched. */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(Throwable cause) {
            super(cause);
        }

        void rethrow() {
            if (getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) getCause();
        }
    }
}
