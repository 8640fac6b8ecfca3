package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.actors.ActorDictionary;
import org.vigil.actors.ActorMention;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;
import org.vigil.event.ActorStatus;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Modality;
import org.vigil.event.Relation;
import org.vigil.event.SourceKind;
import org.vigil.event.Statistic;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceMention;
import org.vigil.ontology.Ontology;
import org.vigil.text.Sentence;
import org.vigil.text.Token;

/**
 * The events stage: reads event mentions clause by clause, attaches tolls, claims and sources to them, groups
 * mentions of one happening, and builds an event record for each happening.
 */
public final class EventExtractor implements Stage {
    private final Lexicon lex;
    private final Roles roles = new Roles();
    private final ClauseSplitter clauses = new ClauseSplitter();
    private final FrameReader frames;
    private final SourceReader sources;
    private final ResponsibilityReader responsibility;
    private final CasualtyReader casualties;
    private final EventBuilder builder;
    private final StatisticReader statistics;
    private final RelationReader relations;
    private final ActorDictionary actors;
    private final Gazetteer gazetteer;

    public EventExtractor(Lexicon lex, Ontology ontology, ActorDictionary actors, Gazetteer gazetteer) {
        this.lex = lex;
        this.frames = new FrameReader(lex, roles);
        this.sources = new SourceReader(lex);
        this.casualties = new CasualtyReader(lex);
        this.responsibility = new ResponsibilityReader(lex);
        this.statistics = new StatisticReader(lex);
        this.relations = new RelationReader(lex);
        this.builder = new EventBuilder(lex, roles, ontology, actors, gazetteer);
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Token> t = doc.tokens();
        List<Frame> all = new ArrayList<>();
        List<SourceMention> articleSources = new ArrayList<>();
        // "KABUL, Oct 4 (Reuters) -": the agency that filed the story reports its main event
        doc.dateline().ifPresent(dl -> dl.agency().filter(a -> !lex.is("desk", a.toLowerCase(java.util.Locale.ROOT)))
                .ifPresent(a -> articleSources.add(new SourceMention(new org.vigil.event.SourceRef(a, SourceKind.NEWS_AGENCY),
                        0, dl.start(), dl.end()))));
        List<Statistic> stats = new ArrayList<>();
        List<Relation> rels = new ArrayList<>();
        Optional<ActorMention> lastGroup = Optional.empty();
        Optional<PlaceMention> lastPlace = Optional.empty();
        Optional<PlaceMention> paragraphPlace = Optional.empty();
        int paragraph = -1;
        for (Sentence s : doc.sentences()) {
            if (!s.isContent()) {
                continue;
            }
            int from = doc.firstTokenAtOrAfter(s.start());
            int to = doc.firstTokenAtOrAfter(s.end());
            if (from >= to) {
                continue;
            }
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphPlace = Optional.empty();
            }
            Optional<PlaceMention> opening = openingPlace(doc, t, from, to);
            if (opening.isPresent()) {
                paragraphPlace = opening;
            }
            List<SourceMention> said = sources.read(t, s.index(), from, to, actorsIn(doc, s));
            for (SourceMention m : said) {
                if (m.source().kind() == SourceKind.NEWS_AGENCY && !m.source().name().equalsIgnoreCase("wire")) {
                    articleSources.add(m);
                }
            }
            statistics.read(doc.text(), t, from, to, doc.article().id(), stats.size() + 1, said).ifPresent(stats::add);
            List<Frame> inSentence = new ArrayList<>();
            for (Clause c : clauses.split(t, s.index(), from, to)) {
                int clauseStart = t.get(c.from()).start();
                for (Frame f : frames.read(doc, c, from, to)) {
                    f.inheritedPlace = referredPlace(doc, c, clauseStart, lastPlace);
                    if (f.isViolent() && f.places.isEmpty() && paragraphPlace.isPresent() && !f.anaphoric) {
                        f.places.add(paragraphPlace.get()); // the paragraph opened "In Hangu district, ..."
                    }
                    f.sources.addAll(said);
                    inSentence.addAll(splitByDestination(doc, f));
                }
                lastPlace = lastLocationBefore(doc, t.get(c.to() - 1).end(), lastPlace);
            }
            List<ActorMention> actors = actorsIn(doc, s);
            rels.addAll(relations.read(doc.text(), t, from, to, actors, doc.article().id(), rels.size() + 1));
            List<Responsibility> claims = responsibility.read(t, s.index(), from, to, actors, lastGroup, roles);
            Frame violent = firstViolent(inSentence);
            if (violent == null) {
                // a toll, a claim or a source with no cue of its own ("At least 22 people were injured", "rescue
                // workers said the toll could rise") adds to the last event
                List<Casualty> tolls = casualties.read(t, from, to, doc.datesIn(s.start(), s.end()));
                if (!tolls.isEmpty() || !claims.isEmpty() || !said.isEmpty() && inSentence.isEmpty()) {
                    Frame f = Frame.attached(new Clause(s.index(), from, to, Clause.Link.NONE, 0), s.start(), from);
                    f.demonstrative = claims.stream().anyMatch(r -> pronounObject(t, r.cueToken(), to));
                    f.casualties.addAll(tolls);
                    f.sources.addAll(said);
                    inSentence.add(0, f);
                    violent = f;
                }
            }
            for (Responsibility r : claims) {
                Frame owner = violent;
                for (Frame f : inSentence) {
                    if (f.isViolent() && r.cueToken() >= f.clause.from() && r.cueToken() < f.clause.to()) {
                        owner = f;
                    }
                }
                if (owner != null) {
                    owner.responsibility.add(r);
                }
            }
            all.addAll(inSentence);
            for (ActorMention a : actors) {
                if (roles.isArmedGroup(a)) {
                    lastGroup = Optional.of(a);
                }
            }
        }
        List<Draft> drafts = new Coreference(actors, doc.published()).group(all);
        for (Draft d : drafts) {
            for (Frame f : d.frames) {
                d.responsibility.addAll(f.responsibility);
            }
        }
        claimBoth(t, drafts);
        Draft main = null;
        for (Draft d : drafts) {
            if (d.isViolent() && d.head().modality == Modality.ASSERTED) {
                main = d;
                break;
            }
        }
        if (main == null && !drafts.isEmpty()) {
            main = drafts.get(0);
        }
        Optional<org.vigil.time.PartialDate> storyDate = main != null && main.isViolent() && main.dateFrame.isPresent()
                ? main.date : Optional.empty();
        List<Event> events = new ArrayList<>();
        // statements follow one another: "Pakistan on Tuesday summoned the envoy ... The spokesperson said Pakistan
        // demanded ..." says the demand on the day of the summons, not on the day of the attack they react to
        Optional<org.vigil.time.PartialDate> lastSaid = Optional.empty();
        for (Draft d : drafts) {
            if (d.head().modality == Modality.HYPOTHETICAL && d.isViolent() || isStatementWithoutSpeaker(d)
                    || d.isViolent() && !hasViolentSupport(d)) {
                continue;
            }
            Optional<org.vigil.time.PartialDate> dayOfStory = !d.isViolent() && lastSaid.isPresent() ? lastSaid : storyDate;
            builder.build(doc, d, events.size() + 1, d == main, articleSources, dayOfStory).ifPresent(events::add);
            if (!d.isViolent() && d.dateFrame.isPresent() && d.head().modality == Modality.ASSERTED) {
                lastSaid = d.date;
            }
        }
        return doc.withEvents(events).withFindings(stats, rels);
    }

    /**
     * Violence must be evidenced by more than a word that could mean anything: a specific cue (a bombing, an
     * airstrike), a doer that fights (a group, gunmen, a force), a claim or blame, or a target that is attacked.
     * "Pakistan's spin attack destroyed England" and "1,136 people have been killed in flood-related incidents" are
     * not attacks.
     */
    private boolean hasViolentSupport(Draft d) {
        for (Frame f : d.frames) {
            if (f.rank >= 2 && f.cue.kind() != Cue.Kind.WEAK || !f.responsibility.isEmpty() || f.unnamedDoer.isPresent()) {
                return true;
            }
            if (f.doer.isPresent() && (roles.isArmedGroup(f.doer.get()) || roles.isUnnamedAttacker(f.doer.get())
                    || roles.isStateForce(f.doer.get()))) {
                return true;
            }
            if (f.cue.kind() != Cue.Kind.WEAK && (f.targetKind.isPresent() || hasVictims(f))) {
                return true; // "an attack on Monday killed two sailors"
            }
        }
        return false;
    }

    /**
     * "X claimed both the shooting and the bombing": a claim of both also owns the violent event told just before the
     * one it was read with, when that event has no claim or denial of its own.
     */
    private static void claimBoth(List<Token> t, List<Draft> drafts) {
        for (Draft d : drafts) {
            for (Responsibility r : List.copyOf(d.responsibility)) {
                if (r.status() != ActorStatus.CLAIMED || r.cueToken() + 1 >= t.size()
                        || !t.get(r.cueToken() + 1).lower().equals("both")) {
                    continue;
                }
                Draft other = null;
                int otherAt = -1;
                for (Draft o : drafts) {
                    if (o == d || !o.isViolent() || !o.responsibility.isEmpty()) {
                        continue;
                    }
                    for (Frame f : o.frames) {
                        if (f.cueToken < r.cueToken() && f.cueToken > otherAt) {
                            other = o;
                            otherAt = f.cueToken;
                        }
                    }
                }
                if (other != null) {
                    other.responsibility.add(r);
                }
            }
        }
    }

    /** "claimed it", "denied it", "claimed responsibility for it": the claim is about the event just told. */
    private static boolean pronounObject(List<Token> t, int cue, int to) {
        for (int k = cue + 1; k < Math.min(to, cue + 4); k++) {
            String w = t.get(k).lower();
            if (w.equals("it") || w.equals("this") || w.equals("that")) {
                return true;
            }
            if (!(w.equals("responsibility") || w.equals("for"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasVictims(Frame f) {
        return f.casualties.stream().anyMatch(c -> !c.attackers() && c.count().value() > 0);
    }

    /** A demand, rebuke, threat or agreement is someone's act; with no one to attribute it to, it is not coded. */
    private static boolean isStatementWithoutSpeaker(Draft d) {
        return d.head().type.isStatement() && d.frames.stream().allMatch(f -> f.doer.isEmpty());
    }

    private static Frame firstViolent(List<Frame> frames) {
        for (Frame f : frames) {
            if (f.isViolent()) {
                return f;
            }
        }
        return null;
    }

    /** "In Hangu district of Khyber Pakhtunkhwa, two attackers ...": a sentence that opens on its scene. */
    private static Optional<PlaceMention> openingPlace(AnnotatedDocument doc, List<Token> t, int from, int to) {
        if (to - from < 3 || !(t.get(from).lower().equals("in") || t.get(from).lower().equals("at"))) {
            return Optional.empty();
        }
        int comma = from + 1;
        while (comma < to && comma < from + 10 && !t.get(comma).text().equals(",")) {
            comma++;
        }
        if (comma >= to || !t.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        PlaceMention best = null;
        for (PlaceMention p : doc.placesIn(t.get(from).start(), t.get(comma).start())) {
            if (p.isLocation() && (best == null || PlaceChooser.specificity(p.place()) > PlaceChooser.specificity(best.place()))) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The place a clause refers to without naming it: ", where ..." and "there" point to the last place named;
     * "the city" to the last town named; "across the country" to the country the article is about.
     */
    private Optional<PlaceMention> referredPlace(AnnotatedDocument doc, Clause c, int clauseStart,
                                                 Optional<PlaceMention> lastPlace) {
        List<Token> t = doc.tokens();
        if (c.link() == Clause.Link.WHERE) {
            return lastPlace;
        }
        for (int k = c.from(); k < c.to(); k++) {
            String w = t.get(k).lower();
            String next = k + 1 < c.to() ? t.get(k + 1).lower() : "";
            if (w.equals("there") && !next.equals("was") && !next.equals("were") && !next.equals("is")
                    && !next.equals("are") && !next.equals("has") && !next.equals("have") && !next.equals("had")
                    && !next.equals("will") && !next.equals("would")) {
                return lastPlace;
            }
            if (w.equals("the") && (next.equals("city") || next.equals("town")) && lastPlace.isPresent()
                    && lastPlace.get().place().kind().ordinal() >= org.vigil.geo.PlaceKind.TOWN.ordinal()) {
                return lastPlace;
            }
            if (w.equals("the") && next.equals("country")) {
                return focusCountry(doc);
            }
        }
        return Optional.empty();
    }

    private static Optional<PlaceMention> lastLocationBefore(AnnotatedDocument doc, int end, Optional<PlaceMention> last) {
        int from = last.map(PlaceMention::end).orElse(0);
        List<PlaceMention> since = doc.placesIn(from, end);
        for (int k = since.size() - 1; k >= 0; k--) {
            if (since.get(k).isLocation()) {
                return Optional.of(since.get(k));
            }
        }
        return last;
    }

    /** The country most of the article's places lie in, as a place named nowhere in particular. */
    private Optional<PlaceMention> focusCountry(AnnotatedDocument doc) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String best = null;
        for (PlaceMention p : doc.places()) {
            if (p.isLocation()) {
                int n = counts.merge(p.place().country(), 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = p.place().country();
                }
            }
        }
        return Optional.ofNullable(best).flatMap(gazetteer::country).map(c -> new PlaceMention(0, 0, "", c, List.of(),
                "the country the article is about"));
    }

    private static List<ActorMention> actorsIn(AnnotatedDocument doc, Sentence s) {
        return doc.actorsIn(s.start(), s.end());
    }

    /** A visit to two capitals is two visits; the destinations are the places after "to" or "arrived in". */
    private List<Frame> splitByDestination(AnnotatedDocument doc, Frame f) {
        if (f.type != EventType.CONSULT) {
            return List.of(f);
        }
        List<Token> t = doc.tokens();
        List<PlaceMention> destinations = new ArrayList<>();
        for (PlaceMention p : f.places) {
            int i = doc.firstTokenAtOrAfter(p.start());
            String prev = i > 0 ? t.get(i - 1).lower() : "";
            String prev2 = i > 1 ? t.get(i - 2).lower() : "";
            if (prev.equals("to") || prev.equals("in") && i - 1 == f.cueToken + 1
                    || (prev.equals("and") || prev.equals(",")) && !destinations.isEmpty()
                    || prev.equals("in") && (prev2.equals("arrived") || prev2.equals("arrives"))) {
                destinations.add(p);
            }
        }
        if (destinations.size() < 2) {
            if (destinations.size() == 1) {
                f.places.clear();
                f.places.add(destinations.get(0));
            }
            return List.of(f);
        }
        List<Frame> out = new ArrayList<>();
        for (PlaceMention p : destinations) {
            out.add(f.at(p));
        }
        return out;
    }
}
