package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.VigilException;
import org.vigil.fixtures.Clusters;

class SchemaVersionTest {
    @TempDir
    Path tmp;

    private final DuckDbDialect duck = new DuckDbDialect();

    private Schema withNextVersion() {
        List<Schema.Migration> ms = new ArrayList<>(Schema.standard(duck).migrations());
        ms.add(new Schema.Migration(ms.size() + 1, "a table for a later feature",
                List.of("CREATE TABLE article_labels (article_id TEXT NOT NULL, label TEXT NOT NULL)")));
        return new Schema(ms);
    }

    @Test
    void anOlderStoreIsMigratedAndKeepsItsData() {
        String dir = tmp.resolve("old").toString();
        try (EventStore s = Stores.openForWriting(dir)) {
            s.ingest(Clusters.BESHAM_WIRE.extraction());
        }
        Schema next = withNextVersion();
        try (JdbcEventStore s = JdbcEventStore.open(duck, dir, false, next)) {
            assertEquals(next.version(), s.schemaVersion());
            assertEquals(1, s.counts().articles());
        }
    }

    @Test
    void aStoreWrittenByANewerVigilIsRefusedWithWhatToDo() {
        String dir = tmp.resolve("new").toString();
        JdbcEventStore.open(duck, dir, false, withNextVersion()).close();
        VigilException e = assertThrows(VigilException.class, () -> Stores.openForWriting(dir));
        int current = Schema.standard(duck).version();
        assertEquals("store " + dir + " has schema version " + (current + 1) + ", newer than this Vigil knows ("
                + current + "); use a newer Vigil or another --store DIR", e.getMessage());
        assertThrows(VigilException.class, () -> Stores.openForReading(dir));
    }

    @Test
    void aReaderOfAnOlderStoreUpgradesItFirst() {
        String dir = tmp.resolve("read-old").toString();
        Stores.openForWriting(dir).close();
        try (JdbcEventStore s = JdbcEventStore.open(duck, dir, true, withNextVersion())) {
            assertEquals(Schema.standard(duck).version() + 1, s.schemaVersion());
        }
    }
}
