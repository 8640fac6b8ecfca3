package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vigil.merge.MergedEvent;
import org.vigil.merge.MergedEventJson;
import org.vigil.merge.Merger;

/**
 * Schema version 2: merged-event ids go from 10 to {@value Merger#ID_HEX_DIGITS} hex digits, so that a store holds
 * the ids a fresh ingest of the same articles gives, and {@code actor_keys} are written anew as the store now
 * writes them. Each merged event keeps its country prefix; its hash is taken again from its smallest report's
 * event id, as {@link Merger#merge} takes it. Rows are read in pages of ids, written to a work table, and applied
 * with one UPDATE per table.
 */
final class MergedIdUpgrade {
    private static final int PAGE = 5_000;

    private MergedIdUpgrade() {
    }

    static void apply(Dialect dialect, Connection c) throws SQLException {
        MergedEventJson json = new MergedEventJson();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE merged_id_upgrade (old_id TEXT NOT NULL, new_id TEXT NOT NULL, actor_keys TEXT,"
                    + " json TEXT NOT NULL)");
        }
        // two rows under one old id (a collision of the 10-digit ids) cannot be told apart: left as they are
        Set<String> shared = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM merged_events GROUP BY id HAVING count(*) > 1")) {
            while (rs.next()) {
                shared.add(rs.getString(1));
            }
        }
        Map<String, String> oldByNew = new HashMap<>();
        try (RowWriter rows = dialect.rows(c, "merged_id_upgrade", "old_id:TEXT", "new_id:TEXT", "actor_keys:TEXT",
                "json:TEXT"); PreparedStatement page = c.prepareStatement(
                        "SELECT id, json FROM merged_events WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
            String after = "";
            while (true) {
                page.setString(1, after);
                int n = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        after = rs.getString(1);
                        if (shared.contains(after)) {
                            continue;
                        }
                        MergedEvent m = json.fromJson(rs.getString(2));
                        String smallest = m.reports().stream().map(MergedEvent.ReportRef::eventId)
                                .min(Comparator.naturalOrder()).orElseThrow();
                        String newId = Merger.mergedId(after.substring(0, after.lastIndexOf('-')), smallest);
                        String taken = oldByNew.put(newId, after);
                        if (taken != null) {
                            throw new SQLException("merged events " + taken + " and " + after + " would both become "
                                    + newId + " (a hash collision); please report it");
                        }
                        MergedEvent renamed = m.withId(newId);
                        rows.add(after, newId, StoreMerger.actorKeys(renamed).orElse(null), json.toJson(renamed));
                    }
                }
                rows.flush();
                if (n < PAGE) {
                    break;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE merged_events SET id = u.new_id, actor_keys = u.actor_keys, json = u.json"
                    + " FROM merged_id_upgrade u WHERE merged_events.id = u.old_id");
            s.execute("UPDATE merge_links SET merged_id = u.new_id FROM merged_id_upgrade u"
                    + " WHERE merge_links.merged_id = u.old_id");
            s.execute("DROP TABLE merged_id_upgrade");
        }
    }
}
