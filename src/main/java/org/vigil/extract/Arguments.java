package org.vigil.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.actors.ActorMention;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.text.Token;

/**
 * Finds who did what to whom around a cue: the subject before an active verb, the agent after a passive one
 * ("were mediated by Kabul", "will be sent ... by Faisal Karim Kundi"), "talks between X and Y", the object
 * after the verb ("warned Pakistan", "attacked two military posts"), a mediator ("with X acting as mediator").
 */
final class Arguments {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> ADVERBS = Set.of("also", "later", "all", "both", "then", "still", "reportedly",
            "allegedly", "subsequently", "too");
    private static final Set<String> CLAUSE_WORDS = Set.of("when", "as", "after", "before", "while", ",", "and",
            "who", "which", "that");
    private static final Set<String> OBJECT_VERBS = Set.of("killed", "killing", "arrested", "against", "targeting",
            "targeted", "attacked", "attacking", "loss", "losses", "casualties"); // "the heaviest loss for the security forces"
    private static final Set<String> TARGET_STOPS = Set.of("a", "an", "the", "on", "at", "inside", "outside", "among",
            "in", "near", "what", "of", "into", "by", "to", "from", "with", "exploded", "killing", "wounding", "and");
    private static final Set<String> MODALS = Set.of("would", "will", "shall", "could", "to", "is", "are", "was",
            "were", "had", "has", "have", "again", "also");
    private static final Set<String> NP_BREAKS = Set.of("that", "said", "says", "and", "but", "which", "who", "when",
            "after", "before", ",");
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("from", "on", "against", "at", "targeting");
    private static final Set<String> PRONOUNS = Set.of("It", "it", "They", "they", "He", "he", "She", "she");

    private Arguments() {
    }

    static void fill(AnnotatedDocument doc, Frame f, Lexicon lex, Roles roles) {
        List<Token> t = doc.tokens();
        Clause c = f.clause;
        int clauseStart = t.get(c.from()).start();
        int clauseEnd = t.get(c.to() - 1).end();
        boolean passive = isPassive(t, c.from(), f.argToken);
        var sentence = doc.sentences().get(f.sentence());
        List<ActorMention> actors = doc.actorsIn(sentence.start(), sentence.end());

        // "talks between Islamabad and the banned TTP"
        int between = indexOf(t, f.argToken, Math.min(c.to(), f.argToken + 4), "between");
        if (between >= 0 && !f.isViolent()) {
            ActorMention x = firstActor(actors, t.get(between).end(), clauseEnd, roles, false);
            if (x != null) {
                f.doer = Optional.of(x);
                ActorMention y = firstActor(actors, x.end(), clauseEnd, roles, false);
                if (y != null) {
                    f.target = Optional.of(y);
                }
            }
        }
        // "a delegation of Pakistani tribal elders and officials": the delegation acts for them
        if (f.cue.phrase().startsWith("delegation") || t.get(f.argToken).lower().startsWith("delegation")) {
            if (f.argToken + 1 < c.to() && t.get(f.argToken + 1).lower().equals("of")) {
                ActorMention x = firstActor(actors, t.get(f.argToken + 1).end(), clauseEnd, roles, false);
                if (x == null) {
                    x = firstAnyActor(actors, t.get(f.argToken + 1).end(), t.get(Math.min(c.to() - 1, f.argToken + 4)).end());
                }
                if (x != null) {
                    f.doer = Optional.of(x);
                }
            }
        }
        // the passive agent: "by X" after the cue
        ActorMention agent = null;
        int by = indexOf(t, f.argToken, c.to(), "by");
        if (by >= 0) {
            ActorMention a = firstActor(actors, t.get(by).start(), Math.min(clauseEnd, t.get(Math.min(c.to() - 1, by + 6)).end()),
                    roles, f.isViolent());
            // only the agent of a passive: "will be sent to Tehran and Kabul by X", "were mediated by X";
            // not "talks in Kabul hosted by X", where "by" belongs to another verb
            if (a != null && a.start() <= t.get(Math.min(c.to() - 1, by + 3)).end()
                    && (by <= f.cueToken + 2 || hasBe(t, f.argToken, by))) {
                agent = a;
            }
        }
        String mediatedWord = f.mode.equals("mediated-talks") ? f.cue.phrase() : "";
        if (mediatedWord.equals("mediated") && agent != null) {
            f.mediator = Optional.of(agent);
            agent = null;
        }
        if (f.mode.equals("mediated-talks") && f.mediator.isEmpty()) {
            // "with X acting as mediator"
            ActorMention m = lastActorBefore(actors, clauseStart, f.cueStart, roles, false);
            if (m != null && containsWord(t, c.from(), f.cueToken, "acting")) {
                f.mediator = Optional.of(m);
            }
        }
        if (f.doer.isEmpty() && !f.isViolent() && f.argToken > 0 && t.get(f.argToken - 1).lower().equals("and")
                && f.argToken - 2 >= 0 && t.get(f.argToken - 2).text().equals(",")) {
            // "the spokesman told his briefing that ..., and accused India of ...": the verbs share the subject
            for (ActorMention a : actors) {
                if (a.start() < f.argStart && fits(a, roles, false)) {
                    f.doer = Optional.of(a);
                    break;
                }
            }
        }
        if (f.doer.isEmpty()) {
            if (agent != null && (passive || !f.isViolent())) {
                f.doer = Optional.of(agent);
            } else if (f.type == org.vigil.event.EventType.PROTEST) {
                ActorMention s = firstAnyActor(actors, clauseStart, f.argStart); // "Hundreds of Hazara men and women sat"
                if (s != null && !roles.isStateForce(s)) { // "police broke up the protest" is not the police's protest
                    f.doer = Optional.of(s);
                }
            } else if (f.isViolent() && f.cueToken > 0 && doc.tokens().get(f.cueToken - 1).lower().equals("under")) {
                // "the police van came under attack": the subject is what was attacked, not who attacked
            } else if (!passive || !f.isViolent()) {
                ActorMention s = f.isViolent() ? lastDoerBefore(doc, lex, actors, clauseStart, f.argEnd, f.argStart, roles)
                        : lastActorBefore(doc, actors, clauseStart, f.argEnd, f.argStart, roles);
                if (s != null && s != f.mediator.orElse(null)) {
                    f.doer = Optional.of(s);
                }
            }
        }
        if (f.doer.isEmpty() && !f.isViolent()) {
            f.doer = pronounSubject(doc, f, roles);
        }
        if (f.doer.isEmpty() && !f.isViolent()) {
            f.doer = unnamedBody(doc, f, lex);
        }
        if (f.isViolent()) {
            if (f.doer.isEmpty()) {
                f.unnamedDoer = unnamedFromCue(f);
            }
            target(doc, f, lex, roles);
        } else if (f.target.isEmpty()) {
            ActorMention o = firstActor(actors, f.argEnd, clauseEnd, roles, false);
            if (o != null && o != f.doer.orElse(null) && o != f.mediator.orElse(null) && (agent == null || o != agent)) {
                f.target = Optional.of(o);
            }
        }
    }

    /**
     * "It called on the interim Afghan government ...": a pronoun subject stands for the first party named in the
     * sentence before ("The army's media wing said ...").
     */
    private static Optional<ActorMention> pronounSubject(AnnotatedDocument doc, Frame f, Roles roles) {
        List<Token> t = doc.tokens();
        int pronounAt = -1;
        for (int k = Math.max(f.clause.from(), f.argToken - 2); k < f.argToken; k++) {
            if (PRONOUNS.contains(t.get(k).text())) {
                pronounAt = k;
            }
        }
        if (pronounAt < 0) {
            return Optional.empty();
        }
        // "The armies of India and Pakistan said they had agreed": the speaker of the same sentence
        int sentenceStart = doc.sentences().get(f.sentence()).start();
        for (int k = pronounAt - 1; k >= 0 && t.get(k).start() >= sentenceStart; k--) {
            if (isSpeechVerb(t.get(k).lower())) {
                ActorMention speaker = null;
                for (ActorMention a : doc.actorsIn(sentenceStart, t.get(k).start())) {
                    if (roles.isPolitical(a) && speaker == null) {
                        speaker = a;
                    }
                }
                if (speaker != null) {
                    return Optional.of(speaker);
                }
                break;
            }
        }
        int sentence = f.sentence();
        for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
            var prev = doc.sentences().get(s);
            if (!prev.isContent()) {
                continue;
            }
            for (ActorMention a : doc.actorsIn(prev.start(), prev.end())) {
                if (roles.isPolitical(a)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "a joint coordination committee would meet next month", "a jirga of elders would travel to Kabul": a body the
     * dictionary does not know, named just before the verb, is the doer, as ACLED codes an unnamed actor by kind.
     */
    private static Optional<ActorMention> unnamedBody(AnnotatedDocument doc, Frame f, Lexicon lex) {
        List<Token> t = doc.tokens();
        int end = f.argToken;
        while (end > f.clause.from() && MODALS.contains(t.get(end - 1).lower())) {
            end--;
        }
        int start = end;
        int head = -1;
        while (start > f.clause.from() && end - start < 7) {
            String w = t.get(start - 1).lower();
            if (!t.get(start - 1).isWord() || NP_BREAKS.contains(w)) {
                break;
            }
            start--;
            if (lex.is("unnamed_body", w) && head < 0) {
                head = start;
            }
        }
        while (start < end && (t.get(start).lower().equals("a") || t.get(start).lower().equals("the"))) {
            start++;
        }
        if (head < 0 || start >= end) {
            return Optional.empty();
        }
        String text = doc.text().substring(t.get(start).start(), t.get(end - 1).end());
        return Optional.of(new ActorMention(t.get(start).start(), t.get(end - 1).end(), text, Optional.empty(),
                "government", Optional.empty(), text, false));
    }

    private static Optional<String> unnamedFromCue(Frame f) {
        String p = f.cue.phrase().toLowerCase(java.util.Locale.ROOT);
        if (p.contains("suicide") || p.contains("blew") || p.contains("martyrdom") || p.contains("exploded himself")) {
            return Optional.of("suicide bomber");
        }
        if (p.equals("gunmen")) {
            return Optional.of("gunmen");
        }
        return Optional.empty();
    }

    /** What was attacked: the first target word after the cue, else the people counted among the dead. */
    private static void target(AnnotatedDocument doc, Frame f, Lexicon lex, Roles roles) {
        List<Token> t = doc.tokens();
        Clause c = f.clause;
        int end = Math.min(c.to(), f.cueToken + 12);
        for (int k = f.cueToken + 1; k < end; k++) {
            String w = t.get(k).lower();
            String kind = targetKind(lex, w);
            if (kind != null) {
                f.targetKind = Optional.of(kind);
                // the short noun phrase ending in the target word: "a police van" -> "police", "two military posts"
                int s = k;
                while (s - 1 > f.cueToken && s > k - 3 && t.get(s - 1).isWord() && !TARGET_STOPS.contains(t.get(s - 1).lower())) {
                    s--;
                }
                f.targetText = Optional.of(SourceReader.text(t, s, k + 1));
                return;
            }
        }
        for (Casualty cas : f.casualties) {
            if (!cas.attackers() && !cas.injured()) {
                int i = doc.firstTokenAtOrAfter(cas.start());
                for (int k = i; k < Math.min(t.size(), i + 8) && t.get(k).end() <= cas.end(); k++) {
                    String kind = targetKind(lex, t.get(k).lower());
                    if (kind != null) {
                        f.targetKind = Optional.of(kind);
                        f.targetText = Optional.of(t.get(k).text());
                        return;
                    }
                }
            }
        }
    }

    private static String targetKind(Lexicon lex, String w) {
        for (String kind : List.of("police", "military", "students", "worshippers", "political", "foreigners",
                "militants", "civilians")) {
            if (lex.is("target_" + kind, w)) {
                return kind;
            }
        }
        return null;
    }

    /** "were killed", "were also killed", "had reportedly been killed": a form of "be" before the verb, over adverbs. */
    private static boolean isPassive(List<Token> t, int from, int cue) {
        for (int k = cue - 1; k >= Math.max(from, cue - 3); k--) {
            String w = t.get(k).lower();
            if (BE.contains(w)) {
                return true;
            }
            if (!(w.endsWith("ly") || ADVERBS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSpeechVerb(String w) {
        return w.equals("said") || w.equals("says") || w.equals("told") || w.equals("say") || w.equals("added")
                || w.equals("stated") || w.equals("confirmed");
    }

    private static boolean hasBe(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (BE.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<Token> t, int from, int to, String w) {
        for (int k = from; k < to; k++) {
            if (t.get(k).lower().equals(w)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean containsWord(List<Token> t, int from, int to, String w) {
        return indexOf(t, from, to, w) >= 0;
    }

    /** The first actor that starts in [from, to) and can play a part in this kind of event. */
    private static ActorMention firstActor(List<ActorMention> actors, int from, int to, Roles roles, boolean violent) {
        for (ActorMention a : actors) {
            if (a.start() >= from && a.start() < to && fits(a, roles, violent)) {
                return a;
            }
        }
        return null;
    }

    private static ActorMention firstAnyActor(List<ActorMention> actors, int from, int to) {
        for (ActorMention a : actors) {
            if (a.start() >= from && a.start() < to) {
                return a;
            }
        }
        return null;
    }

    /**
     * The doer of violence nearest before the cue, skipping those who are its victims: in "security forces had
     * killed more than 100 suspected terrorists in raids" the terrorists are the objects of "killed".
     */
    private static ActorMention lastDoerBefore(AnnotatedDocument doc, Lexicon lex, List<ActorMention> actors, int from, int before,
                                               int cueStart, Roles roles) {
        List<Token> t = doc.tokens();
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.start() >= from && a.start() < before && fits(a, roles, true)) {
                int i = doc.firstTokenAtOrAfter(a.start());
                int after = doc.firstTokenAtOrAfter(a.end());
                boolean object = speaksBefore(doc, a, cueStart); // "Police said the bomber blew himself up"
                // "a cross-border attack from Afghan territory": where the attack came from, not who made it;
                // "attacks on Taliban fighters", "against security forces", "fired at police": the ones attacked
                int p = i - 1;
                while (p >= 0 && (t.get(p).lower().equals("the") || t.get(p).lower().equals("a"))) {
                    p--;
                }
                if (p >= 0 && TARGET_PREPOSITIONS.contains(t.get(p).lower())) {
                    // but "six gunmen from the TTP" names the gunmen's group, the doer
                    object |= !t.get(p).lower().equals("from") || !roles.isArmedGroup(a);
                }
                // "gunmen wearing paramilitary uniforms": a modifier, not a doer
                object |= i >= 1 && lex.is("disguise", t.get(i - 1).lower())
                        || i >= 2 && lex.is("disguise", t.get(i - 2).lower());
                // the object of an active killing verb, with no clause boundary between: "security forces had killed
                // more than 100 suspected terrorists" (not "soldiers were killed when hundreds of militants ...")
                int clauseFirst = doc.firstTokenAtOrAfter(from);
                for (int k = i - 1; k >= Math.max(clauseFirst, i - 6); k--) {
                    String w = t.get(k).lower();
                    if (CLAUSE_WORDS.contains(w)) {
                        break;
                    }
                    if (OBJECT_VERBS.contains(w) && !(k > 0 && BE.contains(t.get(k - 1).lower()))) {
                        object = true;
                        break;
                    }
                }
                // the subject of a passive killing: "Two soldiers were killed in an attack" names the victims
                object |= isPassiveVictim(t, lex, after);
                if (roles.isState(a)) {
                    // a country is the doer only as the subject right at the verb ("India struck"), or through its
                    // forces ("Iran's strikes"); "militants crossed from Afghanistan and attacked" is not Afghanistan's act
                    int verb = after;
                    while (verb < t.size() && t.get(verb).start() < cueStart && verb < after + 2
                            && (t.get(verb).lower().equals("had") || t.get(verb).lower().equals("has")
                            || t.get(verb).lower().equals("have") || ADVERBS.contains(t.get(verb).lower()))) {
                        verb++; // "India had fired", "Iran has also struck"
                    }
                    String next = after < t.size() ? t.get(after).lower() : "";
                    // "Iran's strikes", "Pakistan's retaliatory strikes": the possessive is the doer only right before
                    // the attack it owns, not "Afghanistan's charge d'affaires ... a cross-border attack"
                    boolean owns = (next.equals("'s") || next.equals("\u2019s")) && after + 3 < t.size()
                            && t.get(after + 3).start() >= cueStart;
                    object |= !(verb < t.size() && t.get(verb).start() >= cueStart || owns
                            || lightVerbBefore(t, lex, after, cueStart));
                }
                if (!object) {
                    best = a;
                }
            }
        }
        return best;
    }

    /** "Pakistan carried out air strikes", "Iran launched missile and drone attacks": the verb only carries the noun. */
    private static boolean lightVerbBefore(List<Token> t, Lexicon lex, int after, int cueStart) {
        int k = after;
        while (k < t.size() && (t.get(k).lower().equals("has") || t.get(k).lower().equals("had") || t.get(k).lower().equals("have")
                || ADVERBS.contains(t.get(k).lower()))) {
            k++;
        }
        if (k >= t.size() || !lex.is("light_verb", t.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < t.size() && t.get(j).start() < cueStart; j++) {
            if (!t.get(j).isWord() || j > k + 6) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPassiveVictim(List<Token> t, Lexicon lex, int after) {
        int k = after;
        if (k < t.size() && t.get(k).text().equals(",")) {
            // "Six Maoists, including two women, were killed": past the aside
            for (int j = k + 1; j < Math.min(t.size(), k + 10); j++) {
                if (t.get(j).text().equals(",")) {
                    k = j + 1;
                    break;
                }
            }
        }
        if (k < t.size() && t.get(k).lower().equals("of")) {
            // "two soldiers of the Frontier Corps were martyred": past the "of" phrase
            for (int j = k + 1; j < Math.min(t.size(), k + 6); j++) {
                if (BE.contains(t.get(j).lower())) {
                    k = j;
                    break;
                }
            }
        }
        boolean be = false;
        int verbGroup = k;
        while (k < t.size() && k < verbGroup + 4 && (BE.contains(t.get(k).lower()) || t.get(k).lower().equals("have")
                || t.get(k).lower().equals("has") || t.get(k).lower().equals("had") || ADVERBS.contains(t.get(k).lower()))) {
            be |= BE.contains(t.get(k).lower());
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        String w = t.get(k).lower();
        if (!be) {
            // "Two policemen embraced martyrdom", "two soldiers martyred in an IED blast", "three killed as ...": the
            // victims, in a headline's reduced passive or a verb that has no doer
            if (lex.isMartyrdom(t, k, t.size()) || w.equals("martyred") || w.equals("died") || w.equals("perished")) {
                return true;
            }
            if ((w.equals("came") || w.equals("come") || w.equals("comes")) && k + 1 < t.size()
                    && t.get(k + 1).lower().equals("under")) {
                return true; // "the police mobile came under attack"
            }
            String next = k + 1 < t.size() ? t.get(k + 1).lower() : "";
            return (lex.isCasualtyVerb(w) || lex.isInjuryVerb(w)) && REDUCED_PASSIVE_NEXT.contains(next);
        }
        return lex.isCasualtyVerb(w) || lex.isInjuryVerb(w) || lex.is("killing_verb", w);
    }

    /** What follows a participle used as a passive without "were": "killed in", "injured as", "wounded when". */
    private static final Set<String> REDUCED_PASSIVE_NEXT = Set.of("in", "as", "when", "while", "after", "during", ",",
            ".", "and", "near", "at", "on");

    /** The last actor that starts in [from, before): the subject nearest the verb. */
    private static ActorMention lastActorBefore(List<ActorMention> actors, int from, int before, Roles roles, boolean violent) {
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.start() >= from && a.start() < before && fits(a, roles, violent)) {
                best = a;
            }
        }
        return best;
    }

    /**
     * The subject nearest the verb, skipping whoever only reports it: in "The Afghan Taliban's spokesman, Zabihullah
     * Mujahid, said the talks had made progress", the Taliban and Mujahid are the source, not a party to the talks.
     */
    private static ActorMention lastActorBefore(AnnotatedDocument doc, List<ActorMention> actors, int from, int before,
                                                int cueStart, Roles roles) {
        ActorMention best = null;
        for (ActorMention a : actors) {
            if (a.start() >= from && a.start() < before && fits(a, roles, false) && !speaksBefore(doc, a, cueStart)) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Whether a verb of saying stands between the actor and the cue, so that the actor reports it rather than does
     * it; not when the cue is a second verb of the same subject ("the ministry said ... and demanded ...").
     */
    private static boolean speaksBefore(AnnotatedDocument doc, ActorMention a, int cueStart) {
        List<Token> t = doc.tokens();
        int cue = doc.firstTokenAtOrAfter(cueStart); // the cue's first token
        if (cue > 0 && (t.get(cue - 1).lower().equals("and") || t.get(cue - 1).lower().equals("but"))) {
            return false;
        }
        for (int k = doc.firstTokenAtOrAfter(a.end()); k < cue; k++) {
            if (isSpeechVerb(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(ActorMention a, Roles roles, boolean violent) {
        if (violent) {
            return roles.isArmedGroup(a) || roles.isUnnamedAttacker(a) || roles.isStateForce(a) || roles.isState(a);
        }
        return roles.isPolitical(a);
    }
}
