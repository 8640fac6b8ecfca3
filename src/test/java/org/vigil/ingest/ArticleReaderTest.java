package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.VigilException;

class ArticleReaderTest {
    private static final String REPORT = "QUETTA: A roadside bomb damaged a bridge on the highway to Sibi on Tuesday, "
            + "police said.\nNo one was hurt, a district official told reporters.\n";

    @TempDir
    Path dir;

    @Test
    void plainTextFileIsOneArticleWithAContentHashId() throws IOException {
        Reading r = Reading.of(Reading.write(dir, "bridge.txt", REPORT));
        Article a = r.only();
        assertEquals(REPORT, a.text());
        assertTrue(a.id().startsWith("sha256:"));
        assertEquals(0, r.result.exitCode());
    }

    @Test
    void anArticleWithoutAnIdIsNamedAfterTheStartOfItsContentHash() throws IOException {
        Article a = Reading.of(Reading.write(dir, "bridge.txt", REPORT)).only();
        String hash = ArticleReader.contentHash(REPORT);
        assertEquals(64, hash.length());
        assertEquals("sha256:" + hash.substring(0, 16), a.id());
    }

    @Test
    void standardInputNamedTwiceIsRefusedBeforeAnythingIsRead() {
        VigilException e = org.junit.jupiter.api.Assertions.assertThrows(VigilException.class,
                () -> Reading.of(new ArticleReader().withStdin(new ByteArrayInputStream(
                        REPORT.getBytes(StandardCharsets.UTF_8))), "-", "-"));
        assertEquals(VigilException.USAGE, e.exitCode());
        assertEquals("'-' (standard input) is given 2 times; it can be read only once", e.getMessage());
    }

    @Test
    void theSameTextGetsTheSameIdWhateverTheFileName() throws IOException {
        Reading r = Reading.of(Reading.write(dir, "a.txt", REPORT), Reading.write(dir, "b", REPORT));
        assertEquals(r.articles.get(0).id(), r.articles.get(1).id());
    }

    @Test
    void jsonLinesKeepTheirMetadata() throws IOException {
        Path feed = Reading.write(dir, "feed.jsonl", """
                {"id":"r-1","text":"Traders in Gilgit shut their shops on Friday to protest a new tax.","published":"2024-03-01","url":"https://example.org/r-1","title":"Traders strike","source":"Example Wire","lang":"en"}
                """);
        Article a = Reading.of(feed).only();
        assertEquals("r-1", a.id());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), a.published());
        assertEquals(Optional.of("https://example.org/r-1"), a.url());
        assertEquals(Optional.of("Traders strike"), a.title());
        assertEquals(Optional.of("Example Wire"), a.source());
    }

    @Test
    void aBadLineInTheMiddleIsNamedByNumberAndTheRestIsRead() throws IOException {
        Path feed = Reading.write(dir, "feed.jsonl", """
                {"id":"one","text":"Farmers blocked a road near Okara on Monday."}
                {"id":"two","text": "the closing quote is missing}
                {"id":"three","text":"Police in Hyderabad arrested two men on Wednesday."}
                """);
        Reading r = Reading.of(feed);
        assertEquals(List.of("one", "three"), r.articles.stream().map(Article::id).toList());
        assertEquals(1, r.problems.size());
        assertTrue(r.problems.get(0).where().endsWith("feed.jsonl:2"), r.problemLines());
        assertTrue(r.problems.get(0).message().startsWith("not valid JSON"), r.problemLines());
        assertEquals(VigilException.DATA, r.result.exitCode());
    }

    @Test
    void linesThatAreNotArticlesAreEachReported() throws IOException {
        Path feed = Reading.write(dir, "feed.jsonl", """
                [1, 2]
                {"id":"no-text","title":"a headline alone"}
                {"text": 42}
                {"text": "   "}

                {"text":"Students marched in Peshawar on Thursday."} trailing words
                {"text":"A curfew was lifted in the old city on Sunday."}
                """);
        Reading r = Reading.of(feed);
        assertEquals(1, r.articles.size(), r.problemLines());
        assertEquals(5, r.problems.size(), r.problemLines());
        assertTrue(r.problemLines().contains("feed.jsonl:2: no \"text\" field"), r.problemLines());
        assertTrue(r.problemLines().contains("feed.jsonl:3: \"text\" is not a string"), r.problemLines());
        assertTrue(r.problemLines().contains("feed.jsonl:4: \"text\" is empty"), r.problemLines());
        assertTrue(r.problemLines().contains("feed.jsonl:6: not valid JSON"), r.problemLines());
    }

    @Test
    void publishedAcceptsDatesDateTimesWithZonesAndSqlTimestamps() throws IOException {
        Path feed = Reading.write(dir, "dates.jsonl", """
                {"text":"one","published":"2023-01-30"}
                {"text":"two","published":"2023-01-30T23:15:00+05:00"}
                {"text":"three","published":"2023-01-30T18:15:00Z"}
                {"text":"four","published":"2023-01-30 09:15:00"}
                {"text":"five","published":null}
                """);
        Reading r = Reading.of(feed);
        assertEquals(5, r.articles.size(), r.problemLines());
        LocalDate day = LocalDate.of(2023, 1, 30);
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.of(day), r.articles.get(i).published(), r.articles.get(i).text());
        }
        assertEquals(Optional.empty(), r.articles.get(4).published());
        assertEquals(0, r.result.exitCode());
    }

    @Test
    void anUnparseableDateIsAProblemButTheArticleIsStillReadWithoutOne() throws IOException {
        Path feed = Reading.write(dir, "feed.jsonl", """
                {"id":"d","text":"Rescuers reached the village on Saturday.","published":"30/01/2023"}
                """);
        Reading r = Reading.of(feed);
        assertEquals(Optional.empty(), r.only().published());
        assertEquals(1, r.problems.size());
        assertTrue(r.problems.get(0).message().contains("\"30/01/2023\" is not a date"), r.problemLines());
        assertTrue(r.problems.get(0).message().contains("read without a date"), r.problemLines());
        assertEquals(VigilException.DATA, r.result.exitCode());
    }

    @Test
    void aSingleJsonObjectSpreadOverLinesIsOneArticle() throws IOException {
        Path file = Reading.write(dir, "one.json", """
                {
                  "id": "pretty",
                  "text": "Two schools reopened in Swat on Monday after the floods.",
                  "published": "2022-09-12"
                }
                """);
        Article a = Reading.of(file).only();
        assertEquals("pretty", a.id());
        assertEquals(Optional.of(LocalDate.of(2022, 9, 12)), a.published());
    }

    @Test
    void aJsonArrayOfArticlesIsReadItemByItemWithBadItemsReported() throws IOException {
        Path file = Reading.write(dir, "batch.json", """
                [
                  {"id": "x1", "text": "The ferry service to the island resumed on Friday."},
                  "not an article",
                  {"id": "x2", "text": "A new bridge opened in Sukkur on Saturday."}
                ]
                """);
        Reading r = Reading.of(file);
        assertEquals(List.of("x1", "x2"), r.articles.stream().map(Article::id).toList());
        assertEquals(1, r.problems.size(), r.problemLines());
        assertTrue(r.problemLines().contains("batch.json:3: item 2 is not a JSON object"), r.problemLines());
    }

    @Test
    void htmlInsideATxtFileIsReadAsHtml() throws IOException {
        Path file = Reading.write(dir, "saved.txt", """
                <html><body><nav>Home | Local | World | Sport</nav>
                <p>Shopkeepers in Mardan reopened on Wednesday after a two-day strike.</p>
                <p>The traders' union said talks with the council &amp; police had gone well.</p>
                </body></html>
                """);
        Article a = Reading.of(file).only();
        assertEquals("Shopkeepers in Mardan reopened on Wednesday after a two-day strike.\n"
                + "The traders' union said talks with the council & police had gone well.", a.text());
    }

    @Test
    void markupInAJsonTextFieldIsStrippedAndPlainLineBreaksKept() throws IOException {
        Path feed = Reading.write(dir, "feed.jsonl",
                "{\"id\":\"m\",\"text\":\"<nav>Home | Business | Sport | Opinion</nav>\\nA landslide cut the road "
                        + "to Chitral on Sunday.\\nEngineers expect to reopen it within a week.\\nTags: roads\"}\n");
        Article a = Reading.of(feed).only();
        assertEquals("A landslide cut the road to Chitral on Sunday.\nEngineers expect to reopen it within a week.\n"
                + "Tags: roads", a.text());
    }

    @Test
    void paragraphMarkupInAJsonTextFieldBecomesLines() throws IOException {
        Path feed = Reading.write(dir, "feed.jsonl",
                "{\"text\":\"<p>The court adjourned the hearing.</p><p>It resumes on 4&nbsp;May.</p>\"}\n");
        assertEquals("The court adjourned the hearing.\nIt resumes on 4 May.", Reading.of(feed).only().text());
    }

    @Test
    void htmlFileGivesTitleDateUrlAndSourceFromItsMetadata() throws IOException {
        Path page = Reading.write(dir, "page.html", """
                <!DOCTYPE html><html><head><title>Depot fire | Example Times</title>
                <meta property="og:site_name" content="Example Times">
                <link rel="canonical" href="https://example.org/2024/05/depot-fire">
                <meta property="article:published_time" content="2024-05-06T08:30:00+05:00"></head>
                <body><article><h1>Fire at a fuel depot</h1>
                <p>A fire at a fuel depot outside Multan burned for six hours on Sunday.</p></article></body></html>
                """);
        Article a = Reading.of(page).only();
        assertEquals(Optional.of("Fire at a fuel depot"), a.title());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 6)), a.published());
        assertEquals(Optional.of("https://example.org/2024/05/depot-fire"), a.url());
        assertEquals(Optional.of("Example Times"), a.source());
        assertEquals("Fire at a fuel depot\nA fire at a fuel depot outside Multan burned for six hours on Sunday.",
                a.text());
    }

    @Test
    void aMissingFileIsNoInputAndTheNextInputIsStillRead() throws IOException {
        Path good = Reading.write(dir, "good.txt", REPORT);
        Reading r = Reading.of(dir.resolve("nowhere.txt"), good);
        assertEquals(1, r.articles.size());
        assertEquals("no such file or directory", r.problems.get(0).message());
        assertEquals(VigilException.NO_INPUT, r.result.exitCode());
        assertEquals(1, r.result.inputsWithArticles());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesHaveNothingToRead() throws IOException {
        Reading r = Reading.of(Reading.write(dir, "empty.txt", ""), Reading.write(dir, "blank.jsonl", "  \n\n\t\n"));
        assertEquals(0, r.articles.size());
        assertEquals(2, r.problems.size(), r.problemLines());
        assertTrue(r.problems.get(0).message().startsWith("empty"), r.problemLines());
        assertTrue(r.problems.get(1).message().startsWith("empty"), r.problemLines());
        assertTrue(r.result.nothingRead());
    }

    @Test
    void binaryFilesAreNamedByKindWhateverTheirExtension() throws IOException {
        Path pdf = Reading.write(dir, "report.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Path png = Reading.write(dir, "photo.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path zip = Reading.write(dir, "feed.jsonl", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Path gzip = Reading.write(dir, "notes", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0});
        Path jpeg = Reading.write(dir, "pic.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        byte[] nuls = new byte[100];
        nuls[50] = 'a';
        Path blob = Reading.write(dir, "blob.txt", nuls);
        Reading r = Reading.of(pdf, png, zip, gzip, jpeg, blob);
        assertEquals(0, r.articles.size());
        List<String> messages = r.problems.stream().map(InputProblem::message).toList();
        assertEquals(List.of(
                "looks like a binary file (PDF); Vigil reads plain text, HTML or JSON Lines",
                "looks like a binary file (PNG); Vigil reads plain text, HTML or JSON Lines",
                "looks like a binary file (ZIP); Vigil reads plain text, HTML or JSON Lines",
                "looks like a binary file (GZIP); Vigil reads plain text, HTML or JSON Lines",
                "looks like a binary file (JPEG); Vigil reads plain text, HTML or JSON Lines",
                "looks like a binary file; Vigil reads plain text, HTML or JSON Lines"), messages);
        assertEquals(VigilException.DATA, r.result.exitCode());
    }

    @Test
    void aDirectoryIsReadRecursivelyInNameOrderSkippingHiddenAndForeignFiles() throws IOException {
        Path feeds = dir.resolve("feeds");
        Reading.write(feeds, "b.txt", "Second file, read after a.html.");
        Reading.write(feeds, "a.html", "<p>First file, an HTML page.</p>");
        Reading.write(feeds, "c/d.jsonl", "{\"id\":\"inner\",\"text\":\"From a subdirectory.\"}\n");
        Reading.write(feeds, "c/e", "No extension: plain text.");
        Reading.write(feeds, ".hidden.txt", "Never read.");
        Reading.write(feeds, ".git/config.txt", "Never read either.");
        Reading.write(feeds, "scan.pdf", "%PDF-1.4 ...");
        Reading.write(feeds, "table.csv", "a,b\n1,2\n");
        Reading r = Reading.of(feeds);
        assertEquals(List.of("First file, an HTML page.", "Second file, read after a.html.", "From a subdirectory.",
                "No extension: plain text."), r.articles.stream().map(Article::text).toList());
        assertEquals(2, r.problems.size(), r.problemLines());
        assertTrue(r.problems.get(0).where().endsWith("scan.pdf"));
        assertTrue(r.problems.get(0).message().startsWith("looks like a binary file (PDF)"));
        assertTrue(r.problems.get(1).where().endsWith("table.csv"));
        assertTrue(r.problems.get(1).message().startsWith("skipped: not a kind of file Vigil reads"));
    }

    @Test
    void aFileNamedExplicitlyIsReadWhateverItsExtension() throws IOException {
        Path notes = Reading.write(dir, "notes.md", "The council met on Monday to discuss water supplies.");
        assertEquals("The council met on Monday to discuss water supplies.", Reading.of(notes).only().text());
    }

    @Test
    void aDirectoryWithNoReadableArticlesSaysSo() throws IOException {
        Path junk = dir.resolve("junk");
        Reading.write(junk, "a.txt", "");
        Reading.write(junk, "b.pdf", "%PDF-1.4");
        Path nothing = Files.createDirectories(dir.resolve("nothing"));
        Reading.write(nothing, ".DS_Store", "x");
        Reading r = Reading.of(junk, nothing);
        assertEquals(0, r.articles.size());
        String lines = r.problemLines();
        assertTrue(lines.contains("junk: no articles read from this directory (2 files, none readable)"), lines);
        assertTrue(lines.contains("nothing: directory holds no files to read"), lines);
    }

    @Test
    void utf16WithByteOrderMarksIsDecoded() throws IOException {
        String text = "Le ministre a visité Kaboul mardi.";
        Path le = Reading.write(dir, "le.txt", "\uFEFF" + text, StandardCharsets.UTF_16LE);
        Path be = Reading.write(dir, "be.txt", "\uFEFF" + text, StandardCharsets.UTF_16BE);
        Path jsonl = Reading.write(dir, "le.jsonl", "\uFEFF{\"id\":\"u\",\"text\":\"" + text + "\"}\n{\"text\":\"deux\"}\n",
                StandardCharsets.UTF_16LE);
        Reading r = Reading.of(le, be, jsonl);
        assertEquals(List.of(text, text, text, "deux"), r.articles.stream().map(Article::text).toList());
        assertEquals(0, r.result.exitCode(), r.problemLines());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() throws IOException {
        Path jsonl = Reading.write(dir, "nobom.jsonl", "{\"text\":\"Exported by an old tool.\"}\n", StandardCharsets.UTF_16LE);
        assertEquals("Exported by an old tool.", Reading.of(jsonl).only().text());
    }

    @Test
    void oddUnicodeInJsonEscapesIsCleanedNotFatal() throws IOException {
        Path feed = Reading.write(dir, "odd.jsonl", "{\"text\":\"lone \\ud800 surrogate, non-character \\uffff, "
                + "z\\u0335\\u0336\\u0337algo and \\u0000 nul\"}\n");
        String text = Reading.of(feed).only().text();
        assertEquals("lone  surrogate, non-character , z\u0335\u0336\u0337algo and  nul", text);
    }

    @Test
    void aStringLongerThanAnArticleMayTakeStopsAJsonArrayWithAPlainMessage() throws IOException {
        Path file = Reading.write(dir, "batch.json", "[{\"text\":\"fine\"},\n{\"text\":\"" + "y".repeat(10_000) + "\"}]");
        Reading r = Reading.of(new ArticleReader().withMaxArticleBytes(1024), file);
        assertEquals("fine", r.only().text());
        assertTrue(r.problemLines().contains("not valid JSON (a string longer than the 8 KB one article may take)"),
                r.problemLines());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        Path txt = Reading.write(dir, "bom.txt", "\uFEFFKarachi port reopened on Friday.");
        Path jsonl = Reading.write(dir, "bom.jsonl", "\uFEFF{\"text\":\"Gwadar port reopened on Friday.\"}\n");
        Reading r = Reading.of(txt, jsonl);
        assertEquals(List.of("Karachi port reopened on Friday.", "Gwadar port reopened on Friday."),
                r.articles.stream().map(Article::text).toList());
        assertEquals(0, r.result.exitCode(), r.problemLines());
    }

    @Test
    void windows1252IsReadWithOneLineSayingSo() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        Path txt = Reading.write(dir, "old.txt", "The caf\u00e9 on the corner \u2013 the \u201cblue\u201d one \u2013 reopened.", cp1252);
        Reading r = Reading.of(txt);
        assertEquals("The caf\u00e9 on the corner \u2013 the \u201cblue\u201d one \u2013 reopened.", r.only().text());
        assertEquals(1, r.problems.size());
        assertTrue(r.problems.get(0).message().startsWith("is not valid UTF-8; read it as windows-1252"));
        assertEquals(VigilException.DATA, r.result.exitCode());
    }

    @Test
    void windows1252LinesInJsonLinesAreReadAndReportedOnce() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        Path feed = Reading.write(dir, "mixed.jsonl", "{\"text\":\"plain ascii\"}\n{\"text\":\"na\u00efve\"}\n{\"text\":\"r\u00e9sum\u00e9\"}\n",
                cp1252);
        Reading r = Reading.of(feed);
        assertEquals(List.of("plain ascii", "na\u00efve", "r\u00e9sum\u00e9"), r.articles.stream().map(Article::text).toList());
        assertEquals(1, r.problems.size(), r.problemLines());
        assertTrue(r.problems.get(0).message().contains("not valid UTF-8 from line 2"), r.problemLines());
    }

    @Test
    void htmlDeclaringLatin1IsReadWithoutComplaint() throws IOException {
        Path page = Reading.write(dir, "latin.html", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Pr\u00e8s de la fronti\u00e8re.</p></body></html>",
                Charset.forName("windows-1252"));
        Reading r = Reading.of(page);
        assertEquals("Pr\u00e8s de la fronti\u00e8re.", r.only().text());
        assertEquals(0, r.result.exitCode(), r.problemLines());
    }

    @Test
    void textIsCleanedBeforeAnyOffsetIsTaken() throws IOException {
        Path txt = Reading.write(dir, "messy.txt", "Pesh\u00ADawar\u200B police\u00A0said\r\nthe road\u0000 was \u202Eclosed.\rCafe\u0301.");
        assertEquals("Peshawar police said\nthe road was closed.\nCaf\u00e9.", Reading.of(txt).only().text());
    }

    @Test
    void stdinIsSniffedAsJsonLinesHtmlOrText() {
        Reading jsonl = Reading.stdin(bytes("  {\"id\":\"s1\",\"text\":\"From a pipe.\"}\n{\"id\":\"s2\",\"text\":\"Second.\"}\n"));
        assertEquals(List.of("s1", "s2"), jsonl.articles.stream().map(Article::id).toList());
        Reading html = Reading.stdin(bytes("<html><body><nav>Menu</nav><p>Piped page.</p></body></html>"));
        assertEquals("Piped page.", html.only().text());
        Reading text = Reading.stdin(bytes("{Update} The curfew was lifted.\n"));
        assertEquals("{Update} The curfew was lifted.\n", text.only().text());
        Reading empty = Reading.stdin(bytes(""));
        assertEquals("stdin: empty; nothing to read", empty.problemLines());
    }

    @Test
    void anArticleOverTheLimitIsSkippedWithItsSize() throws IOException {
        ArticleReader reader = new ArticleReader().withMaxArticleBytes(1024);
        Path big = Reading.write(dir, "long.txt", "word ".repeat(1000));
        Path feed = Reading.write(dir, "feed.jsonl", "{\"text\":\"" + "word ".repeat(1000) + "\"}\n{\"text\":\"short\"}\n");
        Reading r = Reading.of(reader, big, feed);
        assertEquals(List.of("short"), r.articles.stream().map(Article::text).toList());
        assertEquals("is 5 KB of text, larger than the 1 KB limit for one article; split it into articles or pass "
                + "JSON Lines", r.problems.get(0).message());
        assertTrue(r.problems.get(1).toString().contains("feed.jsonl:1: article text is 5 KB"), r.problemLines());
    }

    @Test
    void deeplyNestedJsonOnOneLineIsRefusedAndTheNextLineRead() throws IOException {
        Path feed = Reading.write(dir, "deep.jsonl", "{\"text\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001)
                + "\n{\"text\":\"still read\"}\n");
        Reading r = Reading.of(feed);
        assertEquals("still read", r.only().text());
        assertTrue(r.problemLines().contains("deep.jsonl:1: not valid JSON (nested more than 64 levels deep)"),
                r.problemLines());
    }

    @Test
    void aHundredThousandBrokenLinesGiveTenLinesAndACount() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append("oops ").append(i).append('\n');
        }
        Reading r = Reading.of(Reading.write(dir, "broken.jsonl", sb.toString()));
        assertEquals(11, r.problems.size());
        assertEquals("99990 more problem(s) in this file not shown", r.problems.get(10).message());
        assertEquals(100_000, r.result.problems());
    }

    @Test
    void aProblemInTheSinkIsNotMistakenForBadInput() throws IOException {
        Path txt = Reading.write(dir, "ok.txt", REPORT);
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new ArticleReader().read(List.of(txt.toString()), a -> {
                    throw new IllegalStateException("store full");
                }, p -> { }));
        assertEquals("store full", thrown.getMessage());
    }

    @Test
    void unreadableFileIsNoInput() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads every file");
        Path secret = Reading.write(dir, "secret.txt", REPORT);
        assertTrue(secret.toFile().setReadable(false, false));
        Reading r = Reading.of(secret);
        assertEquals(VigilException.NO_INPUT, r.result.exitCode());
        assertTrue(r.problems.get(0).message().startsWith("permission denied"));
        assertFalse(r.problems.isEmpty());
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
