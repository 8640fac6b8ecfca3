package org.vigil.eval;

import java.util.List;
import org.vigil.ingest.Article;

/** An article of a gold file with its annotated events; {@code cluster} is set for multi-report files. */
public record GoldArticle(Article article, List<GoldEvent> events, java.util.Optional<String> cluster) {
    public GoldArticle {
        events = List.copyOf(events);
    }

    public boolean isNegative() {
        return events.stream().allMatch(GoldEvent::isNonEvent);
    }
}
