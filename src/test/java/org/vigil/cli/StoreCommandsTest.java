package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.fixtures.Clusters;
import org.vigil.fixtures.Fixtures.Story;
import org.vigil.store.EventStore;
import org.vigil.store.Stores;

class StoreCommandsTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private static Run vigil(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String storeWithClusters() {
        String dir = tmp.resolve("store").toString();
        try (EventStore s = Stores.openForWriting(dir)) {
            s.ingest(Clusters.ALL.stream().map(Story::extraction).toList());
        }
        return dir;
    }

    @Test
    void ingestStoresArticlesOnceAndSaysSoTheSecondTime() throws Exception {
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"id\":\"a1\",\"published\":\"2024-03-26\",\"source\":\"wire service\",\"text\":\"A convoy was attacked near Besham on Tuesday.\"}",
                "{\"id\":\"a2\",\"published\":\"2022-12-11\",\"source\":\"daily\",\"text\":\"Shells landed in Chaman on Sunday.\"}",
                "not json at all", ""));
        String dir = tmp.resolve("ingested").toString();
        Run first = vigil("ingest", "--store", dir, feed.toString());
        assertEquals(65, first.code(), "the bad line sets the exit code: " + first.err());
        assertTrue(first.out().contains("read 2 article(s): 2 new, 0 already stored, 0 skipped with problems; 1 input problem(s)"),
                first.out());
        assertTrue(first.err().contains("feed.jsonl:3"), "which line was bad: " + first.err());
        Run second = vigil("ingest", "--store", dir, feed.toString());
        assertTrue(second.out().contains("read 2 article(s): 0 new, 2 already stored"), second.out());
        assertTrue(second.out().contains("store " + dir + " now holds 2 article(s)"), second.out());
    }

    @Test
    void ingestReadsRelativeDatesAgainstPublishedAsExtractDoes() throws Exception {
        Path report = Files.writeString(tmp.resolve("quetta.txt"),
                "A roadside bomb went off near a bus stand in Quetta on Monday, killing two people, police said.\n");
        String dir = tmp.resolve("dated").toString();
        Run r = vigil("ingest", "--store", dir, "--published", "2024-01-03", report.toString());
        assertEquals(0, r.code(), r.err());
        Run events = vigil("events", "--store", dir, "--format", "jsonl");
        assertTrue(events.out().contains("\"date\":\"2024-01-01\""), "the Monday before Wednesday 3 January: "
                + events.out());
    }

    @Test
    void ingestTakesTheArticleSizeLimitAsExtractDoes() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.txt"), "word ".repeat(300_000));
        String dir = tmp.resolve("limited").toString();
        Run r = vigil("ingest", "--store", dir, "--max-article-mb", "1", big.toString());
        assertEquals(65, r.code());
        assertTrue(r.err().contains("larger than the 1 MB limit for one article"), r.err());
        assertEquals(64, vigil("ingest", "--store", dir, "--max-article-mb", "0", big.toString()).code());
    }

    @Test
    void ingestRefusesStandardInputNamedTwiceBeforeTouchingTheStore() {
        Path dir = tmp.resolve("never-made");
        Run r = vigil("ingest", "--store", dir.toString(), "-", "-");
        assertEquals(64, r.code());
        assertEquals("vigil: '-' (standard input) is given 2 times; it can be read only once", r.err().strip());
        assertFalse(Files.exists(dir));
    }

    @Test
    void findingsListsTheStatisticsAndRelationsStoredWithArticles() throws Exception {
        Path feed = tmp.resolve("findings.jsonl");
        Files.writeString(feed, "{\"id\":\"s1\",\"published\":\"2024-01-05\",\"text\":\"According to the Centre for "
                + "Research and Security Studies, violent incidents in Balochistan rose by 40 percent last year. "
                + "Jamaat-ul-Ahrar, a faction of the Tehreek-e-Taliban Pakistan, has been blamed for most of them.\"}\n");
        String dir = tmp.resolve("findings").toString();
        assertEquals(0, vigil("ingest", "--store", dir, feed.toString()).code());
        Run run = vigil("findings", "--store", dir);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Centre for Research and Security Studies: violent incidents in Balochistan rose by 40"
                + " percent last year"), run.out());
        assertTrue(run.out().contains("Jamaat-ul-Ahrar -- faction of -- Tehreek-e-Taliban Pakistan"), run.out());
        assertTrue(run.out().contains("1 statistic(s), 1 relation(s)"), run.out());
    }

    @Test
    void eventsListsMergedEventsWithReportCounts() {
        String dir = storeWithClusters();
        Run table = vigil("events", "--store", dir, "--country", "PK", "--type", "ASSAULT");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().startsWith("ID "), table.out());
        assertTrue(table.out().contains("Police Lines, Peshawar, PK"), table.out());
        assertTrue(table.out().contains("7 event(s)"), table.out());
    }

    @Test
    void aCountryCanBeNamedAsTheGazetteerNamesIt() throws Exception {
        String dir = storeWithClusters();
        Run r = vigil("events", "--store", dir, "--country", "Afghanistan's", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertEquals("AF", new ObjectMapper().readTree(line).get("location").get("country").asText(), line);
        }
    }

    @Test
    void jsonLinesCarryTheEventRecordPlusItsReports() throws Exception {
        String dir = storeWithClusters();
        Run r = vigil("events", "--store", dir, "--actor", "JUA", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        JsonNode n = new ObjectMapper().readTree(lines.get(0));
        assertEquals("ASSAULT", n.get("type").asText());
        assertEquals(84, n.get("killed").get("value").asInt());
        assertEquals(5, n.get("reports").size());
        JsonNode first = n.get("reports").get(0);
        for (String f : List.of("article_id", "source", "published", "killed", "injured")) {
            assertTrue(first.has(f), f);
        }
        assertEquals("pl-wire", first.get("article_id").asText());
    }

    @Test
    void anActorIsFoundWhateverItsAccentsOrCase() throws Exception {
        String dir = storeWithClusters();
        Run plain = vigil("events", "--store", dir, "--actor", "Jamaat-ul-Ahrar", "--format", "jsonl");
        Run accented = vigil("events", "--store", dir, "--actor", "JAM\u0100AT-UL-AHRAR", "--format", "jsonl");
        assertEquals(0, accented.code(), accented.err());
        assertEquals(1, plain.out().lines().count(), plain.out());
        assertEquals(plain.out(), accented.out());
    }

    @Test
    void csvUsesAcledColumnNames() {
        String dir = storeWithClusters();
        Run r = vigil("events", "--store", dir, "--format", "csv", "--limit", "3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"
                + "actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,"
                + "fatalities,country_code,"), lines.get(0));
        assertTrue(lines.get(1).contains(",Pakistan,") || lines.get(1).contains(",Afghanistan,"), lines.get(1));
        assertEquals(4, lines.size());
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsAndCountsWhatItLeftOut() throws Exception {
        String dir = storeWithClusters();
        Run r = vigil("events", "--store", dir, "--format", "geojson");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals("FeatureCollection", n.get("type").asText());
        assertEquals(13, n.get("features").size());
        JsonNode point = n.get("features").get(0).get("geometry");
        assertEquals("Point", point.get("type").asText());
        assertEquals(2, point.get("coordinates").size());
        assertEquals("", r.err());
    }

    @Test
    void eventShowsReportsTollHistoryStatusHistoryAndEvidence() {
        String dir = storeWithClusters();
        Run r = vigil("event", "--store", dir, "pl-revised#0");
        assertEquals(0, r.code(), r.err());
        String o = r.out();
        assertTrue(o.contains("reports: 5 from 5 article(s)"), o);
        assertTrue(o.contains("toll history"), o);
        assertTrue(o.contains("killed >=28"), o);
        assertTrue(o.contains("Tehreek-e-Taliban Pakistan [TTP]: denied"), o);
        assertTrue(o.contains("\"killing at least 28 people\""), o);
        assertTrue(o.contains("latest report"), "the rule that chose the toll: " + o);
        Run json = vigil("event", "--store", dir, "--format", "json", "pl-revised#0");
        assertTrue(json.out().contains("\"report_events\""), json.out());
    }

    @Test
    void anUnknownEventOrAMissingStoreIsOneLine() {
        String dir = storeWithClusters();
        Run r = vigil("event", "--store", dir, "nope");
        assertEquals(66, r.code());
        assertEquals("vigil: no event nope in store " + dir + "; list them with: vigil events --store " + dir,
                r.err().strip());
        Run missing = vigil("events", "--store", tmp.resolve("none").toString());
        assertEquals(66, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    @Test
    void demoIngestsTheSampleIntoItsOwnStoreAndSaysHowToGoOn() {
        String dir = tmp.resolve("demo").toString();
        Run r = vigil("demo", "--store", dir);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("read 13 article(s): 13 new"), r.out());
        assertTrue(r.out().contains("The demo store is " + dir), r.out());
        Run again = vigil("demo", "--store", dir);
        assertTrue(again.out().contains("13 new"), "recreated, not appended: " + again.out());
    }

    @Test
    void demoRefusesToWipeADirectoryThatIsNotADemo() throws Exception {
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Run r = vigil("demo", "--store", mine.toString());
        assertEquals(73, r.code());
        assertTrue(Files.exists(mine.resolve("notes.txt")));
    }

    @Test
    void demoPointedAtARealStoreLeavesItWholeAndSaysWhyInOneLine() {
        String dir = storeWithClusters();
        long articles;
        try (EventStore s = Stores.openForReading(dir)) {
            articles = s.counts().articles();
        }
        Run r = vigil("demo", "--store", dir);
        assertEquals(73, r.code(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("was not made by 'vigil demo'"), r.err());
        try (EventStore s = Stores.openForReading(dir)) {
            assertEquals(articles, s.counts().articles(), "the store keeps every article");
        }
    }

    @Test
    void demoFillsAnEmptyDirectoryAndMarksItAsItsOwn() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run r = vigil("demo", "--store", empty.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(empty.resolve(".vigil-demo")));
    }

    @Test
    void demoRefusesAFileWhereItsDirectoryShouldBe() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        Run r = vigil("demo", "--store", file.toString());
        assertEquals(73, r.code());
        assertEquals("not a directory", Files.readString(file));
    }

    @Test
    void everyStoreCommandHasHelpWithExamples() {
        for (String cmd : List.of("ingest", "events", "event", "demo")) {
            Run r = vigil(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Examples:"), cmd + ": " + r.out());
        }
    }
}
