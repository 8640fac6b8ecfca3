package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.actors.ActorMention;
import org.vigil.event.EventType;
import org.vigil.event.Modality;
import org.vigil.geo.PlaceMention;
import org.vigil.time.DateMention;

/**
 * One mention of an event inside a clause, with the arguments found around it. Several frames (a lead sentence,
 * "the blast" two sentences later) are later grouped into one event. A working record of one article's extraction:
 * filled while its clause is read and completed with the sentence's sources, claims and inherited place, then read.
 */
final class Frame {
    final Clause clause;
    final Cue cue;
    final int cueStart;
    final int cueEnd;
    final int cueToken;
    /** Where the arguments are read around: the first cue of the event in its clause ("meeting ... as mediator"). */
    int argStart;
    int argEnd;
    int argToken;
    EventType type;
    String mode;
    int rank;
    boolean anaphoric;
    /** "that attack", "this bombing": points back to the event just mentioned, not to the story's main one. */
    boolean demonstrative;
    /** "the first blast", "the second bomb": the n-th event of the story (1-based), 0 when not said. */
    int ordinal;
    boolean forceNew;
    boolean sameDayAsPrevious;
    boolean soonAfterPrevious;
    /** "the sit-in continued on Tuesday for the third day": the clause's date is day 3 of the event, so it began 2 earlier. */
    int dayOfRun = 1;
    Modality modality = Modality.ASSERTED;
    Optional<DateMention> date = Optional.empty();
    /** For a second event named within a clause by a dated noun ("last month's massacre"): that date. */
    Optional<DateMention> ownDate = Optional.empty();
    /** For a clause linked by "N days after": the date of the clause it counts from, when that clause gives one. */
    Optional<org.vigil.time.PartialDate> anchorDate = Optional.empty();
    final List<PlaceMention> places = new ArrayList<>();
    Optional<PlaceMention> inheritedPlace = Optional.empty();
    final List<Casualty> casualties = new ArrayList<>();
    Optional<ActorMention> doer = Optional.empty();
    /** An unnamed doer known only from the cue ("a suicide bomber", "gunmen"). */
    Optional<String> unnamedDoer = Optional.empty();
    Optional<ActorMention> target = Optional.empty();
    Optional<String> targetKind = Optional.empty();
    Optional<String> targetText = Optional.empty();
    Optional<ActorMention> mediator = Optional.empty();
    final List<SourceMention> sources = new ArrayList<>();
    final List<Responsibility> responsibility = new ArrayList<>();

    Frame(Clause clause, Cue cue, int cueStart, int cueEnd, int cueToken) {
        this.clause = clause;
        this.cue = cue;
        this.cueStart = cueStart;
        this.cueEnd = cueEnd;
        this.cueToken = cueToken;
        this.argStart = cueStart;
        this.argEnd = cueEnd;
        this.argToken = cueToken;
        this.type = cue.type();
        this.mode = cue.mode();
        this.rank = cue.rank();
    }

    /** A frame that adds to an earlier event without a cue of its own: a toll, a claim ("the TTP claimed that attack"). */
    static Frame attached(Clause clause, int start, int token) {
        Frame f = new Frame(clause, new Cue("", EventType.ASSAULT, "armed-attack", -1, Cue.Kind.WEAK), start, start, token);
        f.anaphoric = true;
        return f;
    }

    /** The same mention placed at one of several destinations ("delegations will be sent to Tehran and Kabul"). */
    Frame at(PlaceMention destination) {
        Frame f = new Frame(clause, cue, cueStart, cueEnd, cueToken);
        f.argStart = argStart;
        f.argEnd = argEnd;
        f.argToken = argToken;
        f.type = type;
        f.mode = mode;
        f.rank = rank;
        f.anaphoric = anaphoric;
        f.demonstrative = demonstrative;
        f.ordinal = ordinal;
        f.forceNew = forceNew;
        f.sameDayAsPrevious = sameDayAsPrevious;
        f.soonAfterPrevious = soonAfterPrevious;
        f.dayOfRun = dayOfRun;
        f.modality = modality;
        f.date = date;
        f.ownDate = ownDate;
        f.anchorDate = anchorDate;
        f.places.add(destination);
        f.inheritedPlace = inheritedPlace;
        f.casualties.addAll(casualties);
        f.doer = doer;
        f.unnamedDoer = unnamedDoer;
        f.target = target;
        f.targetKind = targetKind;
        f.targetText = targetText;
        f.mediator = mediator;
        f.sources.addAll(sources);
        f.responsibility.addAll(responsibility);
        return f;
    }

    int sentence() {
        return clause.sentence();
    }

    boolean isViolent() {
        return type.isViolent();
    }

    /** Violence done from afar, by a state's forces: the filing place says nothing of where it landed. */
    boolean isStrikeFromAfar() {
        return STRIKE_MODES.contains(mode);
    }

    private static final java.util.Set<String> STRIKE_MODES = java.util.Set.of("airstrike", "drone-strike",
            "missile-strike", "shelling");
}
