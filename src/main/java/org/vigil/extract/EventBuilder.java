package org.vigil.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.actors.ActorDictionary;
import org.vigil.actors.ActorMention;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.DatePrecision;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Evidence;
import org.vigil.event.Location;
import org.vigil.event.Modality;
import org.vigil.event.Qualifier;
import org.vigil.event.SourceKind;
import org.vigil.event.SourceRef;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceMention;
import org.vigil.geo.Places;
import org.vigil.ontology.Mode;
import org.vigil.ontology.Ontology;
import org.vigil.time.PartialDate;

/** Turns a draft into the event record: picks the type, date, place, doer, tolls and sources, with evidence for each. */
final class EventBuilder {
    /** Background events are those dated more than this many days before the report. */
    private static final int HISTORICAL_DAYS = 7;

    private final Roles roles;
    private final PlaceChooser places = new PlaceChooser();
    private final Ontology ontology;
    private final ActorDictionary actors;

    private final Gazetteer gazetteer;

    private final Lexicon lexicon;
    /** How far before publication a story's main event may lie for its undated companions to share its day. */
    private static final int STORY_DAYS = 3;

    EventBuilder(Lexicon lexicon, Roles roles, Ontology ontology, ActorDictionary actors, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.roles = roles;
        this.ontology = ontology;
        this.actors = actors;
        this.gazetteer = gazetteer;
    }

    Optional<Event> build(AnnotatedDocument doc, Draft d, int ordinal, boolean main, List<SourceMention> articleSources) {
        return build(doc, d, ordinal, main, articleSources, Optional.empty());
    }

    /**
     * @param storyDate the day the text gives the story's main event, for events the text leaves undated: in a
     *                  report of several attacks ("six killed on Tuesday ... In Rangpur, a student was shot dead") they
     *                  happened that day, not on the day of publication
     */
    Optional<Event> build(AnnotatedDocument doc, Draft d, int ordinal, boolean main, List<SourceMention> articleSources,
                          Optional<PartialDate> storyDate) {
        String text = doc.text();
        List<Evidence> evidence = new ArrayList<>();
        Frame head = d.head();
        Frame best = head;
        for (Frame f : d.frames) {
            if (f.rank > best.rank && !f.cue.phrase().isEmpty()) {
                best = f;
            }
        }
        evidence.add(ev(text, "type", best.cueStart, best.cueEnd));

        // the doer
        Optional<ActorRef> actor = Optional.empty();
        Optional<ActorStatus> status = Optional.empty();
        List<ActorRef> deniedBy = new ArrayList<>();
        Responsibility chosen = null;
        // claims, blame and denials are about violence; a statement's maker is simply its actor
        List<Responsibility> responsibility = d.isViolent() ? d.responsibility : List.of();
        for (ActorStatus s : List.of(ActorStatus.CLAIMED, ActorStatus.BLAMED, ActorStatus.SUSPECTED)) {
            for (Responsibility r : responsibility) {
                if (r.status() == s && chosen == null) {
                    chosen = r;
                }
            }
        }
        for (Responsibility r : responsibility) {
            if (r.status() == ActorStatus.DENIED) {
                ActorRef ref = ref(r.actor(), r.actor().text());
                if (deniedBy.stream().noneMatch(x -> x.id().equals(ref.id()) && x.name().equals(ref.name()))) {
                    deniedBy.add(ref);
                }
            }
        }
        if (chosen == null && !deniedBy.isEmpty()) {
            status = Optional.of(ActorStatus.DENIED);
        }
        if (chosen != null) {
            actor = Optional.of(ref(chosen.actor(), chosen.name()));
            status = Optional.of(chosen.status());
            evidence.add(ev(text, "actor", chosen.start(), chosen.end()));
        } else {
            for (Frame f : d.frames) {
                if (f.doer.isPresent() && !(d.isViolent() && denied(d, f.doer.get()))) {
                    ActorMention a = f.doer.get();
                    actor = Optional.of(ref(a, a.text()));
                    if (a.isNamed()) {
                        status = Optional.of(ActorStatus.ASSERTED); // an unnamed "gunmen" has no status to state
                    }
                    if (d.isViolent() && (roles.isState(a) || roles.isStateForce(a)) && a.country().isPresent()) {
                        status = Optional.of(saidBy(doc, d, f, a.country().get()));
                    }
                    evidence.add(ev(text, "actor", a.start(), a.end()));
                    break;
                }
            }
            if (actor.isEmpty()) {
                for (Frame f : d.frames) {
                    if (f.unnamedDoer.isPresent()) {
                        actor = Optional.of(new ActorRef(f.unnamedDoer.get(), Optional.empty(), "unidentified_armed_group",
                                Optional.empty()));
                        break;
                    }
                }
            }
        }

        // type: strikes and shelling are FIGHT; an attack by a group or an unknown doer is ASSAULT even when forces
        // fight back ("gunmen stormed the campus ... soldiers killed all four in a gun battle"); a clash or raid with
        // no attack cue is FIGHT, as is an attack whose first-named doer is a state's force
        EventType type = best.type;
        String mode = best.mode;
        if (type.isViolent()) {
            Frame strike = null;
            Frame attack = null;
            for (Frame f : d.frames) {
                if (f.cue.type() == EventType.FIGHT && f.rank >= 2 && !f.mode.equals("clash") && !f.mode.equals("raid")
                        && (strike == null || f.rank > strike.rank)) {
                    strike = f;
                }
                if (f.cue.type() == EventType.ASSAULT && f.cue.kind() != Cue.Kind.WEAK && !f.cue.phrase().isEmpty()
                        && (attack == null || f.rank > attack.rank)) {
                    attack = f;
                }
            }
            boolean stateDoer = head.doer.isPresent() && roles.isStateForce(head.doer.get()) && chosen == null;
            if (strike != null) {
                type = EventType.FIGHT;
                mode = strike.mode;
            } else if (attack != null && !stateDoer) {
                type = EventType.ASSAULT;
                mode = attack.mode;
            } else if (attack != null || stateDoer && type == EventType.ASSAULT) {
                // "security forces killed 54 militants": a state's force using violence is an operation;
                // "Pakistani aircraft bombed hideouts": from the air, a strike
                type = EventType.FIGHT;
                mode = stateDoer && isAirForce(head.doer.get()) ? "airstrike" : "raid";
            } else if (chosen != null && roles.isArmedGroup(chosen.actor()) && type == EventType.FIGHT
                    && !mode.equals("clash")) {
                type = EventType.ASSAULT;
                mode = "armed-attack";
            } else if (type == EventType.FIGHT && mode.equals("raid") && !stateDoer && d.frames.stream().anyMatch(f ->
                    f.doer.isPresent() && (roles.isArmedGroup(f.doer.get()) || roles.isUnnamedAttacker(f.doer.get())))) {
                // "its fighters had carried out the raid on the air base": a raid by a group is an attack
                type = EventType.ASSAULT;
                mode = "armed-attack";
            }
        }

        // modality
        Modality modality = head.modality;

        // date
        Optional<PartialDate> date = d.date;
        boolean inferred = false;
        if (d.dateFrame.isPresent()) {
            var dm = d.dateFrame.get().date.get();
            evidence.add(ev(text, "date", dm.start(), dm.end()));
            inferred = dm.inferred();
        } else if (d.dateDerived) {
            inferred = doc.publishedInferred();
        }
        if (date.isEmpty() && modality == Modality.ASSERTED && doc.published().isPresent() && !saysRecently(doc, head)) {
            LocalDate published = doc.published().get();
            boolean sameStory = storyDate.isPresent() && storyDate.get().precision() == DatePrecision.DAY
                    && ofTheDay(storyDate.get(), published);
            date = Optional.of(sameStory ? storyDate.get() : PartialDate.of(published));
            inferred = true;
        }
        if (modality == Modality.ASSERTED && date.isPresent() && doc.published().isPresent()
                && date.get().latest().isBefore(doc.published().get().minusDays(HISTORICAL_DAYS))) {
            modality = Modality.HISTORICAL;
        }
        // "a week before Islamabad hosts a meeting": counted forward past the report's date, so still to come
        if (modality == Modality.ASSERTED && d.dateDerived && date.isPresent() && doc.published().isPresent()
                && date.get().earliest().isAfter(doc.published().get())) {
            modality = Modality.PLANNED;
        }

        // place: where it happened; a demand, rebuke, threat or rejection is placed in the country of whoever made it,
        // as the places such a sentence names are usually its addressee's ("the Taliban's leader in Afghanistan")
        Optional<Location> location = Optional.empty();
        // (an agreement, though said, is placed where it was reached: "met in Islamabad ... and agreed")
        boolean saidSomewhere = type.isStatement() && type != EventType.AGREE;
        Optional<PlaceMention> scene = saidSomewhere ? Optional.empty() : scene(doc, d, main);
        if (saidSomewhere) {
            location = actor.flatMap(ActorRef::country).flatMap(gazetteer::country).map(Places::toLocation);
        }
        if (scene.isPresent()) {
            location = Optional.of(Places.toLocation(scene.get().place()));
            if (scene.get().end() > scene.get().start()) {
                evidence.add(ev(text, "location", scene.get().start(), scene.get().end()));
            }
        }

        // a country is not a point: known only to the country, an event gets no coordinates, so no map shows it at
        // the country's centre (GDELT's best-known error)
        location = location.map(l -> l.precision() == org.vigil.event.Precision.COUNTRY
                ? new Location(l.name(), l.admin2(), l.admin1(), l.country(), Optional.empty(), Optional.empty(),
                        l.precision(), l.gazetteerId())
                : l);

        // target and mediator
        Optional<ActorRef> target = Optional.empty();
        Optional<ActorRef> mediator = Optional.empty();
        for (Frame f : d.frames) {
            if (target.isEmpty() && f.target.isPresent()) {
                target = Optional.of(ref(f.target.get(), f.target.get().text()));
                evidence.add(ev(text, "target", f.target.get().start(), f.target.get().end()));
            } else if (target.isEmpty() && f.targetKind.isPresent()) {
                target = Optional.of(new ActorRef(f.targetText.orElse(f.targetKind.get()), Optional.empty(),
                        f.targetKind.get(), Optional.empty()));
            }
            if (mediator.isEmpty() && f.mediator.isPresent()) {
                mediator = Optional.of(ref(f.mediator.get(), f.mediator.get().text()));
            }
        }

        // tolls: a revised toll beats the first one stated; attackers are kept apart (except in a raid or strike on them)
        Optional<Count> killed = Optional.empty();
        Optional<Count> injured = Optional.empty();
        Optional<Count> attackersKilled = Optional.empty();
        if (type.isViolent()) {
            boolean victimsAreMilitants = type == EventType.FIGHT;
            Casualty k = victimsAreMilitants ? bothSides(d, pick(d, false, true)) : pick(d, false, false);
            Casualty i = pick(d, true, victimsAreMilitants);
            if (k != null) {
                killed = Optional.of(k.count());
                evidence.add(ev(text, "killed", k.start(), k.end()));
            }
            if (i != null) {
                injured = Optional.of(i.count());
                evidence.add(ev(text, "injured", i.start(), i.end()));
            }
            if (!victimsAreMilitants) {
                for (Frame f : d.frames) {
                    for (Casualty c : f.casualties) {
                        if (c.attackers() && !c.injured() && attackersKilled.isEmpty()) {
                            attackersKilled = Optional.of(c.count());
                        }
                    }
                }
            }
        }

        // sources
        Map<String, SourceRef> sources = new LinkedHashMap<>();
        for (Frame f : d.frames) {
            for (SourceMention s : f.sources) {
                sources.putIfAbsent(s.source().name().toLowerCase(java.util.Locale.ROOT), s.source());
                evidence.add(ev(text, "sources", s.start(), s.end()));
            }
        }
        if (main) {
            for (SourceMention s : articleSources) {
                sources.putIfAbsent(s.source().name().toLowerCase(java.util.Locale.ROOT), s.source());
            }
        }
        // a claim of responsibility is the group speaking; a demand or threat is its maker's own statement
        if (chosen != null && chosen.status() == ActorStatus.CLAIMED) {
            String group = chosen.actor().label();
            sources.putIfAbsent(group.toLowerCase(java.util.Locale.ROOT), new SourceRef(group, SourceKind.GROUP));
        }
        if (sources.isEmpty() && saidSomewhere && actor.isPresent()) {
            ActorRef a = actor.get();
            sources.put(a.name().toLowerCase(java.util.Locale.ROOT), new SourceRef(a.name(),
                    "armed_group".equals(a.kind()) ? SourceKind.GROUP : SourceKind.OFFICIAL));
        }

        if (type == EventType.PROTEST && actor.map(a -> actors.isArmed(a.kind())).orElse(false)) {
            return Optional.empty(); // "armed men had blocked the highway": the attack's doing, not a protest
        }
        if ((type == EventType.CONSULT || type == EventType.MOBILIZE) && actor.isEmpty() && target.isEmpty()) {
            return Optional.empty(); // "had just arrived in the country", "as he met supporters": no one to meet anyone
        }
        if (type == EventType.CONSULT && mode.equals("visit") && isDomestic(doc, actor, target, location)) {
            return Optional.empty(); // "the chief minister visited the injured in Bajaur": no counterpart, no diplomacy
        }
        Mode m = ontology.modeOrDefault(type, mode);
        boolean doerIsState = false;
        for (Frame f : d.frames) {
            doerIsState |= f.doer.isPresent() && roles.isStateForce(f.doer.get());
        }
        boolean targetIsArmed = target.map(x -> actors.isArmed(x.kind())).orElse(false)
                || target.map(x -> x.kind().equals("military") || x.kind().equals("police") || x.kind().equals("militants"))
                        .orElse(false);
        double confidence = confidence(d, date.isPresent(), location.isPresent(), killed.isPresent(), actor.isPresent());
        return Optional.of(new Event(doc.article().id() + "#" + ordinal, doc.article().id(), type, mode,
                m.acled(doerIsState, targetIsArmed), Optional.of(m.cameoRoot()), modality,
                date.map(PartialDate::toString), date.map(PartialDate::precision), inferred, location, actor, status,
                target, killed, injured, List.copyOf(sources.values()), List.copyOf(new java.util.LinkedHashSet<>(evidence)),
                confidence, deniedBy, mediator,
                attackersKilled));
    }

    /**
     * A state's strike as its own officials report it is claimed ("the army said its jets struck"); as the other
     * side reports it, blamed ("the Taliban said Pakistani jets struck"); with no one to say it, asserted.
     */
    private ActorStatus saidBy(AnnotatedDocument doc, Draft d, Frame doerFrame, String doerCountry) {
        if (namesItsOwnAct(doc, doerFrame)) {
            return ActorStatus.CLAIMED;
        }
        ActorStatus status = ActorStatus.ASSERTED;
        // every report of the strike in the article counts: "India struck ... Pakistan said the strikes killed 26"
        for (Frame f : d.frames) {
            for (SourceMention s : f.sources) {
                for (ActorMention speaker : doc.actorsIn(s.start(), s.end())) {
                    if (speaker.country().isEmpty()) {
                        continue;
                    }
                    if (speaker.country().get().equals(doerCountry)) {
                        return ActorStatus.CLAIMED;
                    }
                    status = ActorStatus.BLAMED;
                }
            }
        }
        return status;
    }

    /** "India fired missiles ... in what it called Operation Sindoor": the doer names the act, so it owns it. */
    private boolean namesItsOwnAct(AnnotatedDocument doc, Frame f) {
        List<org.vigil.text.Token> t = doc.tokens();
        for (int i = f.clause.from(); i + 2 < f.clause.to(); i++) {
            if (t.get(i).lower().equals("what") && t.get(i + 1).lower().equals("it")
                    && lexicon.is("naming_verb", t.get(i + 2).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A group that denied involvement is never the doer on the strength of being named near the attack. */
    private static boolean denied(Draft d, ActorMention a) {
        for (Responsibility r : d.responsibility) {
            if (r.status() == ActorStatus.DENIED && r.actor().actor().isPresent()
                    && r.actor().actor().equals(a.actor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysRecently(AnnotatedDocument doc, Frame f) {
        int from = doc.tokens().get(f.clause.from()).start();
        int to = doc.tokens().get(f.clause.to() - 1).end();
        String s = doc.text().substring(from, to).toLowerCase(java.util.Locale.ROOT);
        return s.contains("recently") || s.contains("earlier");
    }

    /** The scene: from the frames that carry a cue, the head first; a visit's destination; else the dateline city. */
    private Optional<PlaceMention> scene(AnnotatedDocument doc, Draft d, boolean main) {
        Optional<PlaceMention> chosen = Optional.empty();
        List<PlaceMention> later = new ArrayList<>();
        for (Frame f : d.cuedFrames()) {
            List<PlaceMention> s = new ArrayList<>(PlaceChooser.scenes(f.places, doc.tokens(), doc::firstTokenAtOrAfter,
                    f.type != EventType.CONSULT));
            // the doer's own name is not the scene: "India fired missiles at targets in Pakistan"
            f.doer.ifPresent(a -> s.removeIf(p -> p.start() < a.end() && a.start() < p.end()));
            if (chosen.isEmpty()) {
                chosen = places.choose(s, f.cueStart);
                if (chosen.isEmpty()) {
                    chosen = f.inheritedPlace;
                }
            } else {
                later.addAll(s);
            }
        }
        chosen = PlaceChooser.refine(chosen, later);
        // a sit-in with no place named is where the reporter filed from, as a main attack is
        // but not a strike from the air or across a border: the reporter files from a capital, the missiles land
        // elsewhere ("ISLAMABAD - ... tit-for-tat strikes on militants last week")
        boolean strike = d.frames.stream().anyMatch(Frame::isStrikeFromAfar);
        if (chosen.isEmpty() && !strike && (d.isViolent() && main || d.head().type == EventType.PROTEST)) {
            chosen = datelinePlace(doc);
        }
        // "DOHA: Pakistan and Afghanistan agreed ... after talks": talks and agreements that name only their parties'
        // countries took place where the report was filed
        EventType ht = d.head().type;
        if ((ht == EventType.AGREE || ht == EventType.CONSULT && !d.head().mode.equals("visit"))
                && d.head().modality == Modality.ASSERTED && recent(doc, d)
                && (chosen.isEmpty() || chosen.get().place().kind() == org.vigil.geo.PlaceKind.COUNTRY)) {
            Optional<PlaceMention> filed = datelinePlace(doc);
            if (filed.isPresent()) {
                chosen = filed;
            }
        }
        return chosen;
    }

    /**
     * When a report names no place for its main attack, its dateline ("PESHAWAR:") is where the reporter was, and for
     * an attack it is the best place there is. A dateline naming two cities of one country ("GWADAR/RAWALPINDI", a
     * press release from the army's seat) counts only for the one city the body names again; one across a border
     * ("NEW DELHI/ISLAMABAD") says nothing.
     */
    private static Optional<PlaceMention> datelinePlace(AnnotatedDocument doc) {
        if (doc.dateline().isEmpty()) {
            return Optional.empty();
        }
        boolean several = doc.dateline().get().place().contains("/");
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (PlaceMention p : doc.places()) {
            if (p.inDateline(doc.dateline())) {
                countries.add(p.place().country());
            }
        }
        if (countries.size() > 1) {
            return Optional.empty();
        }
        PlaceMention found = null;
        for (PlaceMention p : doc.places()) {
            if (p.inDateline(doc.dateline()) && p.isLocation() && p.place().kind() == org.vigil.geo.PlaceKind.TOWN
                    && (!several || namedInBody(doc, p))) {
                if (found != null) {
                    return Optional.empty();
                }
                found = p;
            }
        }
        return Optional.ofNullable(found).map(p -> new PlaceMention(p.start(), p.start(), p.text(), p.place(), List.of(),
                "the dateline: the report names no other place", p.sense()));
    }

    private static boolean namedInBody(AnnotatedDocument doc, PlaceMention dateline) {
        for (PlaceMention p : doc.places()) {
            if (!p.inDateline(doc.dateline()) && p.isLocation() && p.place().id().equals(dateline.place().id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A visit by a country's own officials to a place in that country, meeting no one from elsewhere: an official's
     * tour, which PLOVER's CONSULT (an interaction between actors) does not cover. An official of no named country
     * ("the caretaker chief minister") is the place's own when the story is filed from that country.
     */
    private boolean isDomestic(AnnotatedDocument doc, Optional<ActorRef> actor, Optional<ActorRef> target,
                               Optional<Location> location) {
        if (actor.isEmpty() || location.isEmpty()) {
            return false;
        }
        String here = location.get().country();
        ActorRef a = actor.get();
        boolean filedHere = datelinePlace(doc).map(p -> p.place().country().equals(here)).orElse(false);
        boolean own = a.country().map(here::equals).orElse(actors.isStateKind(a.kind()) && filedHere);
        boolean counterpart = target.isPresent() && target.get().country().map(c -> !c.equals(here)).orElse(true);
        return own && !counterpart;
    }

    /** Dated (or not) within three days before the report: the news of the day, not background. */
    private static boolean recent(AnnotatedDocument doc, Draft d) {
        return d.date.isEmpty() || doc.published().isEmpty() || ofTheDay(d.date.get(), doc.published().get());
    }

    /** A date that reaches into the {@value #STORY_DAYS} days before publication, and not past it. */
    static boolean ofTheDay(PartialDate date, LocalDate published) {
        return !date.latest().isBefore(published.minusDays(STORY_DAYS)) && !date.earliest().isAfter(published);
    }

    private static boolean isAirForce(org.vigil.actors.ActorMention a) {
        return a.actor().map(x -> x.id().endsWith("_AIR_FORCE")).orElse(false);
    }

    /**
     * A fight counts the dead of both sides: "two soldiers were martyred while three terrorists were killed" is five,
     * when one sentence gives both figures and no revision says otherwise.
     */
    private static Casualty bothSides(Draft d, Casualty picked) {
        if (picked == null || picked.update()) {
            return picked;
        }
        // per sentence, the largest figure of each side: [0] the forces' or civilians' dead, [1] the militants'
        java.util.Map<Integer, Casualty[]> bySentence = new java.util.LinkedHashMap<>();
        for (Frame f : d.frames) {
            Casualty[] sides = bySentence.computeIfAbsent(f.sentence(), k -> new Casualty[2]);
            for (Casualty c : f.casualties) {
                int side = c.militants() ? 1 : 0;
                if (!c.injured() && !c.update() && (sides[side] == null || c.count().value() > sides[side].count().value())) {
                    sides[side] = c;
                }
            }
        }
        for (Casualty[] sides : bySentence.values()) {
            Casualty forces = sides[0];
            Casualty militants = sides[1];
            if (forces != null && militants != null) {
                Qualifier q = forces.count().qualifier() == Qualifier.EXACT && militants.count().qualifier() == Qualifier.EXACT
                        ? Qualifier.EXACT : Qualifier.AT_LEAST;
                return new Casualty(false, new Count(forces.count().value() + militants.count().value(), q), false, false,
                        false, Math.min(forces.start(), militants.start()), Math.max(forces.end(), militants.end()));
            }
        }
        return picked;
    }

    private static Casualty pick(Draft d, boolean injured, boolean militantsCount) {
        Casualty first = null;
        Casualty update = null;
        for (Frame f : d.frames) {
            for (Casualty c : f.casualties) {
                if (c.injured() != injured || c.attackers() && !militantsCount) {
                    continue;
                }
                if (c.update()) {
                    // tolls rise; an earlier figure told later ("on Saturday the ministry had put the dead at 95")
                    // does not undo a higher one
                    if (update == null || c.count().value() >= update.count().value()) {
                        update = c;
                    }
                } else if (first == null || c.count().value() > first.count().value()) {
                    first = c;
                }
            }
        }
        return update != null ? update : first;
    }

    private ActorRef ref(ActorMention a, String name) {
        return new ActorRef(name, a.actor().map(x -> x.id()), a.kind(),
                a.country().or(() -> a.actor().flatMap(x -> x.country())));
    }

    private static double confidence(Draft d, boolean dated, boolean placed, boolean toll, boolean doer) {
        Frame h = d.head();
        double c = h.cue.kind() == Cue.Kind.WEAK ? 0.35 : h.rank >= 2 ? 0.55 : 0.45;
        c += dated ? 0.1 : 0;
        c += placed ? 0.1 : 0;
        c += toll ? 0.1 : 0;
        c += doer ? 0.05 : 0;
        c += d.frames.size() > 1 ? 0.05 : 0;
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }

    private static Evidence ev(String text, String field, int start, int end) {
        return new Evidence(field, start, end, text.substring(start, end));
    }

}
