package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigil.fixtures.Clusters.BESHAM_CHINA;
import static org.vigil.fixtures.Clusters.BESHAM_WIRE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.merge.Report;

class StoredDigestTest {
    @TempDir
    Path tmp;

    @Test
    void aStoredReportThatCanNoLongerBeBlockedIsPassedOverNotFatalToTheBatch() throws Exception {
        String dir = tmp.resolve("s").toString();
        try (EventStore s = Stores.openForWriting(dir)) {
            assertEquals(IngestResult.Status.STORED, s.ingest(BESHAM_WIRE.extraction()).status());
        }
        // as if the blocking rules had changed since: the stored digest has lost its date, its row its place
        DuckDbDialect duck = new DuckDbDialect();
        try (Connection c = duck.connect(Path.of(dir), false)) {
            String id;
            String digest;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT event_id, merge_digest FROM merge_links")) {
                assertTrue(rs.next());
                id = rs.getString(1);
                digest = rs.getString(2);
            }
            Report r = Report.fromDigest(id, digest);
            Report undated = new Report(r.eventId(), r.articleId(), r.outlet(), r.published(), r.type(), r.mode(),
                    r.modality(), Optional.empty(), Optional.empty(), false, r.location(), r.actor(), r.actorStatus(),
                    r.target(), r.killed(), r.injured());
            try (PreparedStatement ps = c.prepareStatement("UPDATE merge_links SET merge_digest = ? WHERE event_id = ?")) {
                ps.setString(1, undated.digest());
                ps.setString(2, id);
                assertEquals(1, ps.executeUpdate());
            }
        }
        try (EventStore s = Stores.openForWriting(dir)) {
            IngestResult r = s.ingest(BESHAM_CHINA.extraction());
            assertEquals(IngestResult.Status.STORED, r.status(), r.problem().orElse(""));
            assertEquals(2, s.counts().mergedEvents(), "the unblockable report keeps its own merged event");
        }
    }
}
