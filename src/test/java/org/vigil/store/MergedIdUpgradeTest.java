package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.fixtures.Clusters;
import org.vigil.fixtures.Fixtures.Story;
import org.vigil.merge.Merger;

class MergedIdUpgradeTest {
    @TempDir
    Path tmp;

    private final DuckDbDialect duck = new DuckDbDialect();

    /** id → (actor_keys, json) of every merged event, and event → merged id of every link. */
    private static Map<String, String> contents(Connection c) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, actor_keys, json FROM merged_events")) {
                while (rs.next()) {
                    all.put("merged " + rs.getString(1), rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT event_id, merged_id FROM merge_links")) {
                while (rs.next()) {
                    all.put("link " + rs.getString(1), rs.getString(2));
                }
            }
        }
        return all;
    }

    private static void ingest(String dir) {
        try (EventStore s = Stores.openForWriting(dir)) {
            s.ingest(Clusters.ALL.stream().map(Story::extraction).toList());
        }
    }

    @Test
    void aVersionOneStoreGetsTheIdsAndActorKeysAFreshIngestGives() throws Exception {
        String fresh = tmp.resolve("fresh").toString();
        ingest(fresh);
        Map<String, String> expected;
        try (Connection c = duck.connect(Path.of(fresh), true)) {
            expected = contents(c);
        }
        assertTrue(expected.keySet().stream().filter(k -> k.startsWith("merged ")).allMatch(
                k -> k.matches("merged [A-Z]{2}-[0-9a-f]{" + Merger.ID_HEX_DIGITS + "}")), expected.keySet().toString());

        // the same articles in a store as version 1 wrote it: 10 hex digits, actor keys merely lower-cased
        String old = tmp.resolve("old").toString();
        ingest(old);
        try (Connection c = duck.connect(Path.of(old), false)) {
            List<String[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, json FROM merged_events")) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] r : rows) {
                String shortId = r[0].substring(0, 3 + 10);
                try (PreparedStatement m = c.prepareStatement(
                        "UPDATE merged_events SET id = ?, json = ?, actor_keys = upper(actor_keys) WHERE id = ?");
                     PreparedStatement l = c.prepareStatement("UPDATE merge_links SET merged_id = ? WHERE merged_id = ?")) {
                    m.setString(1, shortId);
                    m.setString(2, r[1].replace(r[0], shortId));
                    m.setString(3, r[0]);
                    m.executeUpdate();
                    l.setString(1, shortId);
                    l.setString(2, r[0]);
                    l.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM schema_version WHERE version > 1");
            }
        }

        try (JdbcEventStore s = JdbcEventStore.open(duck, old, false)) {
            assertEquals(2, s.schemaVersion());
        }
        try (Connection c = duck.connect(Path.of(old), true)) {
            assertEquals(expected, contents(c));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'merged_id_upgrade'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the work table is dropped");
            }
        }
    }
}
