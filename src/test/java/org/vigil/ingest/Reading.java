package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Test helper: runs a reader and keeps what it delivered. */
final class Reading {
    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    ArticleReader.Result result;

    static Reading of(ArticleReader reader, Path... inputs) {
        return of(reader, Arrays.stream(inputs).map(Path::toString).toArray(String[]::new));
    }

    static Reading of(Path... inputs) {
        return of(new ArticleReader(), inputs);
    }

    static Reading of(ArticleReader reader, String... inputs) {
        Reading r = new Reading();
        r.result = reader.read(List.of(inputs), r.articles::add, r.problems::add);
        return r;
    }

    static Reading stdin(InputStream in) {
        return of(new ArticleReader().withStdin(in), "-");
    }

    Article only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; problems: " + problems);
        }
        return articles.get(0);
    }

    String problemLines() {
        return problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private Reading() {
    }
}
