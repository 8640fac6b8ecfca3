package org.vigil.store;

/** What a store holds. */
public record Counts(long articles, long events, long mergedEvents) {

    /** Merged events an ingest run created, and existing ones it added reports to. */
    public record RunChanges(long created, long updated) {
    }
}
