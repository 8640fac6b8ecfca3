package org.vigil.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.VigilException;

/**
 * Reads articles from files, directories and standard input ("-"): plain text, HTML and JSON Lines of
 * {"id","text","published","url","title","source"}. Problems with one input are reported and the rest go on.
 */
public final class ArticleReader {

    public void read(List<String> inputs, Consumer<Article> sink, Consumer<InputProblem> problems) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream("stdin", System.in, sink, problems);
                continue;
            }
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                problems.accept(new InputProblem(input, "no such file or directory", VigilException.NO_INPUT));
                continue;
            }
            try (InputStream in = Files.newInputStream(p)) {
                readStream(input, in, sink, problems);
            } catch (IOException e) {
                problems.accept(new InputProblem(input, "cannot read: " + e.getMessage(), VigilException.NO_INPUT));
            }
        }
    }

    private void readStream(String where, InputStream in, Consumer<Article> sink, Consumer<InputProblem> problems) {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (where.endsWith(".jsonl")) {
                readJsonLines(where, text, sink, problems);
            } else {
                sink.accept(Article.ofText(idOf(where, text), text));
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(where, "cannot read: " + e.getMessage(), VigilException.NO_INPUT));
        }
    }

    private void readJsonLines(String where, String text, Consumer<Article> sink, Consumer<InputProblem> problems) {
        ObjectMapper mapper = new ObjectMapper();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = mapper.readTree(line);
                    String body = n.path("text").asText("");
                    String id = n.hasNonNull("id") ? n.get("id").asText() : idOf(where, body);
                    Optional<LocalDate> published = n.hasNonNull("published")
                            ? Optional.of(LocalDate.parse(n.get("published").asText().substring(0, 10)))
                            : Optional.empty();
                    sink.accept(new Article(id, body, published, opt(n, "url"), opt(n, "title"), opt(n, "source")));
                } catch (Exception e) {
                    problems.accept(new InputProblem(where + ":" + lineNo, "not a JSON article: " + e.getMessage(),
                            VigilException.DATA));
                }
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(where, "cannot read: " + e.getMessage(), VigilException.NO_INPUT));
        }
    }

    private static Optional<String> opt(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    /** A content hash, so the same text ingested twice gets the same id. */
    public static String idOf(String where, String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
