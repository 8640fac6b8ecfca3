package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.SharedData;
import org.vigil.doc.Extraction;
import org.vigil.eval.GoldArticle;
import org.vigil.eval.GoldReader;
import org.vigil.event.EventType;
import org.vigil.merge.MergedEvent;
import org.vigil.pipeline.Extractor;

/**
 * The whole path on the shared multi-report clusters: extraction, then the store's merging. Reports of one
 * bombing from three outlets over three days become one event with the latest toll, and the other happenings the
 * reports mention (raids, an earlier bombing) stay events of their own.
 */
class ExtractedClustersTest {
    @TempDir
    Path tmp;

    @Test
    void reportsOfOneHappeningMergeAndOthersStayApart() {
        Path file = SharedData.dir().resolve("eval/dev/clusters.jsonl");
        List<GoldArticle> gold = new GoldReader().read(file);
        Extractor extractor = Extractor.standard();
        List<Extraction> xs = new ArrayList<>();
        for (GoldArticle g : gold) {
            xs.add(extractor.extract(g.article()));
        }
        List<MergedEvent> merged;
        try (EventStore store = Stores.openForWriting(tmp.resolve("s").toString())) {
            store.ingest(xs);
            merged = store.events(EventQuery.all());
        }
        for (String cluster : gold.stream().flatMap(g -> g.cluster().stream()).distinct().toList()) {
            Set<String> articles = gold.stream().filter(g -> g.cluster().equals(java.util.Optional.of(cluster)))
                    .map(g -> g.article().id()).collect(Collectors.toSet());
            // the cluster's story: the merged violent event that holds a report from each of its articles
            List<MergedEvent> holding = merged.stream().filter(m -> m.event().type().isViolent())
                    .filter(m -> m.reports().stream().map(r -> r.articleId()).collect(Collectors.toSet())
                            .containsAll(articles)).toList();
            assertEquals(1, holding.size(), () -> cluster + ": expected one merged event holding " + articles
                    + ", got " + merged.stream().map(m -> m.id() + m.reports().stream().map(r -> r.articleId()).toList())
                    .toList());
        }
        long fights = merged.stream().filter(m -> m.event().type() == EventType.FIGHT).count();
        assertTrue(fights >= 1, "the raids the third report mentions are an event of their own");
        assertTrue(merged.stream().allMatch(m -> m.reports().size() <= gold.size()));
    }
}
