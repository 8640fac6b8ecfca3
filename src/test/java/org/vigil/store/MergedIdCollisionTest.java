package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.vigil.fixtures.Clusters.BESHAM_WIRE;
import static org.vigil.fixtures.Clusters.CHAMAN_ISPR;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.merge.Merger;

class MergedIdCollisionTest {
    @TempDir
    Path tmp;

    @Test
    void aNewHappeningWhoseIdIsTakenByAnotherIsRefusedAndTheOtherLeftWhole() throws Exception {
        String dir = tmp.resolve("s").toString();
        String beshamId;
        try (EventStore s = Stores.openForWriting(dir)) {
            s.ingest(BESHAM_WIRE.extraction());
            beshamId = s.event("besham-wire#0").orElseThrow().id();
        }
        // as if the hash of the Chaman report's id had come out equal to that of the Besham bombing
        String chamanId = Merger.mergedId("PK", CHAMAN_ISPR.id() + "#0");
        try (Connection c = new DuckDbDialect().connect(Path.of(dir), false);
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE merged_events SET id = ?, json = replace(json, ?, ?) WHERE id = ?")) {
            ps.setString(1, chamanId);
            ps.setString(2, beshamId);
            ps.setString(3, chamanId);
            ps.setString(4, beshamId);
            assertEquals(1, ps.executeUpdate());
            try (PreparedStatement l = c.prepareStatement("UPDATE merge_links SET merged_id = ? WHERE merged_id = ?")) {
                l.setString(1, chamanId);
                l.setString(2, beshamId);
                l.executeUpdate();
            }
        }
        try (EventStore s = Stores.openForWriting(dir)) {
            IngestResult r = s.ingest(CHAMAN_ISPR.extraction());
            assertEquals(IngestResult.Status.FAILED, r.status());
            assertTrue(r.problem().orElseThrow().contains("the merged-event id " + chamanId
                    + " is already used by another happening"), r.problem().orElseThrow());
            assertEquals(1, s.counts().mergedEvents());
            assertEquals("besham-wire", s.event(chamanId).orElseThrow().event().articleId(),
                    "the happening that held the id first is untouched");
        }
    }
}
