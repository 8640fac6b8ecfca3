package org.vigil.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.actors.Actor;
import org.vigil.actors.ActorDictionary;
import org.vigil.event.EventType;
import org.vigil.event.Modality;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceMention;
import org.vigil.time.PartialDate;

/**
 * Groups an article's frames into happenings: "the blast" two sentences after "a bomb exploded" adds to that
 * event; a bombing on another day or in another town, or one marked "also"/"another"/"three days after", is a
 * new event. Each frame joins the most recent compatible event.
 */
final class Coreference {
    /** How many of the latest events a mention may join, besides the story's main one. */
    private static final int RECENT = 30;
    private final ActorDictionary actors;
    private final Optional<LocalDate> asOf;

    Coreference(ActorDictionary actors, Optional<LocalDate> asOf) {
        this.actors = actors;
        this.asOf = asOf;
    }

    List<Draft> group(List<Frame> frames) {
        List<Draft> drafts = new ArrayList<>();
        Frame previous = null;
        Draft previousDraft = null;
        // a toll or claim read before any event it could belong to waits for the next violent event
        List<Frame> pending = new ArrayList<>();
        Draft main = null;
        for (Frame f : frames) {
            Optional<PartialDate> date = dateOf(f, previous, previousDraft);
            Draft target = null;
            if (!f.forceNew && f.modality != Modality.NEGATED && f.modality != Modality.HYPOTHETICAL) {
                // a mention with nothing of its own to date or place it ("the bombing", "an attacker fired at her",
                // a toll) adds to the story's main event, not to a background one named in passing

                Draft nth = f.ordinal > 0 ? nthViolent(drafts, f.ordinal) : null;
                if (f.isViolent() && nth != null && compatible(nth, f, date)) {
                    target = nth; // "the first blast hit people in Mastung": the first of the attacks reported
                } else if (f.demonstrative && f.cue.phrase().isEmpty() && previousDraft != null && previousDraft.isViolent()
                        && compatible(previousDraft, f, date)) {
                    target = previousDraft; // "A new group claimed it": the event the sentence before was about
                } else if (f.isViolent() && previous != null && previous.sentence() == f.sentence() && previousDraft != null
                        && previousDraft.isViolent() && date.isEmpty() && f.places.isEmpty()
                        && compatible(previousDraft, f, date)) {
                    target = previousDraft; // "... drove a truck into the compound; six attackers were killed": same event
                } else if (f.isViolent() && (f.anaphoric || f.demonstrative) && date.isEmpty() && f.places.isEmpty() && previous != null
                        && previous.sentence() >= f.sentence() - 1 && previousDraft != null && previousDraft.isViolent()
                        && previousDraft != main && sameKind(previousDraft.head(), f) && compatible(previousDraft, f, date)) {
                    // "... were killed in Thursday's bombing at the gate. IS claimed the attack": the attack just told
                    target = previousDraft;
                } else if (f.isViolent() && (f.cue.phrase().isEmpty() || f.cue.kind() == Cue.Kind.WEAK) && date.isEmpty()
                        && f.places.isEmpty() && previous != null && previous.sentence() == f.sentence() - 1
                        && previousDraft != null && previousDraft.isViolent() && previousDraft != main
                        && compatible(previousDraft, f, date)) {
                    // "... a bomb went off near the convoy in Bannu. At least four people were killed.": a toll told
                    // right after an attack is that attack's, even when the story's main attack is another
                    target = previousDraft;
                } else if (f.isViolent() && !f.demonstrative && date.isEmpty() && f.places.isEmpty() && main != null
                        && compatible(main, f, date)) {
                    target = main;
                }
                // coreference is local: a mention refers to one of the last few events, or to the main one above
                for (int k = drafts.size() - 1; k >= Math.max(0, drafts.size() - RECENT) && target == null; k--) {
                    Draft d = drafts.get(k);
                    if (compatible(d, f, date)) {
                        target = d;
                        break;
                    }
                }
            }
            if (target == null) {
                if (f.cue.phrase().isEmpty()) {
                    pending.add(f);
                    continue;
                }
                target = new Draft(f);
                drafts.add(target);
                target.noted(f);
                if (main == null && f.isViolent() && f.modality == Modality.ASSERTED) {
                    main = target; // the story's main event: its first asserted violence
                }
                if (f.isViolent()) {
                    pending.forEach(target::add);
                    pending.clear();
                }
            } else {
                target.add(f);
            }
            if (target.date.isPresent() && date.isPresent() && f.date.isPresent()
                    && date.get().precision().ordinal() < target.date.get().precision().ordinal() // DAY is the most precise
                    && !date.get().earliest().isBefore(target.date.get().earliest())
                    && !date.get().latest().isAfter(target.date.get().latest())) {
                // "the 2013 Alamdar Road bombings ... On the evening of January 10, 2013, a suicide bomber": the day
                target.date = date;
                target.dateFrame = Optional.of(f);
                target.dateDerived = false;
            } else if (target.date.isEmpty() && date.isPresent()) {
                target.date = date;
                boolean own = f.date.isPresent() && (f.date.get().date().equals(date.get()) || f.dayOfRun > 1
                        || f.date.get().forward() != org.vigil.time.DateMention.Shift.NONE);
                target.dateFrame = own ? Optional.of(f) : Optional.empty();
                target.dateDerived = !own;
            }
            previous = f;
            previousDraft = target;
        }
        datesFromTheSameSentence(drafts, asOf);
        return drafts;
    }

    private static Draft nthViolent(List<Draft> drafts, int n) {
        int seen = 0;
        for (Draft d : drafts) {
            if (d.isViolent() && ++seen == n) {
                return d;
            }
        }
        return null;
    }

    /**
     * A statement with no date of its own made in the sentence that reports a dated attack ("China's foreign
     * ministry said the bus had been attacked and demanded ...") is dated with the attack.
     */
    private static void datesFromTheSameSentence(List<Draft> drafts, Optional<LocalDate> asOf) {
        java.util.Map<Integer, Draft> violentBySentence = new java.util.HashMap<>();
        List<Draft> dated = new ArrayList<>();
        for (Draft v : drafts) {
            // only an attack of the last few days: "easing a crisis set off by strikes last week" dates no statement
            boolean recent = asOf.isEmpty() || v.date.isPresent() && EventBuilder.ofTheDay(v.date.get(), asOf.get());
            if (v.isViolent() && v.date.isPresent() && recent) {
                dated.add(v);
                for (Frame f : v.frames) {
                    violentBySentence.putIfAbsent(f.sentence(), v);
                }
            }
        }
        for (Draft d : drafts) {
            if (d.date.isPresent() || d.isViolent() || d.head().modality != Modality.ASSERTED) {
                continue;
            }
            Draft v = violentBySentence.get(d.head().sentence());
            if (v == null) {
                v = dated.stream().filter(x -> reportedBy(x, d.head().doer)).findFirst().orElse(null);
            }
            if (v != null) {
                d.date = v.date;
                d.dateDerived = true;
            }
        }
    }

    /**
     * "The army's media wing said the attackers were repulsed ... It called on the Afghan government to ...": a
     * statement by the source that reported an attack is part of that report, so of its day.
     */
    private static boolean reportedBy(Draft v, Optional<org.vigil.actors.ActorMention> maker) {
        if (maker.isEmpty()) {
            return false;
        }
        String name = maker.get().text().toLowerCase(java.util.Locale.ROOT);
        for (Frame f : v.frames) {
            for (SourceMention s : f.sources) {
                if (s.source().name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The frame's own date, or one derived from the clause before ("three days after"), or "on the same day". */
    private Optional<PartialDate> dateOf(Frame f, Frame previous, Draft previousDraft) {
        boolean linked = f.clause.link() != Clause.Link.NONE && f.clause.link() != Clause.Link.WHERE;
        if (f.date.isPresent() && !(linked && f.date.get().date().day() == 0)) {
            // "would travel to Islamabad on January 29": a plan's day lies ahead of the report
            PartialDate own = f.modality == Modality.PLANNED && asOf.isPresent() ? f.date.get().forwardFrom(asOf.get())
                    : f.date.get().date();
            if (f.dayOfRun > 1 && own.day() > 0) {
                own = PartialDate.of(own.earliest().minusDays(f.dayOfRun - 1)); // the day it began
            }
            return Optional.of(own);
        }
        Clause c = f.clause;
        boolean sameSentence = previous != null && previous.sentence() == f.sentence();
        Optional<PartialDate> from = f.anchorDate.isPresent() ? f.anchorDate
                : previousDraft == null ? Optional.empty() : previousDraft.date;
        if (from.isEmpty()) {
            return Optional.empty();
        }
        PartialDate anchor = from.get();
        sameSentence |= f.anchorDate.isPresent();
        if (sameSentence && anchor.day() > 0 && (c.link() != Clause.Link.NONE && c.link() != Clause.Link.WHERE)) {
            LocalDate a = anchor.earliest();
            return Optional.of(PartialDate.of(c.link() == Clause.Link.DAYS_AFTER ? a.minusDays(c.offsetDays())
                    : a.plusDays(c.offsetDays())));
        }
        if (f.sameDayAsPrevious || c.link() == Clause.Link.WHERE && f.anchorDate.isPresent()) {
            return Optional.of(anchor);
        }
        if (f.soonAfterPrevious && anchor.month() > 0) {
            return Optional.of(PartialDate.ofMonth(anchor.year(), anchor.month()));
        }
        return Optional.empty();
    }

    private boolean compatible(Draft d, Frame f, Optional<PartialDate> date) {
        Frame h = d.head();
        if (f.isViolent() != h.isViolent()) {
            return false;
        }
        if ((f.type == EventType.COERCE) != (h.type == EventType.COERCE) && !f.cue.phrase().isEmpty()) {
            return false; // police breaking up a crowd is not the clash or attack told beside it
        }
        if (!f.isViolent() && h.type != f.type) {
            return false;
        }
        if (h.modality == Modality.NEGATED || h.modality == Modality.HYPOTHETICAL) {
            return false;
        }
        if (!f.isViolent() && !f.anaphoric && (h.modality == Modality.PLANNED) != (f.modality == Modality.PLANNED)) {
            return false;
        }
        if (d.date.isPresent() && date.isPresent() && !overlaps(d.date.get(), date.get()) && !continues(d, f, date.get())) {
            return false;
        }
        // (a verb with no doer and no day of its own, "four locations had been bombed", tells more of the last one)
        boolean bareVerb = f.cue.kind() == Cue.Kind.VERB && f.doer.isEmpty() && f.unnamedDoer.isEmpty() && f.date.isEmpty();
        if (f.isViolent() && h.type != f.type && !f.anaphoric && !bareVerb && f.cue.kind() != Cue.Kind.WEAK
                && h.cue.kind() != Cue.Kind.WEAK && !f.cue.phrase().isEmpty() && (f.date.isPresent() || !f.places.isEmpty())) {
            return false; // an airstrike and a militant attack, each with its own day or place, are two events
        }
        if (f.isViolent() && claimedByGroup(f) && h.type == EventType.FIGHT && h.isStrikeFromAfar()) {
            return false; // an armed group claims its own attacks, not a state's airstrike
        }
        if (f.type == EventType.FIGHT && h.type != EventType.FIGHT && foreignForce(d, f)) {
            return false; // another country's force does not fight back at an attack in this one
        }
        if (f.type == EventType.FIGHT && h.type == EventType.FIGHT && opposingStates(d, f)) {
            return false; // "India fired missiles ... Pakistan said its air force shot down five Indian jets": two acts
        }
        if (!placesAgree(d, f)) {
            return false;
        }
        if (!f.isViolent() && !actorsAgree(d, f)) {
            return false;
        }
        return true;
    }

    /** "the attack" may be any violence; "the strikes" only what the earlier mention was, in type and mode. */
    private static boolean sameKind(Frame earlier, Frame f) {
        return earlier.type == f.type && (earlier.mode.equals(f.mode) || f.cue.rank() <= 1);
    }

    /** Happenings that last: "the siege ended on Saturday" tells more of Friday night's attack. */
    private static final java.util.Set<String> LASTING = java.util.Set.of("siege", "standoff", "stand-off", "hostage",
            "hijacking", "gunbattle", "gunfight", "operation");

    /** A later day of a lasting happening already told: within three days of it, named as the same thing. */
    private static boolean continues(Draft d, Frame f, PartialDate date) {
        if (!f.anaphoric || !f.isViolent() || !LASTING.contains(f.cue.phrase().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        LocalDate start = d.date.get().earliest();
        return !date.earliest().isBefore(start) && !date.earliest().isAfter(d.date.get().latest().plusDays(3));
    }

    /** The frame's doer is a state's force or the state itself, and the event's doers are another state's. */
    private boolean opposingStates(Draft d, Frame f) {
        if (f.doer.isEmpty() || f.doer.get().country().isEmpty() || !actors.isStateKind(f.doer.get().kind())) {
            return false;
        }
        String c = f.doer.get().country().get();
        for (Actor a : d.doers()) {
            if (actors.isStateKind(a.kind()) && a.country().isPresent() && !a.country().get().equals(c)) {
                return true;
            }
        }
        return false;
    }

    /** The frame's doer is a state force of a country other than the one the event is placed in. */
    private boolean foreignForce(Draft d, Frame f) {
        if (f.doer.isEmpty() || f.doer.get().country().isEmpty() || !actors.isStateKind(f.doer.get().kind())) {
            return false;
        }
        String c = f.doer.get().country().get();
        return d.places().stream().anyMatch(p -> !p.country().equals(c))
                && d.places().stream().noneMatch(p -> p.country().equals(c));
    }

    private static boolean claimedByGroup(Frame f) {
        return f.responsibility.stream().anyMatch(r -> r.status() == org.vigil.event.ActorStatus.CLAIMED
                && "armed_group".equals(r.actor().kind()));
    }

    private static boolean overlaps(PartialDate a, PartialDate b) {
        return !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
    }

    /** Frames carry only places as places, so any two that name different towns or countries conflict. */
    private static boolean placesAgree(Draft d, Frame f) {
        for (Place p : d.places()) {
            for (PlaceMention qm : f.places) {
                Place q = qm.place();
                if (PlaceChooser.specificity(p) >= 3 && PlaceChooser.specificity(q) >= 3 && !PlaceChooser.agrees(p, q)) {
                    return false;
                }
                if (!p.country().equals(q.country()) && PlaceChooser.specificity(p) >= 2 && PlaceChooser.specificity(q) >= 2) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean actorsAgree(Draft d, Frame f) {
        if (f.doer.isEmpty() || f.doer.get().actor().isEmpty()) {
            return true;
        }
        Actor a = actingFor(f.doer.get().actor().get());
        for (Actor doer : d.doers()) {
            Actor b = actingFor(doer);
            if (!a.id().equals(b.id()) && !actors.isSameOrFactionOf(a, b) && !actors.isSameOrFactionOf(b, a)) {
                return false;
            }
        }
        return true;
    }

    /** A minister stands for the government he serves: "Muttaqi's trip" and "Afghanistan's interim government". */
    private Actor actingFor(Actor a) {
        return a.isPerson() ? actors.actingFor(a, asOf).orElse(a) : a;
    }
}
