package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.actors.ActorMention;
import org.vigil.event.ActorStatus;
import org.vigil.text.Token;

/**
 * Reads claims, blame, suspicion and denials from sentence structure rather than word proximity:
 * "X claimed responsibility" and "responsibility was accepted by X" (claimed); "X has been blamed by authorities",
 * "Y blamed X", "the attackers belonged to X", "Y said X was behind" (blamed); "suspected X militants" (suspected);
 * "X denied any involvement", "X disowned the attack" (denied). "It" and "the group" stand for the last armed group
 * named.
 */
public final class ResponsibilityReader {
    private final Lexicon lex;

    public ResponsibilityReader(Lexicon lex) {
        this.lex = lex;
    }


    /** What may follow "claimed" when it means claiming an attack rather than asserting something. */
    private static final Set<String> CLAIM_OBJECTS = Set.of("responsibility", "credit", "it", "the", "a", "an",
            "twin", "this", "both", "attack", "attacks", "bombing", "bombings", "blast", "killings", "assault");
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "attacks", "bombing", "bombings", "blast",
            "blasts", "killings", "assault", "strike", "strikes", "explosion", "massacre", "ambush");

    public List<Responsibility> read(List<Token> t, int sentence, int from, int to, List<ActorMention> actors,
                                     Optional<ActorMention> lastGroup, Roles roles) {
        List<Responsibility> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<Found> found = new ArrayList<>(1);
            read(t, i, from, to, actors, lastGroup, roles, found);
            for (Found f : found) {
                out.add(make(f.status(), f.subject(), t, sentence, i));
            }
            if (!found.isEmpty() || !t.get(i).lower().equals("no")) {
                continue;
            }
            String next = i + 1 < to ? t.get(i + 1).lower() : "";
            if (next.equals("group") || next.equals("immediate") || next.equals("one")) {
                // "No group has claimed responsibility": skip the claim verb that follows
                i = skipTo(t, i, to, "claimed", "claim");
            }
        }
        return out;
    }

    private void read(List<Token> t, int i, int from, int to, List<ActorMention> actors, Optional<ActorMention> lastGroup,
                      Roles roles, List<Found> found) {
        {
            String w = t.get(i).lower();
            String next = i + 1 < to ? t.get(i + 1).lower() : "";
            String next2 = i + 2 < to ? t.get(i + 2).lower() : "";
            boolean claimVerb = w.equals("claimed") || w.equals("claims") || w.equals("claiming");
            if (claimVerb && (CLAIM_OBJECTS.contains(next) || next.equals("that") && EVENT_NOUNS.contains(next2)
                    || eventNounWithin(t, i + 1, to, 4) || claimedInRelative(t, from, i, to))) {
                subject(t, from, i, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.CLAIMED, s)));
            } else if (w.equals("claimed") && next.equals("by")
                    || w.equals("accepted") && next.equals("by") && mentions(t, from, i, "responsibility")) {
                after(t, i + 2, to, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.CLAIMED, s)));
            } else if ((w.equals("took") || w.equals("accepted") || w.equals("assumed")) && next.equals("responsibility")) {
                subject(t, from, i, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.CLAIMED, s)));
            } else if (w.equals("its") && ownFightersActed(t, i + 1, to)) {
                // "X said one of its suicide bombers had driven ...", "... that its fighters had targeted ..."
                // the group is the one that speaks: "IS-K said through its Amaq news agency that its fighters ..."
                int speech = speechBefore(t, from, i, i);
                subject(t, from, speech, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.CLAIMED, s)));
            } else if (w.equals("nothing") && next.equals("to") && next2.equals("do")
                    || w.equals("no") && (next.equals("role") || next.equals("involvement") || next.equals("hand"))
                    && i > from && (t.get(i - 1).lower().equals("had") || t.get(i - 1).lower().equals("played"))) {
                // "the TTP said it had nothing to do with the bombing"
                subject(t, from, i, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.DENIED, s)));
            } else if (w.equals("had") && i > from && (t.get(i - 1).lower().equals("it") || t.get(i - 1).lower().equals("group"))
                    && !next.equals("had") && lex.is("deed", next) && spokenBefore(t, from, i)) {
                // "a TTP spokesman said the group had shot her": the group owns the deed in its own words
                int speech = speechBefore(t, from, i, i);
                subject(t, from, speech, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.CLAIMED, s)));
            } else if (w.equals("had") && i > from && lex.is("deed", next) && !next.equals("had") && spokenBefore(t, from, i)
                    && groupJustBefore(t, from, i, actors, roles)) {
                // "a police officer said a battalion of the PLGA had laid the trap": the group's deed as others tell it
                // is blame; as its own spokesman tells it, a claim
                int speech = speechBefore(t, from, i, from);
                Optional<Subject> doer = subject(t, speech + 1, i, actors, Optional.empty(), roles);
                Optional<Subject> speaker = subject(t, from, speech, actors, Optional.empty(), roles);
                boolean own = speaker.isPresent() && doer.isPresent()
                        && speaker.get().mention().actor().equals(doer.get().mention().actor());
                doer.ifPresent(s -> found.add(new Found(own ? ActorStatus.CLAIMED : ActorStatus.BLAMED, s)));
            } else if ((w.equals("pointed") || w.equals("points") || w.equals("point")) && (next.equals("to")
                    || next.equals("at") || next.equals("the") && next2.equals("finger"))) {
                // "the first evidence pointed to Jaish-e-Mohammad", "officials pointed the finger at the BLA"
                int k = next.equals("the") ? i + 4 : i + 2;
                after(t, k, to, actors, Optional.empty(), roles).ifPresent(s -> found.add(new Found(ActorStatus.BLAMED, s)));
            } else if (w.equals("carried") && next.equals("out") && (i > from + 1 && t.get(i - 1).lower().equals("had")
                    || i > from && (t.get(i - 1).lower().equals("it") || t.get(i - 1).lower().equals("they")))) {
                // "a spokesman for X told reporters it had carried out the killings"
                subject(t, from, i, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.CLAIMED, s)));
            } else if (w.equals("blamed")) {
                if (next.equals("by") || next.equals("for") || i > from && isBe(t.get(i - 1).lower())) {
                    // "X has been blamed by authorities for a blast"
                    subject(t, from, i, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.BLAMED, s)));
                } else if (next.equals("on")) {
                    after(t, i + 2, to, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.BLAMED, s)));
                } else {
                    after(t, i + 1, to, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.BLAMED, s)));
                }
            } else if ((w.equals("belonged") || w.equals("belonging") || w.equals("belong")) && next.equals("to")
                    && attackersBefore(t, from, i)) {
                // "the attackers belonged to X"; not "targets it said belonged to X", which names the targets
                after(t, i + 2, to, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.BLAMED, s)));
            } else if ((w.equals("was") || w.equals("were")) && next.equals("behind")) {
                subject(t, from, i, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.BLAMED, s)));
            } else if (w.equals("suspicion") && (next.equals("fell") || next.equals("falls") || next.equals("fallen")
                    || next.equals("has") && next2.equals("fallen"))) {
                // "suspicion fell on the Islamic State group's local affiliate"
                after(t, i + 2, to, actors, Optional.empty(), roles).ifPresent(s -> found.add(new Found(ActorStatus.SUSPECTED, s)));
            } else if (w.equals("suspected") && i + 1 < to && !objectOfForce(t, from, i)) {
                after(t, i + 1, Math.min(to, i + 3), actors, Optional.empty(), roles).ifPresent(s -> found.add(new Found(ActorStatus.SUSPECTED, s)));
            } else if ((w.equals("denied") || w.equals("denies") || w.equals("denying"))
                    && (Set.of("any", "involvement", "responsibility", "carrying", "the", "its", "having").contains(next))
                    || w.equals("disowned") || (w.equals("distanced") && next.equals("itself"))) {
                if (w.equals("denied") && next.equals("the") && !next2.equals("claim")) {
                    return;
                }
                subject(t, from, i, actors, lastGroup, roles).ifPresent(s -> found.add(new Found(ActorStatus.DENIED, s)));
            }
        }
    }

    /** "..., an attack the BLA also claimed.": the claimed event is the noun the relative clause hangs on. */
    private static boolean claimedInRelative(List<Token> t, int from, int verb, int to) {
        if (verb + 1 < to && t.get(verb + 1).isWord()) {
            return false;
        }
        for (int k = verb - 2; k >= Math.max(from, verb - 6); k--) {
            if (EVENT_NOUNS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** An armed group named within the few words before token {@code i}: "the PLGA, had laid". */
    private static boolean groupJustBefore(List<Token> t, int from, int i, List<ActorMention> actors, Roles roles) {
        int start = t.get(Math.max(from, i - 8)).start();
        int end = t.get(i).start();
        for (ActorMention a : actors) {
            if (a.start() >= start && a.end() <= end && roles.isArmedGroup(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "security forces killed four suspected IS-K militants", "police arrested two suspected BLA members": the
     * suspects are the ones acted on, not the suspected doers of an attack.
     */
    private boolean objectOfForce(List<Token> t, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - 4); k--) {
            String w = t.get(k).lower();
            if (lex.isCasualtyVerb(w) || lex.isInjuryVerb(w) || lex.is("detain_verb", w)) {
                return true;
            }
            if (!t.get(k).isWord() && !t.get(k).isNumber()) {
                return false;
            }
        }
        return false;
    }

    private static boolean spokenBefore(List<Token> t, int from, int i) {
        return speechBefore(t, from, i, -1) >= 0;
    }

    /** The last verb of saying before token {@code i} in the clause, or {@code none}. */
    private static int speechBefore(List<Token> t, int from, int i, int none) {
        for (int k = i - 1; k >= from; k--) {
            if (SAYS.contains(t.get(k).lower())) {
                return k;
            }
        }
        return none;
    }

    private boolean attackersBefore(List<Token> t, int from, int i) {
        for (int k = i - 1; k >= Math.max(from, i - 6); k--) {
            if (lex.isAttackerNoun(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SAYS = Set.of("said", "says", "told", "announced", "stated", "claimed");

    /** "its fighters had targeted", "one of its suicide bombers had driven": the group says its people did it. */
    private boolean ownFightersActed(List<Token> t, int i, int to) {
        for (int k = i; k < Math.min(to, i + 3); k++) {
            if (lex.is("own_fighters", t.get(k).lower())) {
                for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                    if (lex.is("deed", t.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean eventNounWithin(List<Token> t, int from, int to, int n) {
        for (int k = from; k < Math.min(to, from + n); k++) {
            String w = t.get(k).lower();
            if (EVENT_NOUNS.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals("that") && k == from) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBe(String w) {
        return Set.of("been", "be", "was", "were", "is", "are").contains(w);
    }

    private static boolean mentions(List<Token> t, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (t.get(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static int skipTo(List<Token> t, int i, int to, String a, String b) {
        for (int k = i; k < Math.min(to, i + 8); k++) {
            String w = t.get(k).lower();
            if (w.equals(a) || w.equals(b)) {
                return k;
            }
        }
        return i;
    }

    private static Responsibility make(ActorStatus status, Subject s, List<Token> t, int sentence, int cue) {
        return new Responsibility(status, s.mention, s.name, sentence, cue, Math.min(s.start, t.get(cue).start()),
                Math.max(s.end, t.get(cue).end()));
    }

    private record Found(ActorStatus status, Subject subject) {
    }

    private record Subject(ActorMention mention, String name, int start, int end) {
    }

    /**
     * The armed group that is the subject of the verb at token {@code verb}: the nearest group named before it in the
     * clause; "It"/"the group" for the last group named; the name is the whole subject phrase.
     */
    private Optional<Subject> subject(List<Token> t, int from, int verb, List<ActorMention> actors,
                                      Optional<ActorMention> lastGroup, Roles roles) {
        int clauseStart = from;
        for (int k = verb - 1; k >= from; k--) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals("but") || w.equals("however") || w.equals("while") || w.equals("and")
                    && k + 1 < verb && Character.isUpperCase(t.get(k + 1).text().charAt(0)) && k < verb - 6) {
                clauseStart = k + 1;
                break;
            }
        }
        int verbStart = appositiveStart(t, clauseStart, verb);
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.start() >= t.get(clauseStart).start() && a.end() <= verbStart && roles.isArmedGroup(a)) {
                best = a; // the last one before the verb
            }
        }
        if (best != null) {
            int s = subjectStart(t, clauseStart, best, verb);
            int e = lastTokenBefore(t, verb);
            if (e - s > 10 || best.start() - t.get(s).start() > 60) {
                // a long clause before the verb is not the group's name: name it as the text does
                return Optional.of(new Subject(best, best.text(), best.start(), best.end()));
            }
            return Optional.of(new Subject(best, SourceReader.text(t, s, e), t.get(s).start(), best.end()));
        }
        // pronouns and descriptions that stand for the last group named, in this sentence or before it
        for (int k = verb - 1; k >= Math.max(clauseStart, verb - 4); k--) {
            String w = t.get(k).lower();
            if (w.equals("it") || w.equals("group") || w.equals("outfit") || w.equals("organisation")
                    || w.equals("organization")) {
                Optional<ActorMention> g = lastGroup;
                for (ActorMention a : actors) {
                    if (a.end() <= t.get(clauseStart).start() && roles.isArmedGroup(a)) {
                        g = Optional.of(a);
                    }
                }
                if (g.isPresent()) {
                    return Optional.of(new Subject(g.get(), g.get().text(), t.get(k).start(), t.get(k).end()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the subject's head ends: "Jamaat-ul-Ahrar, a faction that split from the TTP, claimed": an appositive
     * set off by commas just before the verb describes the subject, so a group named inside it is not the subject.
     */
    private static int appositiveStart(List<Token> t, int clauseStart, int verb) {
        int close = lastTokenBefore(t, verb); // the token after the subject phrase: its closing comma, if any
        if (close >= verb || close <= clauseStart + 2 || !t.get(close).text().equals(",")) {
            return t.get(verb).start();
        }
        for (int k = close - 1; k > clauseStart; k--) {
            if (t.get(k).text().equals(",")) {
                String first = t.get(k + 1).lower();
                boolean describes = first.equals("a") || first.equals("an") || first.equals("the") || first.equals("which")
                        || first.equals("who") || first.equals("one");
                return describes ? t.get(k).start() : t.get(verb).start();
            }
        }
        return t.get(verb).start();
    }

    /** The subject phrase starts at the clause start, or after a leading time or attribution phrase. */
    private static int subjectStart(List<Token> t, int clauseStart, ActorMention best, int verb) {
        int s = clauseStart;
        // skip sentence adverbs and a leading "However," or "Hours later,"
        for (int k = clauseStart; k < verb; k++) {
            if (t.get(k).text().equals(",") && t.get(k).start() < best.start() && k - clauseStart <= 3) {
                s = k + 1;
            }
        }
        while (s < verb && (t.get(s).lower().equals("however") || t.get(s).text().equals(","))) {
            s++;
        }
        return s;
    }

    private static int lastTokenBefore(List<Token> t, int verb) {
        int e = verb;
        while (e > 0 && (t.get(e - 1).text().equals(",") || isAux(t.get(e - 1).lower()))) {
            e--;
        }
        return e;
    }

    private static boolean isAux(String w) {
        return Set.of("has", "have", "had", "been", "was", "were", "is", "are", "also", "later", "reportedly",
                "swiftly", "quickly").contains(w);
    }

    /** The first armed group named after token {@code from} (the object of "blamed", the agent after "by"). */
    private Optional<Subject> after(List<Token> t, int from, int to, List<ActorMention> actors,
                                    Optional<ActorMention> lastGroup, Roles roles) {
        if (from >= to) {
            return Optional.empty();
        }
        int start = t.get(from).start();
        int limit = t.get(Math.min(to, from + 12) - 1).end();
        for (ActorMention a : actors) {
            if (a.start() >= start && a.end() <= limit && roles.isArmedGroup(a)) {
                return Optional.of(new Subject(a, a.text(), a.start(), a.end()));
            }
        }
        String w = t.get(from).lower();
        if ((w.equals("it") || w.equals("the")) && lastGroup.isPresent()) {
            return Optional.of(new Subject(lastGroup.get(), lastGroup.get().text(), t.get(from).start(), t.get(from).end()));
        }
        return Optional.empty();
    }
}
