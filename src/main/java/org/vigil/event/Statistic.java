package org.vigil.event;

import java.util.List;
import java.util.Optional;

/**
 * A statistical claim a report makes ("a 50% increase in terrorist attacks during the first year of Taliban rule"),
 * kept as a record of its own because analysts cite it with its source, not as an event.
 */
public record Statistic(String id, String articleId, String claim, Optional<String> value, Optional<String> measure,
                        Optional<String> period, Optional<String> region, Optional<String> source,
                        List<Evidence> evidence) {
    public Statistic {
        evidence = List.copyOf(evidence);
    }
}
