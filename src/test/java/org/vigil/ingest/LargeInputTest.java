package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs far larger than an article: they must stream, or be refused unread, in seconds and little memory. */
class LargeInputTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aHundredMegabyteJsonLinesFileStreamsThrough() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        String body = "Officials said the market in the old town stayed shut on Monday after the storm, "
                + "and traders counted the damage to their stalls. ";
        String line = "{\"text\":\"" + body.repeat(16) + "\",\"published\":\"2024-02-05\",\"source\":\"Example Wire\"}\n";
        long lines = 100 * MB / line.length() + 1;
        try (BufferedWriter w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            for (long i = 0; i < lines; i++) {
                w.write("{\"id\":\"n" + i + "\"," + line.substring(1));
            }
        }
        assertTrue(Files.size(feed) >= 100 * MB);
        long[] count = {0, 0};
        ArticleReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                new ArticleReader().read(List.of(feed.toString()), a -> {
                    count[0]++;
                    count[1] += a.text().length();
                }, p -> {
                    throw new AssertionError(p.toString());
                }));
        assertEquals(lines, count[0]);
        assertEquals(lines, result.articles());
        assertEquals(0, result.exitCode());
    }

    @Test
    void aHundredMegabyteTextFileIsRefusedWithoutBeingRead() throws IOException {
        Path big = dir.resolve("everything.txt");
        byte[] megabyte = "Several paragraphs of one endless report. ".repeat(25_000).substring(0, (int) MB)
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 100; i++) {
                out.write(megabyte);
            }
        }
        Path small = Files.writeString(dir.resolve("small.txt"), "A short report that is read.");
        Reading r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Reading.of(big, small));
        assertEquals("A short report that is read.", r.only().text());
        assertEquals(big + ": is 100 MB, larger than the 2 MB limit for one article; split it into articles or "
                + "pass JSON Lines", r.problemLines());
    }

    @Test
    void aFortyMegabyteJsonLineIsSkippedAndItsNeighboursRead() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        try (OutputStream out = Files.newOutputStream(feed)) {
            out.write("{\"text\":\"before\"}\n{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat((int) MB).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 40; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"text\":\"after\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        Reading r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Reading.of(feed));
        assertEquals(List.of("before", "after"), r.articles.stream().map(Article::text).toList());
        assertTrue(r.problemLines().contains("feed.jsonl:2: line is 40 MB, more than the 16 MB one JSON line may take"),
                r.problemLines());
    }

    @Test
    void manyTinyJsonLinesAreReadQuickly() throws IOException {
        Path feed = dir.resolve("tiny.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 300_000; i++) {
                w.write("{\"text\":\"n" + i + "\"}\n");
            }
        }
        long[] count = {0};
        ArticleReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                new ArticleReader().read(List.of(feed.toString()), a -> count[0]++, p -> { }));
        assertEquals(300_000, count[0]);
        assertEquals(0, result.exitCode());
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() throws IOException {
        Path page = Files.writeString(dir.resolve("deep.html"),
                "<html><body>" + "<div>".repeat(20_000) + "buried" + "</div>".repeat(20_000) + "<p>on top</p></body></html>");
        Reading r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Reading.of(page));
        assertTrue(r.only().text().contains("on top"));
    }

    @Test
    void aDeeplyNestedJsonArrayIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000));
        Reading r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Reading.of(file));
        assertEquals(0, r.articles.size());
        assertTrue(r.problemLines().contains("nested more than 64 levels deep"), r.problemLines());
    }
}
