package org.vigil.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.SharedData;
import org.vigil.pipeline.Extractor;

/**
 * Runs the evaluation and fails below the committed floors: on the shared dev set and the seed article (skipped
 * when the shared data is absent), and on the team's two held-out sets, which ship with the project.
 */
class AccuracyFloorTest {
    private static Extractor extractor;
    private static DoerMatch doers;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
        doers = new DoerMatch(org.vigil.actors.ActorDictionary.loadDefault());
    }

    @Test
    void devSetScoresStayAboveTheCommittedFloor() throws IOException {
        Path shared = SharedData.dir();
        List<GoldArticle> gold = new ArrayList<>();
        GoldReader reader = new GoldReader();
        gold.addAll(reader.read(shared.resolve("eval/dev/articles.jsonl")));
        gold.addAll(reader.read(shared.resolve("eval/dev/clusters.jsonl")));
        gold.addAll(reader.read(shared.resolve("examples/seed-article.gold.json")));
        assertAboveFloor(gold, "accuracy-floor.properties");
    }

    @Test
    void teamHeldOutScoresStayAboveTheirFloor() throws Exception {
        Path file = Path.of(getClass().getResource("team-gold.jsonl").toURI());
        assertAboveFloor(new GoldReader().read(file), "team-gold-floor.properties");
    }

    @Test
    void secondHeldOutSetScoresStayAboveItsFloor() throws Exception {
        Path file = Path.of(getClass().getResource("team-holdout.jsonl").toURI());
        assertAboveFloor(new GoldReader().read(file), "team-holdout-floor.properties");
    }

    private void assertAboveFloor(List<GoldArticle> gold, String floorFile) throws IOException {
        Report report = new Evaluator(extractor, doers, doers::sameSource,
                Evaluator.adminNamesOf(org.vigil.geo.Gazetteer.loadDefault())).evaluate(gold);
        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream(floorFile)) {
            floor.load(in);
        }
        List<String> below = new ArrayList<>();
        for (String name : floor.stringPropertyNames()) {
            double min = Double.parseDouble(floor.getProperty(name));
            Metric m = report.metric(name).orElseThrow(() -> new AssertionError("no metric named " + name));
            if (m.value() + 1e-9 < min) {
                below.add(m + " < floor " + min);
            }
        }
        assertTrue(below.isEmpty(), floorFile + ": below the accuracy floor:\n  " + String.join("\n  ", below)
                + "\nmisses:\n  " + String.join("\n  ", report.misses()));
    }
}
