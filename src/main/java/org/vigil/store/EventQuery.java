package org.vigil.store;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Filters for listing merged events; empty means "any".
 *
 * @param country ISO 3166-1 alpha-2
 * @param type    an EventType name ("ASSAULT")
 * @param actor   a dictionary id ("TTP") or a name, matched against every doer the reports named
 * @param since   events whose date reaches this day or later
 * @param until   events whose date starts on this day or earlier
 */
public record EventQuery(Optional<String> country, Optional<String> type, Optional<String> actor,
                         Optional<LocalDate> since, Optional<LocalDate> until, OptionalInt limit) {

    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty());
    }
}
