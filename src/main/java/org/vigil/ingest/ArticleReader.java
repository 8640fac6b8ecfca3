package org.vigil.ingest;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vigil.VigilException;

/**
 * Reads articles from files, directories and standard input, and says in one line what is wrong with any
 * input it cannot read, then goes on with the next. The library entry point for every command that takes
 * articles ({@code vigil extract}, {@code vigil ingest}); it prints nothing itself.
 *
 * <pre>{@code
 * ArticleReader.Result r = new ArticleReader()
 *         .withMaxArticleBytes(4L << 20)               // optional; default 2 MB of text per article
 *         .read(List.of("reports/", "feed.jsonl", "-"),
 *               article -> store.add(article),          // called once per article, in input order
 *               problem -> System.err.println("vigil: " + problem));
 * int exit = r.exitCode();                              // 0, or the worst problem's exit code
 * }</pre>
 *
 * <p><b>Inputs.</b> A file; a directory, read recursively in name order, hidden files and directories
 * skipped; or {@code "-"} for standard input. The format is sniffed from the content, the file extension
 * breaking ties: JSON when it opens like a JSON object or array (JSON Lines, or one object or array of
 * articles spread over lines), HTML when it opens with a tag, else plain text. Text holding HTML tags (a
 * {@code .txt} saved from a browser, a JSON {@code text} field with {@code <nav>} or {@code <p>}) is reduced
 * to text like an HTML page (see {@link HtmlText}). In a directory, only {@code .txt}, {@code .text}, files
 * without an extension, {@code .html}, {@code .htm}, {@code .xhtml}, {@code .jsonl}, {@code .ndjson} and
 * {@code .json} are read; other files are skipped, each with a line. A file named explicitly is always tried.
 *
 * <p><b>Text.</b> UTF-8 (with or without BOM) and UTF-16/32 with a BOM (UTF-16 without one is recognised
 * too); invalid UTF-8 is read as windows-1252, or as the charset an HTML page declares, with a line saying
 * so. Then {@link TextCleaner}: {@code \n} line endings, no control, zero-width or bidi characters, NFC.
 *
 * <p><b>Limits.</b> One article's text may be {@link #DEFAULT_MAX_ARTICLE_BYTES} (UTF-8 bytes) unless
 * configured; a text or HTML file, or one JSON line, may take 8 times that before it is refused unread. A
 * JSON Lines file or stream may be of any size: it is read one line at a time. JSON nested deeper than
 * {@value JsonArticles#MAX_DEPTH} levels is refused. At most ten problem lines are reported per file, then
 * one line with the count of the rest.
 *
 * <p><b>Problems.</b> Each is an {@link InputProblem} with an exit code from {@link VigilException}:
 * {@code NO_INPUT} (66) for a missing or unreadable file, {@code DATA} (65) for everything else a user can
 * cause (empty, binary, invalid JSON, bad date, too large, wrong encoding), {@code SOFTWARE} (70) when
 * reading one file hit a bug; the other inputs are still read. Standard input named twice is refused before
 * anything is read ({@link #checkInputs}). An article whose date cannot be parsed is
 * still delivered, without a date, after its problem. Exceptions thrown by the sink or the problem consumer
 * are passed through unchanged and end the read.
 *
 * <p>An instance holds only its settings: it is immutable and may be shared; one {@code read} call runs on
 * the calling thread.
 */
public final class ArticleReader {
    /** Default limit on one article's text: 2 MB of UTF-8. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 2L * 1024 * 1024;

    private final long maxArticleBytes;
    private final Supplier<InputStream> stdin;

    public ArticleReader() {
        this(DEFAULT_MAX_ARTICLE_BYTES, () -> System.in);
    }

    private ArticleReader(long maxArticleBytes, Supplier<InputStream> stdin) {
        this.maxArticleBytes = maxArticleBytes;
        this.stdin = stdin;
    }

    /** A reader that refuses articles whose text is longer than this many UTF-8 bytes. */
    public ArticleReader withMaxArticleBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the article size limit must be positive, not " + bytes);
        }
        return new ArticleReader(bytes, stdin);
    }

    /** A reader that reads {@code "-"} from this stream instead of {@code System.in} (it is not closed). */
    public ArticleReader withStdin(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new ArticleReader(maxArticleBytes, () -> in);
    }

    public long maxArticleBytes() {
        return maxArticleBytes;
    }

    /**
     * What one {@link #read} call did.
     *
     * @param inputs             how many inputs were given
     * @param inputsWithArticles how many of them gave at least one article
     * @param articles           articles handed to the sink
     * @param problems           problems found (including any not shown because of the per-file cap)
     * @param exitCode           0 when there was no problem, else the highest problem exit code
     */
    public record Result(int inputs, int inputsWithArticles, long articles, long problems, int exitCode) {
        /** True when no input gave an article: a command has nothing to work on. */
        public boolean nothingRead() {
            return articles == 0;
        }
    }

    /**
     * Refuses, before anything is read, inputs that cannot be read as given: standard input named twice (the
     * second reading would find it empty). A {@code VigilException} with exit code {@code USAGE} (64).
     */
    public static void checkInputs(List<String> inputs) {
        if (inputs.stream().filter("-"::equals).count() > 1) {
            throw new VigilException(VigilException.USAGE, "'-' (standard input) is given "
                    + inputs.stream().filter("-"::equals).count() + " times; it can be read only once");
        }
    }

    /**
     * Reads every input in order, handing each article to {@code sink} as soon as it is read and each
     * problem to {@code problems}; returns when all inputs are read.
     */
    public Result read(List<String> inputs, Consumer<Article> sink, Consumer<InputProblem> problems) {
        checkInputs(inputs);
        ReadSession session = new ReadSession(sink, problems, maxArticleBytes);
        int withArticles = 0;
        try {
            for (String input : inputs) {
                long before = session.articles();
                readInput(input, session);
                if (session.articles() > before) {
                    withArticles++;
                }
            }
        } catch (ReadSession.SinkFailure f) {
            f.rethrow();
        }
        return new Result(inputs.size(), withArticles, session.articles(), session.problemCount(), session.worst());
    }

    private void readInput(String input, ReadSession session) {
        if (input.equals("-")) {
            session.beginFile();
            try {
                InputStream in = stdin.get();
                readStream("stdin", in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16),
                        Sniffer.Format.TEXT, -1, true, session);
            } catch (IOException e) {
                session.problem("stdin", "cannot read it: " + oneLine(e), VigilException.NO_INPUT);
            } catch (ReadSession.SinkFailure f) {
                throw f;
            } catch (RuntimeException | StackOverflowError e) {
                session.problem("stdin", internalError(e), VigilException.SOFTWARE);
            } finally {
                session.endFile("stdin");
            }
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            session.problem(input, "not a valid file name", VigilException.NO_INPUT);
            return;
        }
        if (Files.isDirectory(path)) {
            readDirectory(input, path, session);
        } else {
            readFile(input, path, true, session);
        }
    }

    private void readDirectory(String where, Path dir, ReadSession session) {
        long before = session.articles();
        int[] files = {0};
        Set<Path> seen = new HashSet<>();
        try {
            seen.add(dir.toRealPath());
        } catch (IOException e) {
            // listing below reports it
        }
        walk(dir, session, files, seen, 0);
        if (session.articles() == before) {
            if (files[0] == 0) {
                session.problem(where, "directory holds no files to read (hidden files are skipped)",
                        VigilException.NO_INPUT);
            } else {
                session.problem(where, "no articles read from this directory (" + files[0]
                        + (files[0] == 1 ? " file" : " files") + ", none readable)", VigilException.DATA);
            }
        }
    }

    private void walk(Path dir, ReadSession session, int[] files, Set<Path> seen, int depth) {
        if (depth > 64) {
            session.problem(dir.toString(), "directories nested more than 64 deep; not read", VigilException.DATA);
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (AccessDeniedException e) {
            session.problem(dir.toString(), "permission denied; cannot list the directory", VigilException.NO_INPUT);
            return;
        } catch (IOException | RuntimeException e) {
            session.problem(dir.toString(), "cannot list the directory: " + oneLine(e), VigilException.NO_INPUT);
            return;
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path child : children) {
            if (child.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child)) {
                try {
                    if (!seen.add(child.toRealPath())) {
                        continue; // a link back to a directory already read
                    }
                } catch (IOException e) {
                    session.problem(child.toString(), "cannot read the directory: " + oneLine(e), VigilException.NO_INPUT);
                    continue;
                }
                walk(child, session, files, seen, depth + 1);
            } else if (Files.isRegularFile(child) || !Files.exists(child)) {
                files[0]++;
                readFile(child.toString(), child, false, session);
            }
            // sockets, pipes and devices inside a directory are not articles: passed over
        }
    }

    /** @param explicit true when the user named the file; a file found in a directory must have a known extension */
    private void readFile(String where, Path path, boolean explicit, ReadSession session) {
        session.beginFile();
        try {
            if (!Files.exists(path)) {
                session.problem(where, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "broken symbolic link; nothing to read" : "no such file or directory", VigilException.NO_INPUT);
                return;
            }
            if (!Files.isReadable(path)) {
                session.problem(where, "permission denied; cannot read it (check the file's permissions)",
                        VigilException.NO_INPUT);
                return;
            }
            boolean regular = Files.isRegularFile(path);
            long size = regular ? Files.size(path) : -1;
            if (regular && size == 0) {
                session.problem(where, "empty; nothing to read", VigilException.DATA);
                return;
            }
            Sniffer.Format hint = Sniffer.formatOfName(path.getFileName() == null ? "" : path.getFileName().toString());
            // a pipe (vigil extract <(curl ...)) cannot report its size or position, which a file channel asks for
            InputStream raw = regular ? Files.newInputStream(path) : new FileInputStream(path.toFile());
            try (BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                readStream(where, in, hint, size, explicit, session);
            }
        } catch (AccessDeniedException e) {
            session.problem(where, "permission denied; cannot read it (check the file's permissions)",
                    VigilException.NO_INPUT);
        } catch (NoSuchFileException e) {
            session.problem(where, "no such file or directory", VigilException.NO_INPUT);
        } catch (IOException e) {
            session.problem(where, "cannot read it: " + oneLine(e), VigilException.NO_INPUT);
        } catch (ReadSession.SinkFailure f) {
            throw f;
        } catch (RuntimeException | StackOverflowError e) {
            session.problem(where, internalError(e), VigilException.SOFTWARE);
        } finally {
            session.endFile(where);
        }
    }

    private void readStream(String where, BufferedInputStream in, Sniffer.Format hint, long size, boolean explicit,
                            ReadSession session) throws IOException {
        in.mark(Sniffer.PEEK + 1);
        byte[] head = in.readNBytes(Sniffer.PEEK);
        in.reset();
        if (head.length == 0) {
            session.problem(where, "empty; nothing to read", VigilException.DATA);
            return;
        }
        Sniffer.Encoding enc = Sniffer.encoding(head);
        Optional<String> binary = enc.bomLength() > 0 ? Optional.empty()
                : enc.certain() ? Sniffer.magic(head) : Sniffer.binaryKind(head);
        if (binary.isPresent()) {
            String kind = binary.get().equals("binary") ? "" : " (" + binary.get() + ")";
            session.problem(where, "looks like a binary file" + kind + "; Vigil reads plain text, HTML or JSON Lines",
                    VigilException.DATA);
            return;
        }
        if (hint == Sniffer.Format.OTHER && !explicit) {
            session.problem(where, "skipped: not a kind of file Vigil reads (it reads .txt, .html and .jsonl files; "
                    + "name the file to read it anyway)", VigilException.DATA);
            return;
        }
        String prefix = new String(head, enc.bomLength(), head.length - enc.bomLength(), enc.charset());
        if (prefix.isBlank() && head.length < Sniffer.PEEK) {
            session.problem(where, "empty (only whitespace); nothing to read", VigilException.DATA);
            return;
        }
        Sniffer.Format format = Sniffer.format(prefix, hint == Sniffer.Format.OTHER ? Sniffer.Format.TEXT : hint);
        if (format == Sniffer.Format.JSON) {
            new JsonArticles(session).read(where, in, enc, prefix, Sniffer.isJsonLinesName(where));
        } else {
            readDocument(where, in, enc, format, size, session);
        }
    }

    /** A whole text or HTML input is one article. */
    private void readDocument(String where, InputStream in, Sniffer.Encoding enc, Sniffer.Format format, long size,
                              ReadSession session) throws IOException {
        int cap = session.maxRawBytes();
        if (size > cap) {
            session.problem(where, tooLarge(ReadSession.size(size), session), VigilException.DATA);
            return;
        }
        byte[] bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
            session.problem(where, tooLarge("more than " + ReadSession.size(cap), session), VigilException.DATA);
            return;
        }
        Decoding.Decoded decoded = Decoding.decode(bytes, bytes.length, enc, format == Sniffer.Format.HTML);
        bytes = null; // the text is all that is needed from here on; let a large input's bytes go
        if (decoded.fellBack()) {
            session.problem(where, "is not valid UTF-8; read it as windows-1252 (if letters look wrong, "
                    + "save the file as UTF-8)", VigilException.DATA);
        }
        if (format == Sniffer.Format.HTML || Sniffer.hasMarkup(decoded.text())) {
            HtmlText.Page page = HtmlText.convert(decoded.text());
            if (page.text().isBlank()) {
                session.problem(where, "no article text in this HTML (only menus, scripts or other page furniture)",
                        VigilException.DATA);
                return;
            }
            session.deliver(where, page.text(), Optional.empty(), page.published(), page.url(), page.title(),
                    page.source(), true);
        } else {
            String text = TextCleaner.clean(decoded.text());
            if (text.isBlank()) {
                session.problem(where, "empty (only whitespace or control characters); nothing to read",
                        VigilException.DATA);
                return;
            }
            session.deliver(where, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), true);
        }
    }

    private static String tooLarge(String size, ReadSession session) {
        return "is " + size + ", larger than the " + ReadSession.size(session.maxArticleBytes())
                + " limit for one article; split it into articles or pass JSON Lines";
    }

    private static String internalError(Throwable e) {
        return "internal error while reading it (" + oneLine(e) + "); please report it with this input";
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
        return TextCleaner.oneLine(s.length() > 160 ? s.substring(0, 160) + "..." : s);
    }

    /**
     * The hash an article's text is known by: SHA-256 of its UTF-8 bytes, in hex. The store keys articles by it
     * (the same text under any id is stored once); an article without an id is named after it ({@link #idOf}).
     */
    public static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of an article that has none: {@code sha256:} and the first 16 hex digits of its content hash. */
    public static String idOf(String text) {
        return "sha256:" + contentHash(text).substring(0, 16);
    }
}
