package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.actors.ActorMention;
import org.vigil.event.ActorRef;
import org.vigil.event.Evidence;
import org.vigil.event.Relation;
import org.vigil.text.Token;

/**
 * Reads stated relations between actors as records of their own: "X, led by Y", "X shares a similar lineage and
 * ideology with Y", "X, a faction of Y", "X, separate from but allied with Y", and offices by apposition
 * ("Faisal Karim Kundi, the Special Assistant to the Prime Minister"; "Afghanistan's Foreign Minister, Amir Khan
 * Muttaqi").
 */
final class RelationReader {
    private final Lexicon lex;

    RelationReader(Lexicon lex) {
        this.lex = lex;
    }

    private static final Set<String> TITLE_STOPS = Set.of("the", "a", "an", "and", "said", "with", "by", "of", "that",
            "when", "as");

    List<Relation> read(String text, List<Token> t, int from, int to, List<ActorMention> actors, String articleId,
                        int firstOrdinal) {
        List<Relation> out = new ArrayList<>();
        for (int a = 0; a < actors.size(); a++) {
            ActorMention x = actors.get(a);
            int i = tokenAfter(t, from, to, x.end());
            if (i < 0) {
                continue;
            }
            String w = t.get(i).lower();
            String w1 = i + 1 < to ? t.get(i + 1).lower() : "";
            ActorMention next = a + 1 < actors.size() ? actors.get(a + 1) : null;
            int gap = next == null ? Integer.MAX_VALUE : tokenIndex(t, from, to, next.start()) - i;
            if (next == null) {
                continue;
            }
            String relation = null;
            if ((w.equals(",") && w1.equals("led") || w.equals("led")) && gap <= 4 && contains(t, i, i + gap, "by")) {
                relation = "led by";
            } else if ((w.equals("shares") || w.equals("share")) && gap <= 8 && contains(t, i, i + gap, "lineage")) {
                relation = "shares lineage with";
            } else if (gap <= 6 && containsAny(t, i, i + gap, "faction") && contains(t, i, i + gap, "of")
                    || gap <= 2 && next.faction()) { // "Jamaat-ul-Ahrar, a faction of the TTP," read as one mention
                relation = "faction of";
            } else if (gap <= 7 && contains(t, i, i + gap, "allied")) {
                relation = "allied with";
            }
            if (relation != null && x.isNamed() && next.isNamed() && !sameActor(x, next)) {
                out.add(make(text, articleId, firstOrdinal + out.size(), ref(x), relation, ref(next), x.start(), next.end()));
            }
        }
        // offices by apposition
        for (ActorMention p : actors) {
            if (!"person".equals(p.kind()) || p.actor().isEmpty()) {
                continue;
            }
            title(t, from, to, p).ifPresent(span -> out.add(make(text, articleId, firstOrdinal + out.size(), ref(p),
                    "holds office", new ActorRef(text.substring(span[0], span[1]), Optional.empty(), "office",
                            p.actor().get().country()), Math.min(span[0], p.start()), Math.max(span[1], p.end()))));
        }
        return out;
    }

    /** ", the Special Assistant to the Prime Minister," after the name, or "Foreign Minister, " right before it. */
    private Optional<int[]> title(List<Token> t, int from, int to, ActorMention p) {
        int after = tokenAfter(t, from, to, p.end());
        if (after >= 0 && t.get(after).text().equals(",")) {
            int end = after + 1;
            while (end < to && !t.get(end).text().equals(",") && !t.get(end).text().equals(".") && end < after + 10) {
                end++;
            }
            if (end > after + 1 && containsAny(t, after + 1, end, "office") && !t.get(after + 1).lower().equals("who")) {
                int s = after + 1;
                if (t.get(s).lower().equals("the") || t.get(s).lower().equals("a")) {
                    s++;
                }
                return Optional.of(new int[] {t.get(s).start(), t.get(end - 1).end()});
            }
        }
        int before = tokenIndex(t, from, to, p.start()) - 1;
        if (before - 1 >= from && t.get(before).text().equals(",")) {
            int s = before - 1;
            // "Afghanistan's acting foreign minister, Amir Khan Muttaqi": back to the possessive or article
            while (s > from && t.get(s - 1).isWord() && before - s < 6 && !TITLE_STOPS.contains(t.get(s - 1).lower())) {
                s--;
            }
            if (containsAny(t, s, before, "office")) {
                return Optional.of(new int[] {t.get(s).start(), t.get(before - 1).end()});
            }
        }
        return Optional.empty();
    }

    private static Relation make(String text, String articleId, int ordinal, ActorRef s, String relation, ActorRef o,
                                 int start, int end) {
        return new Relation(articleId + "#r" + ordinal, articleId, s, relation, o,
                List.of(new Evidence("relation", start, end, text.substring(start, end))));
    }

    private static ActorRef ref(ActorMention a) {
        // "a faction of the Tehreek-e-Taliban Pakistan" is, as the object of "faction of", the TTP itself
        String name = a.faction() ? a.actor().map(x -> x.name()).orElse(a.text()) : a.text();
        return new ActorRef(name, a.actor().map(x -> x.id()), a.kind(), a.country());
    }

    private static boolean sameActor(ActorMention a, ActorMention b) {
        return a.actor().map(x -> x.id()).equals(b.actor().map(x -> x.id()));
    }

    private static int tokenAfter(List<Token> t, int from, int to, int offset) {
        for (int k = from; k < to; k++) {
            if (t.get(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    private static int tokenIndex(List<Token> t, int from, int to, int offset) {
        for (int k = from; k < to; k++) {
            if (t.get(k).start() >= offset) {
                return k;
            }
        }
        return to;
    }

    private static boolean contains(List<Token> t, int from, int to, String w) {
        for (int k = from; k < Math.min(to, t.size()); k++) {
            if (t.get(k).lower().equals(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAny(List<Token> t, int from, int to, String category) {
        for (int k = from; k < Math.min(to, t.size()); k++) {
            if (lex.is(category, t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
