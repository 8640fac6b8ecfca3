package org.vigil.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.SharedData;
import org.vigil.pipeline.Extractor;

/** Runs the evaluation over the shared dev set and the seed article and fails below the committed floor. */
class AccuracyFloorTest {

    @Test
    void devSetScoresStayAboveTheCommittedFloor() throws IOException {
        Path shared = SharedData.dir();
        List<GoldArticle> gold = new ArrayList<>();
        GoldReader reader = new GoldReader();
        gold.addAll(reader.read(shared.resolve("eval/dev/articles.jsonl")));
        gold.addAll(reader.read(shared.resolve("eval/dev/clusters.jsonl")));
        gold.addAll(reader.read(shared.resolve("examples/seed-article.gold.json")));
        Report report = new Evaluator(Extractor.standard(), DoerMatch.standard()).evaluate(gold);

        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("accuracy-floor.properties")) {
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
        assertTrue(below.isEmpty(), "below the accuracy floor:\n  " + String.join("\n  ", below)
                + "\nmisses:\n  " + String.join("\n  ", report.misses()));
    }
}
