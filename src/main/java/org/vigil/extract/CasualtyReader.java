package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.event.Count;
import org.vigil.event.Qualifier;
import org.vigil.text.NumberReader;
import org.vigil.text.Token;
import org.vigil.time.DateMention;

/**
 * Reads killed and injured figures from a clause: "killing at least 20 people", "Four Pakistani soldiers were
 * killed", "the death toll rose to 58", "with more than 150 wounded", "wounded around 190 people",
 * "Siraj Raisani along with 127 persons embraced martyrdom" (128), "five Chinese nationals and their driver were
 * killed" (6). Figures after "including" or "among" are parts of a toll already counted, not tolls.
 */
public final class CasualtyReader {

    /** Words that may stand between a counted noun and its verb: "were", "have been", "also", "became". */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "have", "has", "had", "been", "being", "are",
            "is", "reportedly", "also", "later", "all", "who", "critically", "seriously", "severely", "badly",
            "fatally", "became", "got");
    private static final Set<String> PARTNERS = Set.of("their", "a", "the", "his", "its");
    private static final Set<String> ABOUT = Set.of("about", "around", "nearly", "almost", "some", "approximately",
            "roughly", "estimated");

    private final Lexicon lex;
    private final NumberReader numbers = new NumberReader();

    public CasualtyReader(Lexicon lex) {
        this.lex = lex;
    }

    public List<Casualty> read(List<Token> t, int from, int to) {
        return read(t, from, to, List.of());
    }

    /**
     * Tolls in tokens [from, to), skipping figures that belong to dates: in "on January 30, 2023, killing two
     * people" the 30 is a day, not a toll.
     */
    public List<Casualty> read(List<Token> t, int from, int to, List<DateMention> dates) {
        List<Casualty> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int[] end = new int[1];
            long v = numbers.readAt(t, i, to, end);
            if (v <= 0) {
                Casualty one = oneVictim(t, from, to, i);
                if (one != null) {
                    out.add(one);
                }
                i++;
                continue;
            }
            if (v == 1 && i > from && t.get(i - 1).lower().equals("no")) {
                i = end[0]; // "no one was hurt"
                continue;
            }
            if (v > 100_000 || isYear(t.get(i), v) || isPartOfWhole(t, i, from) || inDate(t.get(i), dates)) {
                i++;
                continue;
            }
            Casualty c = around(t, from, to, i, end[0], (int) v);
            if (c != null && !isRunningTotal(t, segmentStart(t, from, i), segmentEnd(t, i, to))) {
                // "181 Maoists have been killed in separate encounters so far this year": a tally, not a toll
                out.add(c);
            }
            i = end[0];
        }
        return out;
    }

    /** Words before "a" that make it part of a longer count: "two soldiers and a policeman", "including a child". */
    private static final Set<String> IN_A_COUNT = Set.of("and", "with", "including", "among", "plus", "or", "of");
    /** Subjects of "was killed" that name no one: "No one was hurt", "who was killed", "it was attacked". */
    private static final Set<String> NOBODY = Set.of("one", "nobody", "none", "who", "it", "that", "which", "this",
            "there", "what", "anyone", "everyone");

    /**
     * One person killed or hurt, told without a figure: "a policeman was shot dead", "gunmen killed a lawyer", "Bilal
     * Anwar Kasi, head of the bar association, was killed by two gunmen", "he was wounded".
     */
    private Casualty oneVictim(List<Token> t, int from, int to, int i) {
        String w = t.get(i).lower();
        if ((w.equals("a") || w.equals("an")) && (i == from || !IN_A_COUNT.contains(t.get(i - 1).lower()))) {
            for (int k = i + 1; k < Math.min(to, i + 4) && t.get(k).isWord(); k++) {
                String n = t.get(k).lower();
                if (lex.isPersonNounSingular(n) || lex.isAttackerNoun(n)) {
                    // "a suicide bomber killed the candidate": the subject of an active verb is no victim
                    int after = k + 1;
                    while (after < to && (lex.isPersonNounSingular(t.get(after).lower()) || lex.isAttackerNoun(t.get(after).lower()))) {
                        after++;
                    }
                    if (after < to && (lex.isCasualtyVerb(t.get(after).lower()) || lex.isInjuryVerb(t.get(after).lower()))
                            && !t.get(after).lower().equals("died")) {
                        return null;
                    }
                    return around(t, from, to, i, i + 1, 1);
                }
            }
            return null;
        }
        if (!w.equals("was") || i == from) {
            return null;
        }
        int v = skipAuxiliaries(t, i + 1, to);
        boolean killed = v < to && (killedAt(t, v, to) || lex.isMartyrdom(t, v, to));
        boolean hurt = v < to && lex.isInjuryVerb(t.get(v).lower());
        if (!killed && !hurt) {
            return null;
        }
        int s = i - 1;
        if (t.get(s).text().equals(",")) { // the appositive after a name: "Kasi, head of the bar association,"
            int k = s - 1;
            while (k > from && !t.get(k).text().equals(",") && s - k < 12) {
                k--;
            }
            if (k <= from || !t.get(k).text().equals(",")) {
                return null;
            }
            s = k - 1;
        }
        // "the president of the provincial bar association was shot dead": the head is the office before "of"
        for (int k = s - 1; k > Math.max(from, s - 6); k--) {
            String h = t.get(k).lower();
            boolean possessive = h.equals("'") || h.equals("'s") || h.equals("\u2019") || h.equals("\u2019s");
            if (!t.get(k).isWord() && !possessive || AUXILIARIES.contains(h)) {
                break;
            }
            if (h.equals("of")) {
                if (lex.is("office", t.get(k - 1).lower()) || lex.isPersonNounSingular(t.get(k - 1).lower())) {
                    s = k - 1;
                }
                break;
            }
        }
        Token subject = t.get(s);
        String sw = subject.lower();
        boolean named = subject.isWord() && Character.isUpperCase(subject.text().charAt(0)) && !NOBODY.contains(sw);
        boolean person = sw.equals("he") || sw.equals("she") || lex.isPersonNounSingular(sw) || lex.is("office", sw);
        if (!named && !person) {
            return null;
        }
        boolean byForces = killedByForces(t, v, to);
        return new Casualty(hurt && !killed, new Count(1, Qualifier.EXACT), byForces, byForces, false,
                subject.start(), t.get(v).end());
    }

    private boolean isRunningTotal(List<Token> t, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            String pair = t.get(k).lower() + " " + t.get(k + 1).lower();
            if (lex.is("running_total", pair)) {
                return true;
            }
            // "killed in the district this year to 64", "have died in attacks this year": a count over a period;
            // but "the deadliest attack this year" only ranks the one attack
            if (lex.is("period", pair) && !rankedBefore(t, from, k)) {
                return true;
            }
        }
        return false;
    }

    /** The comma-delimited stretch a count stands in: a tally told after a comma does not void the toll before it. */
    private static int segmentStart(List<Token> t, int from, int i) {
        int k = i;
        while (k > from && !t.get(k - 1).text().equals(",")) {
            k--;
        }
        return k;
    }

    private static int segmentEnd(List<Token> t, int i, int to) {
        int k = i;
        while (k < to && !t.get(k).text().equals(",")) {
            k++;
        }
        return k;
    }

    private boolean rankedBefore(List<Token> t, int from, int k) {
        for (int j = k - 1; j >= Math.max(from, k - 6); j--) {
            if (lex.is("yardstick", t.get(j).lower()) || t.get(j).lower().endsWith("est")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inDate(Token token, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (token.start() >= d.start() && token.end() <= d.end()) {
                return true;
            }
        }
        return false;
    }

    private Casualty around(List<Token> t, int from, int to, int numStart, int numEnd, int value) {
        Qualifier q = qualifierBefore(t, numStart, from);
        int qStart = q == Qualifier.EXACT ? numStart : qualifierStart(t, numStart, from);

        // the noun after the figure: "20 people", "16 soldiers", "12 of them", "127 persons"
        int j = numEnd;
        int nounEnd = j;
        boolean attackers = false;
        boolean militants = false;
        boolean people = false;
        for (int k = j; k < Math.min(to, j + 4); k++) {
            String w = t.get(k).lower();
            if (lex.isAttackerNoun(w)) {
                militants = true;
                attackers = true;
                people = true;
                nounEnd = k + 1;
                break;
            }
            if (lex.isPeopleNoun(w) || value == 1 && lex.isPersonNounSingular(w)) {
                people = true;
                nounEnd = k + 1;
                // "a civilian driver", "two police officers": the last of the nouns heads the phrase
                while (nounEnd < to && !t.get(nounEnd).lower().equals("dead") && (lex.isPeopleNoun(t.get(nounEnd).lower())
                        || value == 1 && lex.isPersonNounSingular(t.get(nounEnd).lower()))) {
                    nounEnd++;
                }
                break;
            }
            if (w.equals("of") && k + 1 < to && t.get(k + 1).lower().equals("them")) {
                // "12 of them": whoever "them" is, usually the attackers just named
                attackers = refersToAttackers(t, from, numStart);
                militants = attackers;
                people = true;
                nounEnd = k + 2;
                break;
            }
            if (!t.get(k).isWord() || lex.isCasualtyVerb(w) || lex.isInjuryVerb(w) || AUXILIARIES.contains(w)) {
                break;
            }
            // a plural noun the lists do not know, right before its verb: "Two Sikh shopkeepers were shot dead"
            int afterNoun = skipParenthesis(t, k + 1, to); // "Six Maoists, including two women, were killed"
            if ((isPlural(w) || value == 1) && afterNoun < to && (AUXILIARIES.contains(t.get(afterNoun).lower())
                    || killedAt(t, afterNoun, to) || lex.isInjuryVerb(t.get(afterNoun).lower()))) {
                people = true;
                nounEnd = k + 1;
                break;
            }
        }
        // "... and their driver" / "and 3 others": sum of parts before the verb
        int sum = value;
        int after = nounEnd;
        if (people && after + 1 < to && t.get(after).lower().equals("and")) {
            int[] e2 = new int[1];
            long v2 = numbers.readAt(t, after + 1, to, e2);
            if (v2 > 0 && e2[0] < to && lex.isPeopleNoun(t.get(e2[0]).lower())) {
                sum += (int) v2;
                after = e2[0] + 1;
            } else if (PARTNERS.contains(t.get(after + 1).lower())) {
                // "and their driver", "and their Pakistani driver"
                for (int k = after + 2; k < Math.min(to, after + 5); k++) {
                    if (lex.isPersonNounSingular(t.get(k).lower())) {
                        sum += 1;
                        after = k + 1;
                        while (after < to && lex.isPersonNounSingular(t.get(after).lower())) {
                            after++; // "their civilian driver": one person, named by two nouns
                        }
                        break;
                    }
                    if (!t.get(k).isWord()) {
                        break;
                    }
                }
            }
        }
        if (people && after < to) {
            String m = t.get(after).lower();
            if (m.endsWith("ing") && !m.equals("including")) {
                // "a policeman escorting him were shot dead": a participle phrase; only an auxiliary ends it, as
                // "soldiers guarding the school killed three" is the soldiers' own act
                after = pastModifier(t, after, to, 5, false);
            } else if (m.equals("of") && !t.get(after - 1).lower().equals("them")) {
                // "seven members of the security forces were killed": the noun's "of" phrase
                after = pastModifier(t, after, to, 6, true);
            }
        }
        // the verb after: "were killed", "died", "embraced martyrdom", "wounded"; a parenthesis between noun and
        // verb (", most of them children,") is skipped
        int v = skipAuxiliaries(t, skipParenthesis(t, people ? after : numEnd, to), to);
        if (v < to) {
            String w = t.get(v).lower();
            // "left at least three people dead": the adjective after the counted people
            boolean killed = killedAt(t, v, to) || lex.isMartyrdom(t, v, to) || people && w.equals("dead") && v == after;
            boolean hurt = lex.isInjuryVerb(w);
            if ((killed || hurt) && !(v > 0 && t.get(v - 1).lower().equals("had") && !people)) {
                // "One was shot dead by police", "all four were killed by troops": killed by the forces, so attackers
                boolean byForces = killedByForces(t, v, to);
                attackers |= byForces;
                militants |= byForces;
                int addOne = alongWith(t, from, numStart);
                int start = addOne > 0 ? alongWithStart(t, from, numStart) : qStart;
                if (addOne == 0 && killed && !hurt && otherAfter(t, numEnd, to)) {
                    addOne = 1; // "Balach and three other men were killed", "20 other people were killed"
                }
                return new Casualty(hurt, new Count(sum + addOne, q), attackers, militants, false,
                        t.get(start).start(), t.get(v).end());
            }
        }
        // the verb before: "killing 43 people", "injuring more than 80", "killed 16 soldiers", "wounded around 190"
        int b = qStart - 1;
        if (b >= from) {
            String w = t.get(b).lower();
            if (w.equals("left") && people && t.get(nounEnd - 1).lower().equals("dead")) {
                // "the blast left 12 dead"
                return new Casualty(false, new Count(sum, q), attackers, militants, false, t.get(b).start(),
                        t.get(nounEnd - 1).end());
            }
            if ((lex.isCasualtyVerb(w) || lex.isInjuryVerb(w)) && (people || !continuesAsObject(t, numEnd, to))) {
                boolean hurt = lex.isInjuryVerb(w);
                return new Casualty(hurt, new Count(sum, q), attackers, militants, false, t.get(b).start(),
                        t.get(Math.max(nounEnd, numEnd) - 1).end());
            }
            // "killed party leader Haroon Bilour and at least 19 others": the verb before a named victim; "others"
            // adds the one named
            if (w.equals("and") && people) {
                for (int k = b - 1; k >= Math.max(from, b - 8); k--) {
                    String x = t.get(k).lower();
                    if (lex.isCasualtyVerb(x) || lex.isInjuryVerb(x)) {
                        boolean hurt = lex.isInjuryVerb(x);
                        int named = otherAfter(t, numEnd, to) ? 1 : 0;
                        return new Casualty(hurt, new Count(sum + named, q), attackers, militants, false, t.get(k).start(),
                                t.get(Math.max(nounEnd, numEnd) - 1).end());
                    }
                    if (!t.get(k).isWord()) {
                        break;
                    }
                }
            }
            // "with more than 150 wounded" handled above by the verb-after rule; "death toll rose to 58"
            if (w.equals("to") || w.equals("at") || lex.isTollVerb(w)) { // "rose to 58", "put the toll at 84"
                int tollAt = tollPhraseBefore(t, from, b);
                if (tollAt >= 0) {
                    boolean hurt = lex.isInjuryPhrase(t, tollAt, b);
                    // "put the dead at 57" states a figure; only a toll that "rose to" or "reached" revises one
                    boolean revision = !BARE_TOLL_NOUNS.contains(t.get(tollAt).lower());
                    return new Casualty(hurt, new Count(sum, q), attackers, militants, revision, t.get(tollAt).start(),
                            t.get(numEnd - 1).end());
                }
            }
            // "the death of over 100 people"
            if (w.equals("of") && b - 1 >= from && lex.isDeathNoun(t.get(b - 1).lower()) && people) {
                return new Casualty(false, new Count(sum, q), attackers, militants, false, t.get(b - 1).start(),
                        t.get(nounEnd - 1).end());
            }
        }
        return null;
    }

    /** "rose to", "reached", "climbed to" after "toll", "death toll", "number of ... killed", "martyrs". */
    private int tollPhraseBefore(List<Token> t, int from, int b) {
        for (int k = b; k >= from; k--) {
            String w = t.get(k).lower();
            if (w.equals("toll") || w.equals("martyrs") || w.equals("number") || w.equals("tally")) {
                return k > from && t.get(k - 1).lower().equals("death") ? k - 1 : k;
            }
            if ((w.equals("dead") || w.equals("wounded") || w.equals("injured")) && k > from
                    && t.get(k - 1).lower().equals("the") && k >= b - 1) {
                return k; // "officials had put the dead at 57 and the wounded at 194"
            }
        }
        return -1;
    }


    /** "killed", "died", and two-word forms: "shot dead", "gunned down", "stabbed to death", "lost their lives". */
    private boolean killedAt(List<Token> t, int v, int to) {
        String w = t.get(v).lower();
        if (lex.isCasualtyVerb(w)) {
            return true;
        }
        return lex.is("killing_verb", w) && v + 1 < to && lex.is("killing_end", t.get(v + 1).lower())
                || w.equals("beheaded") || w.equals("hanged");
    }

    private static boolean isPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") && !w.equals("was")
                && !w.equals("has") && !w.equals("this") && !w.equals("its");
    }

    /**
     * The verb group after a modifier that stands between counted people and their verb: the first auxiliary (or,
     * with {@code verbEnds}, killing or injury verb) within {@code span} words; {@code after} itself if none.
     */
    private int pastModifier(List<Token> t, int after, int to, int span, boolean verbEnds) {
        for (int k = after + 1; k < Math.min(to, after + span); k++) {
            if (AUXILIARIES.contains(t.get(k).lower())
                    || verbEnds && (killedAt(t, k, to) || lex.isInjuryVerb(t.get(k).lower()))) {
                return k;
            }
            if (!t.get(k).isWord()) {
                break;
            }
        }
        return after;
    }

    /** Skips asides between a count and its verb: "22 people, 12 of its staff and 10 patients, among them three children,". */
    private static int skipParenthesis(List<Token> t, int k, int to) {
        for (int n = 0; n < 3 && k < to && (t.get(k).text().equals(",") || n > 0); n++) {
            int open = t.get(k).text().equals(",") ? k : k - 1; // a second aside shares the first one's closing comma
            int close = -1;
            for (int j = open + 1; j < Math.min(to, open + 10); j++) {
                if (t.get(j).text().equals(",")) {
                    close = j;
                    break;
                }
                if (n > 0 && AUXILIARIES.contains(t.get(j).lower())) {
                    break; // the verb itself, not another aside
                }
            }
            if (close < 0) {
                break;
            }
            k = close + 1;
        }
        return k;
    }

    private int skipAuxiliaries(List<Token> t, int k, int to) {
        while (k < to && AUXILIARIES.contains(t.get(k).lower())) {
            k++;
        }
        return k;
    }

    private boolean killedByForces(List<Token> t, int verb, int to) {
        for (int k = verb + 1; k < Math.min(to, verb + 4); k++) {
            if (t.get(k).lower().equals("by")) {
                for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                    if (lex.is("force", t.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "Siraj Raisani along with 127 persons": the named person is one more. */
    private static final java.util.Set<String> BARE_TOLL_NOUNS = java.util.Set.of("dead", "wounded", "injured");

    private static boolean otherAfter(List<Token> t, int numEnd, int to) {
        return numEnd < to && (t.get(numEnd).lower().equals("other") || t.get(numEnd).lower().equals("others"));
    }

    private static int alongWith(List<Token> t, int from, int numStart) {
        return alongWithStart(t, from, numStart) >= 0 ? 1 : 0;
    }

    private static int alongWithStart(List<Token> t, int from, int numStart) {
        if (numStart - 2 >= from && t.get(numStart - 1).lower().equals("with") && t.get(numStart - 2).lower().equals("along")
                && numStart - 3 >= from && t.get(numStart - 3).isCapitalized()) {
            int k = numStart - 3;
            while (k - 1 >= from && t.get(k - 1).isCapitalized()) {
                k--;
            }
            return k;
        }
        return -1;
    }

    /** A figure that names a part of a toll already given: "including 16 women", "among them two soldiers". */
    private static boolean isPartOfWhole(List<Token> t, int i, int from) {
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            String w = t.get(k).lower();
            if (w.equals("including") || w.equals("among") || w.equals("includes") || w.equals("included")) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean refersToAttackers(List<Token> t, int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            String w = t.get(k).lower();
            if (w.equals("attackers") || w.equals("militants") || w.equals("assailants") || w.equals("terrorists")
                    || w.equals("gunmen") || w.equals("fighters") || w.equals("insurgents")) {
                return true;
            }
        }
        return false;
    }

    /** "wounding 11 passers-by" counts people; "damaging 11 vehicles" or "over 2 km" does not. */
    private boolean continuesAsObject(List<Token> t, int numEnd, int to) {
        return numEnd < to && lex.is("not_people", t.get(numEnd).lower());
    }

    private Qualifier qualifierBefore(List<Token> t, int i, int from) {
        String w1 = i - 1 >= from ? t.get(i - 1).lower() : "";
        String w2 = i - 2 >= from ? t.get(i - 2).lower() : "";
        if (w1.equals("least") && w2.equals("at")) {
            return Qualifier.AT_LEAST;
        }
        if ((w1.equals("than") && w2.equals("more")) || w1.equals("over") || (w1.equals("than") && w2.equals("greater"))) {
            return Qualifier.OVER;
        }
        if (ABOUT.contains(w1)) {
            return Qualifier.ABOUT;
        }
        if ((w1.equals("to") && w2.equals("up")) || (w1.equals("as") && w2.equals("many"))) {
            return Qualifier.UP_TO;
        }
        return Qualifier.EXACT;
    }

    private static int qualifierStart(List<Token> t, int i, int from) {
        String w1 = i - 1 >= from ? t.get(i - 1).lower() : "";
        if (w1.equals("least") || w1.equals("than") || (w1.equals("to") && i - 2 >= from && t.get(i - 2).lower().equals("up"))
                || (w1.equals("many") && i - 2 >= from)) {
            return Math.max(from, i - 2);
        }
        return Math.max(from, i - 1);
    }

    private static boolean isYear(Token t, long v) {
        return v >= 1900 && v <= 2100 && t.text().length() == 4;
    }
}
