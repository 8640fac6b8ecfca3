package org.vigil.doc;

import java.util.List;
import org.vigil.event.Event;
import org.vigil.event.Relation;
import org.vigil.event.Statistic;
import org.vigil.ingest.Article;

/** What the pipeline makes of one article: its events, statistical claims and actor relations. */
public record Extraction(Article article, List<Event> events, List<Statistic> statistics, List<Relation> relations) {
    public Extraction {
        events = List.copyOf(events);
        statistics = List.copyOf(statistics);
        relations = List.copyOf(relations);
    }

    public static Extraction of(AnnotatedDocument doc) {
        return new Extraction(doc.article(), doc.events(), doc.statistics(), doc.relations());
    }
}
