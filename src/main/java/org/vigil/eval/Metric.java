package org.vigil.eval;

/** A proportion with its counts, so a reader sees "24/26" and not only "0.92". */
public record Metric(String name, int hits, int total) {
    public double value() {
        return total == 0 ? 1.0 : (double) hits / total;
    }

    @Override
    public String toString() {
        return String.format("%-32s %5.3f  (%d/%d)", name, value(), hits, total);
    }
}
