package org.vigil.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The result of scoring extraction against gold files: one metric per field, and the misses that explain them. */
public record Report(Map<String, Metric> metrics, List<String> misses, int articles) {
    public Report {
        metrics = Map.copyOf(metrics);
        misses = List.copyOf(misses);
    }

    public Optional<Metric> metric(String name) {
        return Optional.ofNullable(metrics.get(name));
    }
}
