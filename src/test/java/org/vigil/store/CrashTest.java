package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed mid-ingest (kill -9) leaves only whole articles, every event linked to a merged event. */
class CrashTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLeavesOnlyWholeArticles() throws Exception {
        String dir = tmp.resolve("crash").toString();
        Process writer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreWriter.class.getName(), dir))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        for (int i = 0; i < 6; i++) {
            assertNotNull(out.readLine(), "writer stopped early");
        }
        writer.destroyForcibly();
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));

        try (EventStore s = Stores.openForWriting(dir)) {
            long articles = s.counts().articles();
            assertTrue(articles >= 6 * 16, "at least the batches it announced: " + articles);
            assertEquals(0, articles % 16, "batches are whole");
        }
        try (Connection c = new DuckDbDialect().connect(Path.of(dir), true); Statement st = c.createStatement()) {
            assertEquals(0, count(st, "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM events e"
                    + " WHERE e.article_id = a.id) <> CAST(substr(a.id, 7) AS INTEGER) % 3 + 1"), "articles missing events");
            assertEquals(0, count(st, "SELECT count(*) FROM events e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM merge_links l WHERE l.event_id = e.id)"), "events without a merged event");
            assertEquals(0, count(st, "SELECT count(*) FROM merge_links l WHERE NOT EXISTS"
                    + " (SELECT 1 FROM merged_events m WHERE m.id = l.merged_id)"), "links to nothing");
            assertEquals(0, count(st, "SELECT count(*) FROM merged_events m WHERE report_count <>"
                    + " (SELECT count(*) FROM merge_links l WHERE l.merged_id = m.id)"), "merged events miscounted");
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
