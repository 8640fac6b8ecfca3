package org.vigil.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.Event;
import org.vigil.event.Modality;

/**
 * One happening as told by all the reports linked to it.
 *
 * @param event         the event record with the best value of each field; its id is the merged id, its
 *                      article_id and evidence are those of the lead report (the one whose toll was chosen)
 * @param reports       every report, oldest first
 * @param tollHistory   the tolls reports gave, by publication date
 * @param statusHistory how each report tied a doer to the event (claimed, blamed, denied...), by publication date
 * @param best          for each chosen field, the rule that chose it and the report it came from
 */
public record MergedEvent(String id, Event event, List<ReportRef> reports, List<TollPoint> tollHistory,
                          List<StatusPoint> statusHistory, Map<String, Choice> best) {
    public MergedEvent {
        reports = List.copyOf(reports);
        tollHistory = List.copyOf(tollHistory);
        statusHistory = List.copyOf(statusHistory);
        best = Map.copyOf(best);
    }

    /** The same happening under another id (the merged id is also its event record's id). */
    public MergedEvent withId(String newId) {
        Event e = event;
        Event renamed = new Event(newId, e.articleId(), e.type(), e.mode(), e.acled(), e.cameo(), e.modality(),
                e.date(), e.datePrecision(), e.dateInferred(), e.location(), e.actor(), e.actorStatus(), e.target(),
                e.killed(), e.injured(), e.sources(), e.evidence(), e.confidence(), e.deniedBy(), e.mediator(),
                e.attackersKilled());
        return new MergedEvent(newId, renamed, reports, tollHistory, statusHistory, best);
    }

    public int reportCount() {
        return reports.size();
    }

    public long articleCount() {
        return reports.stream().map(ReportRef::articleId).distinct().count();
    }

    /** The outlets that filed reports, each once, in order of first report. */
    public List<String> outlets() {
        return reports.stream().map(ReportRef::source).flatMap(Optional::stream).distinct().toList();
    }

    /** One report of the event: which article, which outlet, when, and the toll it gave. */
    public record ReportRef(String articleId, String eventId, Optional<String> source, Optional<LocalDate> published,
                            Optional<Count> killed, Optional<Count> injured, Modality modality) {
    }

    /** The toll one report gave, at the time it was published. */
    public record TollPoint(Optional<LocalDate> published, String articleId, Optional<String> source,
                            Optional<Count> killed, Optional<Count> injured) {
    }

    /** How one report tied a doer to the event. */
    public record StatusPoint(Optional<LocalDate> published, String articleId, Optional<String> source, ActorRef actor,
                              ActorStatus status) {
    }

    /** Why a field has the value it has: the rule, and the event id of the report it was taken from. */
    public record Choice(String rule, String eventId) {
    }
}
