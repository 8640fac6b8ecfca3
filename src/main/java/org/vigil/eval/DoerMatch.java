package org.vigil.eval;

import java.util.function.BiPredicate;
import org.vigil.event.Event;

/** The evaluator's test of whether a gold doer names an extracted actor. */
public final class DoerMatch {
    private DoerMatch() {
    }

    public static BiPredicate<String, Event> standard() {
        return new NameMatch();
    }
}
