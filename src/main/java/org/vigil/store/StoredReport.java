package org.vigil.store;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.vigil.event.Event;

/**
 * One report of a merged event: the event as extracted from its article, and why it was linked.
 *
 * @param matchedEventId the report it agreed with best, empty for the first report of a happening
 * @param score          the agreement of that best match, 0..1
 * @param reasons        the decision's reasons, "; "-separated
 */
public record StoredReport(Event event, Optional<LocalDate> published, Optional<String> source,
                           Optional<String> matchedEventId, OptionalDouble score, String reasons) {
}
