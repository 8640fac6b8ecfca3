package org.vigil.event;

import java.util.List;
import java.util.Optional;

/**
 * One happening reported in one article: the event record every output of Vigil uses.
 * The JSON form (snake_case names, empty optionals as null) is documented in docs/EVENT-RECORD.md.
 *
 * @param id            stable within the article: article id + "#" + ordinal
 * @param mode          finer kind of event: "suicide-bombing", "airstrike", "visit", ... (see docs/ONTOLOGY.md)
 * @param cameo         CAMEO root code, two digits
 * @param date          "YYYY-MM-DD", "YYYY-MM" or "YYYY"
 * @param dateInferred  true when the year or the whole date was inferred rather than read (no publication date)
 * @param actor         the doer: perpetrator of an attack, visitor of a visit, speaker of an accusation
 * @param actorStatus   how the report ties the doer to the event
 * @param deniedBy      actors that denied involvement (never the perpetrator)
 * @param mediator      third party that mediated talks, if any
 * @param killed        victims killed, not counting attackers
 * @param injured       victims injured
 * @param attackersKilled attackers killed, kept apart from victims
 * @param sources       who the report says the information came from
 * @param evidence      the spans of text each field was read from
 * @param confidence    0..1, how sure the extractor is that this event is real and correctly typed
 */
public record Event(
        String id,
        String articleId,
        EventType type,
        String mode,
        Optional<Acled> acled,
        Optional<String> cameo,
        Modality modality,
        Optional<String> date,
        Optional<DatePrecision> datePrecision,
        boolean dateInferred,
        Optional<Location> location,
        Optional<ActorRef> actor,
        Optional<ActorStatus> actorStatus,
        Optional<ActorRef> target,
        Optional<Count> killed,
        Optional<Count> injured,
        List<SourceRef> sources,
        List<Evidence> evidence,
        double confidence,
        List<ActorRef> deniedBy,
        Optional<ActorRef> mediator,
        Optional<Count> attackersKilled) {

    public Event {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        deniedBy = List.copyOf(deniedBy);
    }
}
