package org.vigil.extract;

import org.vigil.event.EventType;

/**
 * A word or phrase that signals an event.
 *
 * @param rank  how specific the mode is; the most specific cue of an event sets its mode
 * @param kind  how the cue behaves (see cues.tsv)
 */
public record Cue(String phrase, EventType type, String mode, int rank, Kind kind) {
    public enum Kind {
        /** A noun such as "blast": "the blast" later refers back to the same event. */
        NOUN,
        VERB,
        /** A verb such as "killed" that signals violence only when nothing more specific is said. */
        WEAK
    }
}
