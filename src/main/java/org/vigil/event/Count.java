package org.vigil.event;

/** A casualty figure with its hedge: {"value": 100, "qualifier": "over"}. */
public record Count(int value, Qualifier qualifier) {
    public static Count exact(int value) {
        return new Count(value, Qualifier.EXACT);
    }
}
