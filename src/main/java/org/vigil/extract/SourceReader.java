package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.event.SourceKind;
import org.vigil.event.SourceRef;
import org.vigil.text.Token;

/**
 * Finds who a sentence attributes its information to: "police said", ", said police", "an interior ministry
 * spokesman said", "according to an 'AFP' report", "a hospital spokesman told reporters", "speaking on condition
 * of anonymity". The name is the noun phrase as written, without its article.
 */
public final class SourceReader {
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("for", "in", "on", "over", "after",
            "at", "with", "about", "of");
    private static final java.util.Set<String> PASSIVE = java.util.Set.of("been", "be", "being", "was", "were", "is", "are");
    private final Lexicon lex;

    public SourceReader(Lexicon lex) {
        this.lex = lex;
    }

    public List<SourceMention> read(List<Token> t, int sentence, int from, int to) {
        return read(t, sentence, from, to, List.of());
    }

    /**
     * Sources in tokens [from, to); {@code actors} are the sentence's actor mentions, so that a state, a capital
     * standing for its government or a named group can be a source by name ("Pakistan said", "Tehran denied").
     */
    public List<SourceMention> read(List<Token> t, int sentence, int from, int to,
                                    List<org.vigil.actors.ActorMention> actors) {
        List<SourceMention> out = new ArrayList<>();
        boolean anonymous = false;
        for (int i = from; i < to; i++) {
            String w = t.get(i).lower();
            if (w.equals("anonymity") || w.equals("anonymous") || w.equals("unnamed")) {
                anonymous = true;
            }
            if (lex.is("say", w) && i > from && PASSIVE.contains(t.get(i - 1).lower())) {
                continue; // "the armed forces had been told to respond": told, not telling
            }
            if (lex.is("say", w) && i > from && (t.get(i - 1).lower().equals("the") || t.get(i - 1).lower().equals("a")
                    || t.get(i - 1).lower().equals("an"))) {
                continue; // "on the reported presence of terrorists": an adjective, not a verb of saying
            }
            if (lex.is("say", w)) {
                int[] np = phraseBefore(t, from, i);
                if (np != null && hasVerb(t, np)) {
                    np = null; // "security forces conducted an operation, it reported": a clause, not a speaker
                }
                if (np == null && i + 1 < to) {
                    np = phraseAfter(t, i + 1, to); // ", said police"
                    if (np != null && hasVerb(t, np)) {
                        np = null; // "said investigators were trying to ...": a clause, not a speaker
                    }
                }
                if (np != null) {
                    add(out, t, sentence, np, actors);
                }
            } else if ((w.equals("through") || w.equals("via")) && i + 1 < to
                    && (t.get(i + 1).lower().equals("its") || t.get(i + 1).lower().equals("the"))) {
                // "accepted by Daesh through its news agency Amaq", "said through its Amaq news agency"
                int[] np = phraseAfter(t, i + 2, Math.min(to, i + 6));
                if (np != null) {
                    add(out, t, sentence, np, actors);
                }
            } else if (w.equals("blamed") && i + 1 < to && t.get(i + 1).lower().equals("by")) {
                // "X has been blamed by authorities": the blamers are the source of the blame
                int[] np = phraseAfter(t, i + 2, Math.min(to, i + 6));
                if (np != null) {
                    add(out, t, sentence, np, actors);
                }
            } else if (w.equals("according") && i + 1 < to && t.get(i + 1).lower().equals("to")) {
                int[] np = phraseAfter(t, i + 2, to);
                if (np != null && !hasVerb(t, np)) {
                    add(out, t, sentence, np, actors);
                }
            }
        }
        if (anonymous) {
            List<SourceMention> marked = new ArrayList<>();
            for (SourceMention s : out) {
                SourceKind k = s.source().kind() == SourceKind.OFFICIAL ? SourceKind.ANONYMOUS : s.source().kind();
                marked.add(new SourceMention(new SourceRef(s.source().name(), k), s.sentence(), s.start(), s.end()));
            }
            out = marked;
        }
        return out;
    }

    private void add(List<SourceMention> out, List<Token> t, int sentence, int[] np,
                     List<org.vigil.actors.ActorMention> actors) {
        SourceKind kind = kindOf(t, np[0], np[1]);
        if (kind == null) {
            kind = actorKind(t, np, actors);
        }
        if (kind == null) {
            return;
        }
        String name = text(t, np[0], np[1]);
        for (SourceMention s : out) {
            if (s.source().name().equalsIgnoreCase(name)) {
                return;
            }
        }
        out.add(new SourceMention(new SourceRef(name, kind), sentence, t.get(np[0]).start(), t.get(np[1] - 1).end()));
    }

    /** The noun phrase that ends right before the verb: back to a comma, a clause word or the sentence start. */
    private int[] phraseBefore(List<Token> t, int from, int verb) {
        int end = verb;
        int k = verb - 1;
        while (k >= from && (isSkippable(t.get(k).lower()) || t.get(k).lower().endsWith("ly"))) {
            k--; // "..., separately told reporters"
        }
        if (k > from && t.get(k).text().equals(",")) {
            // "a spokesman for Jundallah, a Pakistani militant faction, told": the phrase before the apposition;
            // "A Pakistani security official, speaking on condition of anonymity, said": likewise
            for (int j = k - 1; j >= Math.max(from, k - 20); j--) {
                if (t.get(j).text().equals(",")) {
                    end = j;
                    k = j - 1;
                    break;
                }
            }
        }
        while (k >= from && k >= end - 8) {
            String w = t.get(k).lower();
            if (w.equals("who") && k > from) {
                // "An official from Khyber Pakhtunkhwa who wished to remain anonymous stated": the source is the
                // phrase before the relative clause
                end = k;
                k--;
                continue;
            }
            if (w.equals(",") || w.equals(":") || w.equals("that") || w.equals("and") || w.equals("who") || w.equals("which")
                    || w.equals("\"") || w.equals("'") || w.equals("\u2019") || w.equals("\u201D") || w.equals(";")
                    || lex.is("say", w)) {
                break;
            }
            k--;
        }
        int start = k + 1;
        return trim(t, start, end);
    }

    /** The noun phrase right after "according to" or an inverted "said": up to a comma or the sentence end. */
    private int[] phraseAfter(List<Token> t, int from, int to) {
        int k = from;
        while (k < to && k < from + 8) {
            String w = t.get(k).text();
            if (w.equals(",") || w.equals(".") || w.equals(";") || t.get(k).lower().equals("that")
                    || t.get(k).lower().equals("who") || t.get(k).lower().equals("which")
                    || t.get(k).lower().equals("report") && k > from) {
                break;
            }
            // "authorities for a blast": a preposition ends the phrase, unless it sits inside a name
            // ("Pakistan Institute for Peace Studies")
            if (PREPOSITIONS.contains(w) && k > from && !(k + 1 < to && t.get(k + 1).isCapitalized())) {
                break;
            }
            k++;
        }
        return trim(t, from, k);
    }

    private static boolean hasVerb(List<Token> t, int[] np) {
        for (int k = np[0]; k < np[1]; k++) {
            String w = t.get(k).lower();
            if (AUXILIARIES.contains(w) && !w.equals("also")) {
                return true;
            }
            // "security forces conducted an operation": a clause; "the banned group", "unnamed officials" are no verbs
            if (k > np[0] && w.length() > 4 && w.endsWith("ed") && !t.get(k).isCapitalized()
                    && !isSkippable(t.get(k - 1).lower()) && !t.get(k - 1).lower().endsWith("ly")) {
                return true;
            }
        }
        return false;
    }

    private int[] trim(List<Token> t, int start, int end) {
        while (start < end && isSkippable(t.get(start).lower())) {
            start++;
        }
        // "Officials had said": the auxiliary is no part of the speaker
        while (end > start && (isSkippable(t.get(end - 1).lower()) || AUXILIARIES.contains(t.get(end - 1).lower()))) {
            end--;
        }
        if (start >= end || end - start > 7) {
            return null;
        }
        String first = t.get(start).lower();
        // "said in a statement on Monday" names no one; "No group has claimed" is nobody speaking
        if (PREPOSITIONS.contains(first) || first.equals("no") || first.equals("nobody") || first.equals("none")) {
            return null;
        }
        return new int[] {start, end};
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("had", "has", "have", "was", "were",
            "is", "are", "would", "will", "also");

    private static boolean isSkippable(String w) {
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("'") || w.equals("\u2018")
                || w.equals("\u2019") || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("later")
                || w.equals("also") || w.equals("separately") || w.equals("officially");
    }

    private SourceKind kindOf(List<Token> t, int start, int end) {
        SourceKind kind = null;
        for (int k = start; k < end; k++) {
            String w = t.get(k).lower();
            // the group's own agency or spokesman is the group speaking
            if (lex.is("source_group", w)) {
                return SourceKind.GROUP;
            }
            if (lex.is("source_agency", w)) {
                kind = SourceKind.NEWS_AGENCY;
            } else if (lex.is("source_hospital", w) && kind == null) {
                kind = SourceKind.HOSPITAL;
            } else if (lex.is("source_witness", w) && kind == null) {
                kind = SourceKind.WITNESS;
            } else if (lex.is("source_official", w) && (kind == null || kind == SourceKind.WITNESS)) {
                kind = SourceKind.OFFICIAL;
            }
        }
        if (kind == SourceKind.OFFICIAL && text(t, start, end).toLowerCase(Locale.ROOT).contains("hospital")) {
            return SourceKind.HOSPITAL;
        }
        if (kind == null) {
            for (int k = start; k < end; k++) {
                if (lex.is("source_other", t.get(k).lower())) {
                    return SourceKind.OTHER; // "the Pakistan Institute for Peace Studies"
                }
            }
        }
        return kind;
    }

    /** The phrase is exactly an actor's name: a state or government speaks officially, a named group as a group. */
    private static SourceKind actorKind(List<Token> t, int[] np, List<org.vigil.actors.ActorMention> actors) {
        int start = t.get(np[0]).start();
        int end = t.get(np[1] - 1).end();
        for (org.vigil.actors.ActorMention a : actors) {
            if (a.start() == start && a.end() == end && a.isNamed()) {
                if ("state".equals(a.kind()) || "government".equals(a.kind())) {
                    return SourceKind.OFFICIAL;
                }
                if ("armed_group".equals(a.kind())) {
                    return SourceKind.GROUP;
                }
            }
        }
        return null;
    }

    static String text(List<Token> t, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start && t.get(k).start() > t.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(t.get(k).text());
        }
        return b.toString();
    }
}
