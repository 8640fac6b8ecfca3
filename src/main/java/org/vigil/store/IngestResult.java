package org.vigil.store;

import java.util.Optional;

/**
 * What storing one article did.
 *
 * @param storedAs       for an article already stored: the id it was stored under
 * @param events         events written
 * @param mergedCreated  merged events this article started
 * @param mergedUpdated  existing merged events this article's events were linked to
 * @param problem        for a rejected or failed article: one line saying why and what to do
 */
public record IngestResult(String articleId, Status status, Optional<String> storedAs, int events, int mergedCreated,
                           int mergedUpdated, Optional<String> problem) {

    /** REJECTED: the article cannot be stored as it is (its id is taken); FAILED: the store could not write it. */
    public enum Status { STORED, ALREADY_STORED, REJECTED, FAILED }

    static IngestResult stored(String id, int events, int created, int updated) {
        return new IngestResult(id, Status.STORED, Optional.empty(), events, created, updated, Optional.empty());
    }

    static IngestResult alreadyStored(String id, String storedAs) {
        return new IngestResult(id, Status.ALREADY_STORED, Optional.of(storedAs), 0, 0, 0, Optional.empty());
    }

    static IngestResult rejected(String id, String problem) {
        return new IngestResult(id, Status.REJECTED, Optional.empty(), 0, 0, 0, Optional.of(problem));
    }

    static IngestResult failed(String id, String problem) {
        return new IngestResult(id, Status.FAILED, Optional.empty(), 0, 0, 0, Optional.of(problem));
    }
}
