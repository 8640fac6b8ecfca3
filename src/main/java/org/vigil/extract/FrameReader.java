package org.vigil.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.actors.ActorMention;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.event.EventType;
import org.vigil.event.Modality;
import org.vigil.geo.PlaceMention;
import org.vigil.text.PhraseMatcher;
import org.vigil.text.Token;
import org.vigil.time.DateMention;

/**
 * Reads the event mentions of one clause: finds cues, drops those that do not report an event (a statistic,
 * a habit, a purpose, "any attack"), and collects the date, places, tolls, doer and target around them.
 */
final class FrameReader {
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their", "'s", "\u2019s");
    private static final Set<String> GENERIC = Set.of("any", "every", "such", "no", "each", "more", "further", "future");
    /** Words that open a subordinate clause: a modal before them does not govern a verb after them. */
    private static final Set<String> BOUNDARIES = Set.of("after", "when", "before", "because", "since", "as", "that",
            "who", "which", "where", "while", "following", ",", ";", "but");
    /** Verbs whose date is the date of a statement about an event, not of the event. */
    private static final Set<String> SPEECH_ACTS = Set.of("responsibility", "claimed", "denied", "blamed", "accused",
            "warned", "condemned", "rejected", "disowned");
    /** Words after which a bare plural names a kind of violence: "against target killings", "of attacks". */
    private static final Set<String> BARE_LEADS = Set.of("against", "of", "on", "over", "about", "for", "condemned",
            "condemn", "condemns", "denounced", "oppose", "opposed", "prevent", "preventing", "stop", "stopping", "end");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final List<String> RUN_ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "during", "outside", "from", "after", "before");
    private static final Set<String> RUN_QUALIFIERS = Set.of("straight", "consecutive", "successive", "running");
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "those", "these");
    private static final Set<String> PHRASE_BREAKS = Set.of("was", "were", "is", "are", "said", "for", "after",
            "before", "as", "that", "which", "when", ",", ";", "and", "had", "has", "have");
    private static final Set<String> AUX = Set.of("was", "were", "been", "be", "is", "are", "had", "have", "has",
            "being", "get", "got", "who", "that", "which", "and", "reportedly", "also", "allegedly");
    private static final Set<String> RELATIVE_FOLLOWERS = Set.of("in", "at", "during", "near", "on", "last", "earlier");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "any", "his", "her", "its", "their", "our",
            "this", "that", "no");
    private static final Set<String> QUOTES = Set.of("'", "\"", "\u2018", "\u2019", "\u201C", "\u201D");
    private static final Set<String> CONTINUATIONS = Set.of("continue", "continued", "continues", "continuing");
    private static final Set<String> FORWARD_MODALS = Set.of("will", "would", "shall");
    private static final Set<String> BE_PAST = Set.of("is", "are", "was", "were");
    private static final Set<String> PLUPERFECT_LEADS = Set.of("who", "which", "that");

    private final Lexicon lex;
    private final CasualtyReader casualties;
    private final Roles roles;

    FrameReader(Lexicon lex, Roles roles) {
        this.lex = lex;
        this.casualties = new CasualtyReader(lex);
        this.roles = roles;
    }

    List<Frame> read(AnnotatedDocument doc, Clause c, int sentenceFrom, int sentenceTo) {
        List<Token> t = doc.tokens();
        List<PhraseMatcher.Match<Cue>> matches = lex.cues().find(t, c.from(), c.to());
        if (matches.isEmpty() || isHabitual(doc, t, c)) {
            return List.of();
        }
        List<Casualty> tolls = casualties.read(t, c.from(), c.to(),
                doc.datesIn(t.get(c.from()).start(), t.get(c.to() - 1).end()));
        // one frame for the violence of a clause, one per other type
        Map<EventType, Frame> byType = new EnumMap<>(EventType.class);
        Frame violent = null;
        boolean strongViolence = false;
        boolean firstViolentSeen = false;
        List<Frame> separate = new ArrayList<>();
        for (PhraseMatcher.Match<Cue> m : matches) {
            Cue cue = best(m.values());
            if (!reports(t, c, m, cue, tolls, doc)) {
                continue;
            }
            if (cue.type().isViolent() && violent != null && violent.cue.kind() != Cue.Kind.WEAK
                    && ownDate(doc, t, c, m.startToken()).isPresent() && cue.kind() == Cue.Kind.NOUN) {
                // "India fired missiles ... linked to last month's massacre of tourists": a second event, dated
                Frame other = new Frame(c, cue, m.start(), m.end(), m.startToken());
                other.forceNew = true;
                other.ownDate = ownDate(doc, t, c, m.startToken());
                separate.add(other);
                continue;
            }
            if (cue.type().isViolent()) {
                if (violent == null || cue.rank() > violent.rank || violent.cue.kind() == Cue.Kind.WEAK && cue.kind() != Cue.Kind.WEAK) {
                    Frame f = new Frame(c, cue, m.start(), m.end(), m.startToken());
                    if (violent != null) {
                        f.anaphoric = violent.anaphoric;
                    }
                    violent = f;
                }
                if (cue.kind() != Cue.Kind.WEAK) {
                    strongViolence = true;
                }
                if (!firstViolentSeen && cue.kind() != Cue.Kind.WEAK) {
                    // whether the clause refers back is decided by its first mention: "Gunmen stormed ... ended the
                    // siege" is a new report even though "the siege" refers to it
                    violent.anaphoric = isDefinite(t, c.from(), m.startToken()) && cue.kind() == Cue.Kind.NOUN;
                    firstViolentSeen = true;
                }
                violent.demonstrative |= m.startToken() > c.from() && DEMONSTRATIVES.contains(t.get(m.startToken() - 1).lower());
            } else if (cue.kind() != Cue.Kind.WEAK) {
                Frame f = byType.get(cue.type());
                if (f == null) {
                    Frame g = new Frame(c, cue, m.start(), m.end(), m.startToken());
                    // "the visit was for the SCO meeting only": more about a visit already reported
                    g.anaphoric = cue.kind() == Cue.Kind.NOUN && isArticleDefinite(t, c.from(), m.startToken());
                    byType.put(cue.type(), g);
                } else if (cue.rank() > f.rank) {
                    // the more specific cue sets the mode; the arguments stay around the first one
                    Frame g = new Frame(c, cue, m.start(), m.end(), m.startToken());
                    g.argStart = f.argStart;
                    g.argEnd = f.argEnd;
                    g.argToken = f.argToken;
                    byType.put(cue.type(), g);
                }
            }
        }
        List<Frame> out = new ArrayList<>();
        // a bare "killed" needs a toll (of victims or of militants: a raid's toll is militants) or people as its
        // subject; whether it is violence at all is judged once the event is whole (EventExtractor)
        if (violent != null && (strongViolence || !tolls.isEmpty() || hasVictimNoun(t, c, violent)
                || attackerActs(t, c, matches))) {
            out.add(violent);
        }
        out.addAll(byType.values());
        for (Frame f : out) {
            fill(doc, f, tolls, sentenceFrom, sentenceTo);
            if (!f.isViolent() && isSetting(t, c, f.cueToken)) {
                // "held talks with the protesters at the sit-in on Monday": the day and the subject are the talks'
                f.anaphoric = true;
                f.date = Optional.empty();
                f.doer = Optional.empty();
                f.target = Optional.empty();
            }
        }
        if (violent != null) {
            // "the sit-in with the coffins of the miners killed in Machh": the place said with the killing is the
            // killing's, not the sit-in's
            Frame v = violent;
            for (Frame f : byType.values()) {
                f.places.removeIf(p -> doc.firstTokenAtOrAfter(p.start()) > v.cueToken && nearCue(doc, v, p)
                        && (v.cueToken > f.cueToken || !nearCue(doc, f, p)));
            }
            // "have agreed to return their envoys, easing a crisis set off by strikes on January 16": a day said after
            // the violence and nearer to it is the violence's, not the statement's
            for (Frame f : byType.values()) {
                if (f.date.isPresent() && f.cueToken < v.cueToken) {
                    int d = doc.firstTokenAtOrAfter(f.date.get().start());
                    if (d > v.cueToken && d - v.cueToken < v.cueToken - f.cueToken) {
                        f.date = Optional.empty();
                    }
                }
            }
            // "the minister will visit Islamabad next week, easing a crisis set off by strikes last week": the place
            // a visit goes to, named before the violence and not with it, is the visit's
            for (Frame f : byType.values()) {
                if (f.type == EventType.CONSULT && f.cueToken < v.cueToken) {
                    v.places.removeIf(p -> doc.firstTokenAtOrAfter(p.start()) < v.cueToken && nearCue(doc, f, p)
                            && !nearCue(doc, v, p));
                }
            }
        }
        for (Frame f : separate) {
            fill(doc, f, List.of(), sentenceFrom, sentenceTo);
            f.date = f.ownDate;
            f.places.removeIf(p -> !nearCue(doc, f, p)); // its place is said with it ("massacre ... near Pahalgam")
            if (violent != null) {
                violent.places.removeAll(f.places);
            }
            out.add(f);
        }
        out.sort((a, b) -> Integer.compare(a.cueStart, b.cueStart));
        return out;
    }

    private static Cue best(List<Cue> cues) {
        Cue b = cues.get(0);
        for (Cue c : cues) {
            if (c.rank() > b.rank()) {
                b = c;
            }
        }
        return b;
    }

    /** "Gunmen ... broke into the air base": a weak verb whose subject is an attacker ("gunmen", "militants"). */
    private boolean attackerActs(List<Token> t, Clause c, List<PhraseMatcher.Match<Cue>> matches) {
        for (PhraseMatcher.Match<Cue> m : matches) {
            Cue cue = best(m.values());
            if (!cue.type().isViolent() || cue.kind() != Cue.Kind.WEAK || lex.isAttackerNoun(t.get(m.startToken()).lower())) {
                continue;
            }
            for (int k = c.from(); k < m.startToken(); k++) {
                if (lex.isAttackerNoun(t.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only a possessive or up to three words of description or name between a date and the noun after it. */
    private static boolean attributive(List<Token> t, int afterDate, int cue) {
        if (afterDate > cue || cue - afterDate > 3) {
            return false;
        }
        for (int k = afterDate; k < cue; k++) {
            String w = t.get(k).text();
            boolean possessive = w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
            // "the 2013 Alamdar Road bombings": a name may stand between too
            if (!possessive && !(t.get(k).isWord() && !ATTRIBUTIVE_STOPS.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /** Words that end a date's phrase rather than describe the noun after it: "on Monday when attacks ...". */
    private static final Set<String> ATTRIBUTIVE_STOPS = Set.of("and", "or", "when", "as", "after", "before", "that",
            "the", "a", "an", "in", "on", "at", "of", "to", "by", "for", "with", "was", "were", "is", "are", "had", "has");

    /** Whether a cue reports an event here, rather than a purpose, a habit, a statistic or a generic mention. */
    private boolean reports(List<Token> t, Clause c, PhraseMatcher.Match<Cue> m, Cue cue, List<Casualty> tolls,
                            AnnotatedDocument doc) {
        int i = m.startToken();
        int p = i - 1;
        while (p >= c.from() && QUOTES.contains(t.get(p).text())) {
            p--; // "to 'ask them'": the word before the quote
        }
        String prev = p >= c.from() ? t.get(p).lower() : "";
        String prev2 = p > c.from() ? t.get(p - 1).lower() : "";
        if (GENERIC.contains(prev) || GENERIC.contains(prev2) && cue.kind() == Cue.Kind.NOUN && isAdjective(t.get(i - 1))) {
            return false;
        }
        if (!cue.type().isViolent() && i >= c.from() + 2 && t.get(i - 1).lower().equals("had")
                && PLUPERFECT_LEADS.contains(t.get(i - 2).lower())) {
            return false; // "transporters, who had staged a sit-in last year": background in passing
        }
        if ((cue.type() == EventType.PROTEST || cue.type() == EventType.CONSULT) && hasStrongViolence(t, c)) {
            return false; // "guarding a protest", "a corner meeting" where a bomb went off: the setting of an attack
        }
        if (cue.type() == EventType.PROTEST) {
            return true;
        }
        if (cue.type() == EventType.REQUEST) {
            // "to ask them to ensure": a purpose, not a demand; "when asked": a reporter's question
            if (prev.equals("to") || prev.equals("when") || prev.equals("if") || prev.equals("'s") || prev.equals("\u2019s")
                    || DETERMINERS.contains(prev) // "a request for comment" is a noun, not a demand
                    || i + 1 < c.to() && t.get(i + 1).lower().equals("about")) {
                return false;
            }
            return hasPoliticalActorNear(doc, t, c, i);
        }
        if (cue.type() == EventType.ACCUSE) {
            // a rebuke is addressed to someone: "warned Pakistan", "accused India of"; between states and
            // governments only: blaming a group for an attack is the attack's attribution, not an accusation
            Optional<ActorMention> addressee = politicalActorAt(doc, t, m.endToken(), Math.min(c.to(), m.endToken() + 3));
            return addressee.isPresent() && !"armed_group".equals(addressee.get().kind())
                    && hasPoliticalActorNear(doc, t, c, i);
        }
        if (cue.type() == EventType.CONSULT || cue.type() == EventType.AGREE || cue.type() == EventType.THREATEN
                || cue.type() == EventType.REJECT) {
            return hasPoliticalActorNear(doc, t, c, i) || cue.mode().equals("visit") && cue.rank() >= 2
                    || cue.type() == EventType.CONSULT && hasOfficialsNear(doc, t, c);
        }
        if (cue.type().isViolent() && isBarePlural(t, c, m, cue)) {
            return false; // "chanting slogans against target killings": a kind of violence, not an event
        }
        if (cue.type().isViolent()) {
            // "a 50% increase in terrorist attacks", "a wave of bombings": statistics, not events
            if (isStatistic(t, c, i, cue.kind() == Cue.Kind.NOUN && m.values().get(0).phrase().endsWith("s"))) {
                return false;
            }
            // "have been carrying out raids": an ongoing practice
            for (int k = i - 1; k >= Math.max(c.from() + 1, i - 3); k--) {
                if (t.get(k).lower().endsWith("ing") && t.get(k - 1).lower().equals("been")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A protest named as the setting of an attack ("police guarding a protest") is not an event of its own. */
    private boolean hasStrongViolence(List<Token> t, Clause c) {
        for (PhraseMatcher.Match<Cue> m : lex.cues().find(t, c.from(), c.to())) {
            Cue cue = best(m.values());
            if ((cue.type() == EventType.ASSAULT || cue.type() == EventType.FIGHT) && cue.kind() != Cue.Kind.WEAK && cue.rank() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean sinceADay(AnnotatedDocument doc, List<Token> t, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.get(k).lower().equals("since")) {
                for (DateMention d : doc.datesIn(t.get(k + 1).start(), t.get(to - 1).end())) {
                    return d.start() == t.get(k + 1).start() && d.date().day() > 0;
                }
                return false;
            }
        }
        return false;
    }

    private boolean isHabitual(AnnotatedDocument doc, List<Token> t, Clause c) {
        for (int k = c.from(); k < c.to(); k++) {
            String w = t.get(k).lower();
            if (lex.is("habitual", w)) {
                return true;
            }
            // "has killed thousands ... since 2007", but not "have killed 12 militants since Friday"
            if ((w.equals("has") || w.equals("have")) && k + 1 < c.to() && lex.isCasualtyVerb(t.get(k + 1).lower())
                    && contains(t, k, c.to(), "since") && !sinceADay(doc, t, k, c.to())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plural noun with no article, number or possessive before it and no date in its clause names a kind of
     * violence ("slogans against target killings", "attacks on minorities"), not an event.
     */
    private static boolean isBarePlural(List<Token> t, Clause c, PhraseMatcher.Match<Cue> m, Cue cue) {
        if (cue.kind() != Cue.Kind.NOUN || !cue.phrase().endsWith("s") || cue.phrase().endsWith("ss")) {
            return false;
        }
        for (int k = m.startToken() - 1; k >= Math.max(c.from(), m.startToken() - 3); k--) {
            String w = t.get(k).lower();
            if (BARE_LEADS.contains(w)) {
                return true;
            }
            // over modifiers ("target killings", "suicide attacks"), but not an article, a number or a name
            if (!t.get(k).isWord() || t.get(k).isCapitalized() || DETERMINERS.contains(w) || w.equals("twin")) {
                return false;
            }
        }
        return false;
    }

    /** "The first blast", "the second bomb", "The first, planted on a motorcycle, hit ...": which of several events. */
    private static int ordinal(List<Token> t, Clause c, int cue) {
        for (int k = Math.max(c.from(), cue - 8); k < cue; k++) {
            int n = ORDINALS.indexOf(t.get(k).lower()) + 1;
            if (n > 0 && k > c.from() && t.get(k - 1).lower().equals("the")) {
                return n;
            }
        }
        return 0;
    }

    /** "at the sit-in", "during the talks": an event named as the setting of another, not reported itself. */
    private static boolean isSetting(List<Token> t, Clause c, int cue) {
        return cue >= c.from() + 2 && t.get(cue - 1).lower().equals("the") && SETTING_PREPOSITIONS.contains(t.get(cue - 2).lower());
    }

    /** "for the third day", "for a fifth consecutive day": which day of a running event the clause reports. */
    private static int dayOfRun(List<Token> t, Clause c) {
        for (int k = c.from(); k + 3 < c.to(); k++) {
            if (!t.get(k).lower().equals("for") || !(t.get(k + 1).lower().equals("the") || t.get(k + 1).lower().equals("a"))) {
                continue;
            }
            int n = RUN_ORDINALS.indexOf(t.get(k + 2).lower()) + 1;
            int unit = k + 3;
            if (unit + 1 < c.to() && RUN_QUALIFIERS.contains(t.get(unit).lower())) {
                unit++;
            }
            if (n > 1 && t.get(unit).lower().equals("day")) {
                return n;
            }
        }
        return 1;
    }

    /** A date said with the noun itself: "last month's massacre", "Tuesday's attack". */
    private static Optional<DateMention> ownDate(AnnotatedDocument doc, List<Token> t, Clause c, int cue) {
        if (cue < c.from() + 2 || !(t.get(cue - 1).lower().equals("'s") || t.get(cue - 1).lower().equals("\u2019s"))) {
            return Optional.empty();
        }
        List<DateMention> before = doc.datesIn(t.get(c.from()).start(), t.get(cue - 1).start());
        return before.isEmpty() || before.get(before.size() - 1).end() != t.get(cue - 1).start() ? Optional.empty()
                : Optional.of(before.get(before.size() - 1));
    }

    /**
     * "a 50% increase in terrorist attacks", "attacks rose by 30 percent", "558 people killed in 482 attacks, 52 per
     * cent of the deaths": a count of many events. A plural noun with a trend word before it is one; so is any
     * mention in a clause that gives a percentage.
     */
    private boolean isStatistic(List<Token> t, Clause c, int i, boolean plural) {
        // "after four days of missile, drone and artillery exchanges", "years of fighting": a span, not one event
        for (int k = Math.max(c.from() + 1, i - 6); k < i; k++) {
            if (t.get(k).lower().equals("of") && SPAN_UNITS.contains(t.get(k - 1).lower())) {
                return true;
            }
        }
        for (int k = Math.max(c.from(), i - 4); k < i && plural; k++) {
            if (lex.is("statistic", t.get(k).lower())) {
                return true;
            }
        }
        for (int k = c.from(); k < c.to(); k++) {
            String w = t.get(k).lower();
            if (w.equals("%") || w.equals("percent") || w.equals("per") && k + 1 < c.to() && t.get(k + 1).lower().equals("cent")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPAN_UNITS = Set.of("days", "weeks", "months", "years", "decades", "nights");

    private static boolean isAdjective(Token t) {
        return t.isWord() && !t.isCapitalized();
    }

    private boolean hasPoliticalActorNear(AnnotatedDocument doc, List<Token> t, Clause c, int i) {
        int from = t.get(c.from()).start();
        int to = t.get(c.to() - 1).end();
        for (ActorMention a : doc.actorsIn(from, to)) {
            if (roles.isPolitical(a)) {
                return true;
            }
        }
        if (!doc.placesIn(from, to).isEmpty()) {
            return true;
        }
        return false;
    }

    /** "Officials in both capitals said a committee would meet": unnamed officials can report a meeting. */
    private static boolean hasOfficialsNear(AnnotatedDocument doc, List<Token> t, Clause c) {
        int from = t.get(c.from()).start();
        int to = t.get(c.to() - 1).end();
        for (ActorMention a : doc.actorsIn(from, to)) {
            if ("government".equals(a.kind())) {
                return true;
            }
        }
        return false;
    }

    private Optional<ActorMention> politicalActorAt(AnnotatedDocument doc, List<Token> t, int fromToken, int toToken) {
        if (fromToken >= toToken) {
            return Optional.empty();
        }
        int from = t.get(fromToken).start();
        int to = t.get(toToken - 1).end();
        for (ActorMention a : doc.actorsIn(from, doc.text().length())) {
            if (a.start() > to) {
                break;
            }
            if (roles.isPolitical(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** "the talks", "this week's meeting" no; "the two-day visit" yes: a definite article, not a possessive. */
    private static boolean isArticleDefinite(List<Token> t, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            String w = t.get(k).lower();
            if (w.equals("the") || w.equals("this") || w.equals("that")) {
                return true;
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized() || DEFINITE.contains(w) || w.equals("a") || w.equals("an")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDefinite(List<Token> t, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            String w = t.get(k).lower();
            if (DEFINITE.contains(w)) {
                return true;
            }
            if (w.equals("a") || w.equals("an") || !t.get(k).isWord() && !w.endsWith("s")) {
                return false;
            }
        }
        return false;
    }

    /** "several police officers were killed": a weak verb with people as its subject is still an attack. */
    private boolean hasVictimNoun(List<Token> t, Clause c, Frame f) {
        int k = f.cueToken - 1;
        while (k >= c.from() && (t.get(k).lower().equals("were") || t.get(k).lower().equals("was")
                || t.get(k).lower().equals("been") || t.get(k).lower().equals("have") || t.get(k).lower().equals("had"))) {
            k--;
        }
        if (k >= c.from() && t.get(k).text().equals(",") && k < f.cueToken - 1) {
            // "Malala Yousafzai, the 14-year-old who ..., was shot": the name before the appositive
            int open = k - 1;
            while (open > c.from() && !t.get(open).text().equals(",")) {
                open--;
            }
            k = open > c.from() ? open - 1 : k;
        }
        if (k >= c.from() && isVictim(t.get(k), k < f.cueToken - 1)) {
            return true;
        }
        // "shot a schoolgirl", "shot him": a person as the object of the verb; not "the martyred soldiers"
        if (f.cueToken > c.from() && DETERMINERS.contains(t.get(f.cueToken - 1).lower())) {
            return false;
        }
        for (int j = f.cueToken + 1; j < Math.min(c.to(), f.cueToken + 4) && t.get(j).isWord(); j++) {
            String w = t.get(j).lower();
            if (w.equals("him") || w.equals("her") || w.equals("them")
                    || (lex.isPeopleNoun(w) || lex.isPersonNounSingular(w)) && !lex.isAttackerNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** A people noun, a person, or, before a passive ("was shot"), a name or a personal pronoun. */
    private boolean isVictim(Token token, boolean beforePassive) {
        String w = token.lower();
        if (lex.isAttackerNoun(w)) {
            return false;
        }
        if (lex.isPeopleNoun(w) || lex.isPersonNounSingular(w)) {
            return true;
        }
        return beforePassive && (w.equals("he") || w.equals("she") || w.equals("they")
                || token.isWord() && Character.isUpperCase(token.text().charAt(0)) && !w.equals("it"));
    }

    private void fill(AnnotatedDocument doc, Frame f, List<Casualty> tolls, int sentenceFrom, int sentenceTo) {
        List<Token> t = doc.tokens();
        Clause c = f.clause;
        int from = t.get(c.from()).start();
        int to = t.get(c.to() - 1).end();
        if (f.isViolent()) {
            f.casualties.addAll(tolls);
        }
        f.forceNew = c.link() != Clause.Link.NONE && c.link() != Clause.Link.WHERE
                || hasAnotherMarker(t, c, f);
        // "on the same day", "earlier in the day", "later that day": the day of the event told before
        f.sameDayAsPrevious = containsPhrase(t, c.from(), c.to(), "same", "day") || containsPhrase(t, c.from(), c.to(), "the", "day")
                && (contains(t, c.from(), c.to(), "earlier") || contains(t, c.from(), c.to(), "later"))
                || containsPhrase(t, c.from(), c.to(), "that", "day");
        // "in the days that followed", "weeks later": soon after the event told before, on no day in particular
        f.soonAfterPrevious = containsPhrase(t, c.from(), c.to(), "that", "followed")
                || containsPhrase(t, c.from(), c.to(), "days", "later") || containsPhrase(t, c.from(), c.to(), "weeks", "later")
                || containsPhrase(t, c.from(), c.to(), "following", "days");
        f.ordinal = ordinal(t, c, f.cueToken);
        f.dayOfRun = dayOfRun(t, c);
        f.modality = modality(t, c, f);
        if (f.type == EventType.THREATEN && f.modality == Modality.PLANNED) {
            f.modality = Modality.ASSERTED; // a threat speaks of the future; the threat itself was made
        }
        for (int k = f.cueToken + 1; k < Math.min(c.to(), f.cueToken + 4); k++) {
            if (CONTINUATIONS.contains(t.get(k).lower())) {
                // "talks would continue": more of an event already reported, not a new one
                f.anaphoric = true;
                f.modality = Modality.ASSERTED;
            }
        }
        // dates: the clause's own, not the date a toll was revised ("rose to 58 on Sunday"); statements take the
        // sentence's ("the group said on Thursday")
        boolean statement = f.type.isStatement();
        int dFrom = statement ? t.get(sentenceFrom).start() : from;
        int dTo = statement ? t.get(sentenceTo - 1).end() : to;
        DateMention bestDate = null;
        for (DateMention d : doc.datesIn(dFrom, dTo)) {
            if (isTollReportDate(d, tolls) || !statement && isSpeechDate(t, doc, d)
                    || isReferencePoint(t, doc, d, f.cueToken, f.argToken, sentenceFrom)
                    || f.modality == Modality.ASSERTED && isPlanDate(t, doc, d, f.cueToken)) {
                continue;
            }
            // the most precise date of the clause, then the nearest: "a year ago, on December 16, 2014"
            int byPrecision = bestDate == null ? -1
                    : Integer.compare(bestDate.date().precision().ordinal(), d.date().precision().ordinal());
            if (bestDate == null || byPrecision > 0
                    || byPrecision == 0 && Math.abs(d.start() - f.cueStart) < Math.abs(bestDate.start() - f.cueStart)) {
                bestDate = d;
            }
        }
        // "the November 2008 attacks on Mumbai", "Friday's suicide bombing": a date that qualifies the noun is its own,
        // whatever more precise date the clause gives its main verb
        if (f.cue.kind() == Cue.Kind.NOUN) {
            for (DateMention d : doc.datesIn(from, f.cueStart)) {
                if (attributive(t, doc.firstTokenAtOrAfter(d.end()), f.cueToken)) {
                    bestDate = d;
                }
            }
        }
        // "the coal miners martyred in Machh continued their sit-in on Tuesday": a participle naming an earlier
        // killing inside a sentence about something else; the sentence's date is not the killing's
        if (bestDate != null && f.cue.kind() == Cue.Kind.WEAK && f.cue.phrase().endsWith("ed")
                && isReducedRelative(t, c, f.cueToken)) {
            bestDate = null;
            f.anaphoric = true;
        }
        // "On Monday the embassy called the blast a terrorist attack": a date that opens a statement about an event
        // already reported dates the statement, not the event
        if (bestDate != null && f.anaphoric && f.isViolent() && bestDate.end() <= f.cueStart
                && statementBetween(t, doc.firstTokenAtOrAfter(bestDate.end()), f.cueToken)) {
            bestDate = null;
        }
        f.date = Optional.ofNullable(bestDate);
        // "a day after a car bomb killed 40": the date the link counts from is the one the clause before gives
        // ("in the early hours of Sunday gunmen took them to the mountains, where they were killed": the same night)
        if (c.link() != Clause.Link.NONE) {
            for (DateMention d : doc.datesIn(t.get(sentenceFrom).start(), from)) {
                f.anchorDate = Optional.of(d.date());
            }
        }
        for (PlaceMention p : doc.placesIn(from, to)) {
            // only places as places: not "Pakistan" inside "Tehreek-e-Taliban Pakistan", not "Kabul denied"
            if (p.isLocation() && (!f.anaphoric || !f.isViolent() || nearCue(doc, f, p) || hitsAfter(doc, f, p))
                    && !isOrigin(doc, p)) {
                f.places.add(p);
            }
        }
        Arguments.fill(doc, f, lex, roles);
    }

    /** "Sepoy Bahar Khan, resident of Dera Ghazi Khan district": where a person is from, not where it happened. */
    private boolean isOrigin(AnnotatedDocument doc, PlaceMention p) {
        List<Token> t = doc.tokens();
        int k = doc.firstTokenAtOrAfter(p.start()) - 1;
        while (k >= 0 && (t.get(k).lower().equals("the") || t.get(k).lower().equals("district"))) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        String w = t.get(k).lower();
        String before = t.get(k - 1).lower();
        return (w.equals("of") || w.equals("from") || w.equals("to")) && lex.is("origin", before + " " + w)
                || lex.is("origin", w);
    }

    /**
     * "the attack was revenge for the army's offensive in North Waziristan": a mention that refers back takes only a
     * place said with it ("the attack in Peshawar", "the Peshawar attack").
     */
    /** Verbs that tell where a strike or attack named before them landed: "the strikes ... hit homes in Barmal". */
    private static final Set<String> HIT_VERBS = Set.of("hit", "struck", "targeted", "destroyed", "killed", "wounded",
            "damaged", "landed");

    /** "The strikes, at around 3 a.m., hit homes in Barmal": the event named as subject, then its verb, then the place. */
    private static boolean hitsAfter(AnnotatedDocument doc, Frame f, PlaceMention p) {
        int i = doc.firstTokenAtOrAfter(p.start());
        for (int k = f.cueToken + 1; k < Math.min(i, f.cueToken + 10); k++) {
            if (HIT_VERBS.contains(doc.tokens().get(k).lower())) {
                return i - k <= 12;
            }
        }
        return false;
    }

    private static boolean nearCue(AnnotatedDocument doc, Frame f, PlaceMention p) {
        int i = doc.firstTokenAtOrAfter(p.start());
        if (i >= f.cueToken - 2 && i <= f.cueToken) {
            return true;
        }
        // after the cue, within its own phrase: no verb or "for" between ("the bombing of a mosque ... in Peshawar")
        for (int k = f.cueToken + 1; k < i; k++) {
            String w = doc.tokens().get(k).lower();
            if (PHRASE_BREAKS.contains(w)) {
                return false;
            }
        }
        return i > f.cueToken && i <= f.cueToken + 12;
    }

    private static boolean isReducedRelative(List<Token> t, Clause c, int cue) {
        if (cue <= c.from() || cue + 1 >= c.to()) {
            return false;
        }
        String before = t.get(cue - 1).lower();
        String after = t.get(cue + 1).lower();
        return t.get(cue - 1).isWord() && !AUX.contains(before) && RELATIVE_FOLLOWERS.contains(after);
    }

    private boolean statementBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (lex.is("say", w) || SPEECH_ACTS.contains(w) || w.equals("called") || w.equals("described")
                    || w.equals("termed")) {
                return true;
            }
            // "telephoned Modi on Tuesday and promised action against those behind the weekend raid": another verb
            // had the date; a participle after a determiner ("the suspected attack") is no verb
            if (w.length() > 4 && w.endsWith("ed") && k > from && !DETERMINERS.contains(t.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "the group said on Thursday", "claimed responsibility on Friday": the day of a statement, not of the event. */
    private boolean isSpeechDate(List<Token> t, AnnotatedDocument doc, DateMention d) {
        int i = doc.firstTokenAtOrAfter(d.start());
        int k = i - 1;
        if (k >= 0 && t.get(k).lower().equals("on")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        // "said on Monday"; "accused Pakistan's security services on Saturday of ...": the addressee may stand between
        for (int j = k, n = 0; j >= 0 && n < 6; j--, n++) {
            String x = t.get(j).lower();
            if (lex.is("say", x) || SPEECH_ACTS.contains(x)) {
                return true;
            }
            boolean nounish = t.get(j).isWord() && !x.endsWith("ed") && !x.endsWith("ing") && !x.equals("that")
                    || x.equals("'s") || x.equals("\u2019s");
            if (!nounish) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the first visit since Swaraj attended a conference in December 2015", "the worst fighting since 2021": a
     * date after "since" is then a yardstick, not the day of the event. "killed 100 since Thursday night" is not:
     * there "since" opens the event's own span.
     */
    private boolean isReferencePoint(List<Token> t, AnnotatedDocument doc, DateMention d, int cue, int firstCue, int from) {
        int i = doc.firstTokenAtOrAfter(d.start());
        if (cue > i) {
            // the cue comes after: "in custody since October 29 and was killed in a staged encounter"; but "the
            // heaviest loss since April 3, 2021, when 22 were killed in an ambush" dates the ambush
            for (int k = i; k < cue; k++) {
                if (t.get(k).lower().equals("when")) {
                    return false;
                }
            }
            return i - 1 >= from && t.get(i - 1).lower().equals("since") && !perfectKilling(t, from, i - 1, cue, firstCue, true);
        }
        for (int k = i - 1; k > cue && k >= i - 12 && k >= from; k--) {
            String w = t.get(k).lower();
            if (w.equals("since")) {
                if (k < i - 1 || !perfectKilling(t, from, k, cue, firstCue, true)) {
                    return true; // "in custody since October 29 and was killed in a staged encounter"
                }
                for (int j = Math.max(from, cue - 4); j < k; j++) {
                    if (lex.is("yardstick", t.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Pakistan would release on Friday a pilot captured after his jet was shot down": a date right after a modal
     * verb is the day of what is to come, not of a reported event elsewhere in the clause.
     */
    private static boolean isPlanDate(List<Token> t, AnnotatedDocument doc, DateMention d, int cue) {
        int i = doc.firstTokenAtOrAfter(d.start());
        if (i > 0 && t.get(i - 1).lower().equals("by") && d.date().day() > 0) {
            return true; // "agreed to send the envoys back by Friday": a deadline, not a day something happened
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = t.get(k).lower();
            if (k == cue || !t.get(k).isWord()) {
                return false;
            }
            if (w.equals("would") || w.equals("will") || w.equals("shall")) {
                return cue < k || cue > i;
            }
        }
        return false;
    }

    /**
     * "have killed 12 militants since Friday", "has been meeting TTP leaders since last month": a perfect tense of
     * the event, which "since" measures. With the cue before "since", any participle after "have" will do.
     */
    private boolean perfectKilling(List<Token> t, int from, int since, int cue, int firstCue, boolean anyParticiple) {
        for (int k = from; k < since; k++) {
            String w = t.get(k).lower();
            if (w.equals("have") || w.equals("has") || w.equals("had")) {
                for (int j = k + 1; j <= Math.min(since - 1, k + 2); j++) {
                    String v = t.get(j).lower();
                    if (j == cue || j == firstCue || lex.isCasualtyVerb(v) || lex.isInjuryVerb(v)
                            || anyParticiple && !v.equals("been") && (v.endsWith("ing") || v.endsWith("ed"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isTollReportDate(DateMention d, List<Casualty> tolls) {
        for (Casualty c : tolls) {
            if (c.update() && d.start() >= c.end() && d.start() - c.end() <= 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * "another attack", "It had also claimed twin bombings", "a similar bombing": a second event. Not "two of the
     * attackers were also killed", where "also" adds to the same one.
     */
    private boolean hasAnotherMarker(List<Token> t, Clause c, Frame f) {
        for (int k = Math.max(c.from(), f.cueToken - 6); k < f.cueToken; k++) {
            String w = t.get(k).lower();
            if (lex.is("another", w) && !(w.equals("also") && f.cue.kind() == Cue.Kind.WEAK)) {
                return true;
            }
        }
        return false;
    }

    private Modality modality(List<Token> t, Clause c, Frame f) {
        int i = f.cueToken;
        for (int k = Math.max(c.from(), i - 4); k < i; k++) {
            String w = t.get(k).lower();
            if (lex.is("negated", w) && !(w.equals("no") && k + 1 < i && t.get(k + 1).lower().equals("group"))) {
                if (w.equals("called") && !(k + 1 < t.size() && t.get(k + 1).lower().equals("off"))) {
                    continue;
                }
                return Modality.NEGATED;
            }
        }
        // a modal counts only in the cue's own verb group: "will request ... after officers were killed" leaves the
        // killing asserted
        int groupStart = c.from();
        for (int k = i - 1; k > c.from(); k--) {
            if (BOUNDARIES.contains(t.get(k).lower())) {
                groupStart = k + 1;
                break;
            }
        }
        for (int k = groupStart; k < i; k++) {
            String w = t.get(k).lower();
            if (lex.is("hypothetical", w) && !(w.equals("may") && t.get(k).isCapitalized())) {
                return Modality.HYPOTHETICAL;
            }
            if (lex.is("planned", w)) {
                return Modality.PLANNED;
            }
            // "is to visit", "was to call on"
            if (w.equals("to") && k > c.from() && BE_PAST.contains(t.get(k - 1).lower())) {
                return Modality.PLANNED;
            }
        }
        // "Delegations will be sent", "talks would continue": a noun's verb follows it
        if (f.cue.kind() == Cue.Kind.NOUN) {
            // "the delegation sent to Kabul would meet": the noun's own verb may follow a short modifier
            for (int k = i + 1; k < Math.min(c.to(), i + 10); k++) {
                String w = t.get(k).lower();
                // "talks ... are scheduled for Jan. 15", "the visit is expected next week"
                if (FORWARD_MODALS.contains(w) || w.equals("to") && BE_PAST.contains(t.get(k - 1).lower())
                        || isPresentBe(w) && k + 1 < c.to() && lex.is("planned", t.get(k + 1).lower())) {
                    return Modality.PLANNED;
                }
                if (w.equals(",") || lex.is("say", w) || BE_PAST.contains(w) || w.equals("has") || w.equals("have")
                        || w.equals("had")) {
                    break;
                }
            }
        }
        return Modality.ASSERTED;
    }

    private static boolean isPresentBe(String w) {
        return w.equals("is") || w.equals("are");
    }

    private static boolean contains(List<Token> t, int from, int to, String w) {
        for (int k = from; k < to; k++) {
            if (t.get(k).lower().equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPhrase(List<Token> t, int from, int to, String a, String b) {
        for (int k = from; k + 1 < to; k++) {
            if (t.get(k).lower().equals(a) && t.get(k + 1).lower().equals(b)) {
                return true;
            }
        }
        return false;
    }
}
