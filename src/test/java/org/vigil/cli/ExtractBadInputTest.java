package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the whole command line: one clear line each, a meaningful exit code, and the rest still read. */
class ExtractBadInputTest {
    private static final String REPORT = "A bridge on the road to Naran was washed away on Monday, officials said.\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, List<String> errLines) {
    }

    private static Run extract(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 1];
        full[0] = "extract";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = Main.run(full, new PrintWriter(out), new PrintWriter(err));
        String e = err.toString();
        assertFalse(e.contains("\tat "), "no stack trace for user input:\n" + e);
        return new Run(exit, out.toString(), e.isEmpty() ? List.of() : List.of(e.split("\\R")));
    }

    private static Run extractStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return extract(args);
        } finally {
            System.setIn(saved);
        }
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void aGoodFileExitsZeroAndPrintsNothingOnStderr() throws IOException {
        Run r = extract("--format", "table", file("ok.txt", REPORT).toString());
        assertEquals(0, r.exit());
        assertEquals(List.of(), r.errLines());
        assertTrue(r.out().contains("event(s)"));
    }

    @Test
    void aMissingFileIsOneLineAndExit66() {
        Path missing = dir.resolve("gone.txt");
        Run r = extract(missing.toString());
        assertEquals(66, r.exit());
        assertEquals(List.of("vigil: " + missing + ": no such file or directory"), r.errLines());
    }

    @Test
    void aMissingFileDoesNotStopTheGoodOneAfterIt() throws IOException {
        Path missing = dir.resolve("gone.txt");
        Run r = extract("--format", "table", missing.toString(), file("ok.txt", REPORT).toString());
        assertEquals(66, r.exit());
        assertEquals(List.of("vigil: " + missing + ": no such file or directory"), r.errLines());
        assertTrue(r.out().contains("event(s)"), "the table is still printed");
    }

    @Test
    void anEmptyFileIsOneLineAndExit65() throws IOException {
        Path empty = file("empty.txt", "");
        Run r = extract(empty.toString());
        assertEquals(65, r.exit());
        assertEquals(List.of("vigil: " + empty + ": empty; nothing to read"), r.errLines());
    }

    @Test
    void aBinaryFileIsNamedByKind() throws IOException {
        Path pdf = Files.write(dir.resolve("report.pdf"), "%PDF-1.5\n%binary".getBytes(StandardCharsets.US_ASCII));
        Run r = extract(pdf.toString(), file("ok.txt", REPORT).toString());
        assertEquals(65, r.exit());
        assertEquals(List.of("vigil: " + pdf + ": looks like a binary file (PDF); Vigil reads plain text, HTML or JSON Lines"),
                r.errLines());
    }

    @Test
    void anInvalidJsonLineIsNamedByNumberAndTheOthersAreRead() throws IOException {
        Path feed = file("feed.jsonl", """
                {"id":"a","text":"Shops in the bazaar opened late on Tuesday."}
                {"id":"b","text":"unterminated
                {"id":"c","text":"The school board met on Wednesday."}
                """);
        Run r = extract(feed.toString());
        assertEquals(65, r.exit());
        assertEquals(1, r.errLines().size(), r.errLines().toString());
        assertTrue(r.errLines().get(0).startsWith("vigil: " + feed + ":2: not valid JSON"), r.errLines().toString());
    }

    @Test
    void aHundredMegabyteFileIsRefusedInOneLine() throws IOException {
        Path big = dir.resolve("huge.txt");
        byte[] megabyte = new byte[1024 * 1024];
        Arrays.fill(megabyte, (byte) 'a');
        for (int i = 99; i < megabyte.length; i += 100) {
            megabyte[i] = '\n';
        }
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 100; i++) {
                out.write(megabyte);
            }
        }
        Run r = extract(big.toString(), file("ok.txt", REPORT).toString());
        assertEquals(65, r.exit());
        assertEquals(List.of("vigil: " + big + ": is 100 MB, larger than the 2 MB limit for one article; split it into "
                + "articles or pass JSON Lines"), r.errLines());
    }

    @Test
    void theArticleLimitCanBeRaised() throws IOException {
        Path three = file("long.txt", "word ".repeat(600_000));
        assertEquals(65, extract(three.toString()).exit());
        Run r = extract("--max-article-mb", "4", three.toString());
        assertEquals(0, r.exit(), r.errLines().toString());
        assertEquals(64, extract("--max-article-mb", "0", three.toString()).exit());
    }

    @Test
    void aWrongEncodingIsReadAndReportedInOneLine() throws IOException {
        Path old = Files.write(dir.resolve("old.txt"), "Caf\u00e9 owners met the mayor.".getBytes(Charset.forName("windows-1252")));
        Run r = extract(old.toString());
        assertEquals(65, r.exit());
        assertEquals(List.of("vigil: " + old + ": is not valid UTF-8; read it as windows-1252 (if letters look wrong, "
                + "save the file as UTF-8)"), r.errLines());
    }

    @Test
    void aDirectoryOfMixedFilesReportsEachSkippedFile() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("a.txt"), REPORT);
        Files.writeString(mixed.resolve("b.html"), "<p>" + REPORT + "</p>");
        Files.write(mixed.resolve("c.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Files.writeString(mixed.resolve("d.txt"), "");
        Files.writeString(mixed.resolve("e.odt"), "a word processor file");
        Files.writeString(mixed.resolve(".hidden"), "not read");
        Run r = extract(mixed.toString());
        assertEquals(65, r.exit());
        assertEquals(List.of(
                "vigil: " + mixed.resolve("c.png") + ": looks like a binary file (PNG); Vigil reads plain text, HTML or JSON Lines",
                "vigil: " + mixed.resolve("d.txt") + ": empty; nothing to read",
                "vigil: " + mixed.resolve("e.odt") + ": skipped: not a kind of file Vigil reads (it reads .txt, .html and "
                        + ".jsonl files; name the file to read it anyway)"), r.errLines());
    }

    @Test
    void whenEveryInputFailsALastLineSaysNothingWasRead() throws IOException {
        Path missing = dir.resolve("gone.txt");
        Path empty = file("empty.txt", "");
        Run r = extract(missing.toString(), empty.toString());
        assertEquals(66, r.exit());
        assertEquals(List.of(
                "vigil: " + missing + ": no such file or directory",
                "vigil: " + empty + ": empty; nothing to read",
                "vigil: no articles read from any of the 2 inputs; nothing to extract"), r.errLines());
    }

    @Test
    void jsonLinesOnStandardInputAreRead() {
        Run r = extractStdin("{\"id\":\"p1\",\"text\":\"" + REPORT.strip() + "\"}\n", "--format", "table", "-");
        assertEquals(0, r.exit(), r.errLines().toString());
        assertEquals(List.of(), r.errLines());
    }

    @Test
    void emptyStandardInputIsOneLine() {
        Run r = extractStdin("", "-");
        assertEquals(65, r.exit());
        assertEquals(List.of("vigil: stdin: empty; nothing to read"), r.errLines());
    }

    @Test
    void standardInputNamedTwiceIsOneUsageLine() {
        Run r = extractStdin(REPORT, "-", "-");
        assertEquals(64, r.exit());
        assertEquals(List.of("vigil: '-' (standard input) is given 2 times; it can be read only once"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void aClosedOutputEndsTheRunQuietlyAfterTheArticleBeingPrinted() throws IOException {
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            feed.append("{\"id\":\"ferry-").append(i).append("\",\"published\":\"2024-02-0").append(1 + i % 9)
                    .append("\",\"text\":\"A bomb went off near the ferry ghat in Sukkur on Monday, killing ")
                    .append(i + 2).append(" people, police said.\"}\n");
        }
        Path jsonl = file("ferries.jsonl", feed.toString());
        int[] writes = {0};
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"extract", jsonl.toString()}, new PrintWriter(gone, true),
                new PrintWriter(err));
        assertEquals(0, exit);
        assertEquals("", err.toString());
        assertTrue(writes[0] <= 3, "stopped after the first article's events, not after 40: " + writes[0]);
    }

    @Test
    void aBadPublishedFlagIsAUsageError() throws IOException {
        Run r = extract("--published", "last Tuesday", file("ok.txt", REPORT).toString());
        assertEquals(64, r.exit());
    }
}
