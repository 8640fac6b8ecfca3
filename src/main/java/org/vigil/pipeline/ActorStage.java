package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.actors.Actor;
import org.vigil.actors.ActorDictionary;
import org.vigil.actors.ActorMention;
import org.vigil.actors.ActorTagger;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;
import org.vigil.extract.Lexicon;
import org.vigil.geo.PlaceMention;

/**
 * Mentions of actors, read as of the article's date (Afghanistan's government in 2017 is not that of 2023).
 * A capital the place tagger read as standing for its government ("Islamabad said", "mediated by Kabul") becomes
 * a mention of that government, so it can be the doer or target of an event.
 */
final class ActorStage implements Stage {
    private final ActorTagger tagger;
    private final ActorDictionary dictionary;
    private final Lexicon lexicon;

    ActorStage(ActorDictionary dictionary, Lexicon lexicon) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.tagger = dictionary.tagger();
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        List<ActorMention> mentions = new ArrayList<>(tagger.tag(doc.text(), doc.sentences(), doc.tokens(), doc.published()));
        for (PlaceMention p : doc.places()) {
            if (p.sense() != PlaceMention.Sense.GOVERNMENT || overlaps(mentions, p)) {
                continue;
            }
            Optional<Actor> government = dictionary.governmentOfCapital(p.text(), doc.published());
            government.ifPresent(g -> mentions.add(new ActorMention(p.start(), p.end(), p.text(), Optional.of(g), g.kind(),
                    g.country(), g.name(), false)));
        }
        mentions.sort(Comparator.comparingInt(ActorMention::start));
        return doc.withActors(withOfficeHolders(doc, withDefiniteReferences(doc, mentions)));
    }

    /**
     * "The Chinese embassy said ... On Monday the embassy urged ...": a definite noun phrase whose head names a body
     * mentioned earlier refers back to it.
     */
    private List<ActorMention> withDefiniteReferences(AnnotatedDocument doc, List<ActorMention> mentions) {
        List<org.vigil.text.Token> t = doc.tokens();
        List<ActorMention> added = new ArrayList<>();
        // one pass in text order: the last named mention for each head word seen so far
        java.util.Map<String, ActorMention> lastByHead = new java.util.HashMap<>();
        int next = 0;
        for (int i = 0; i + 1 < t.size(); i++) {
            int start = t.get(i).start();
            while (next < mentions.size() && mentions.get(next).end() <= start) {
                ActorMention a = mentions.get(next++);
                if (a.isNamed()) {
                    lastByHead.put(lastWord(a.text()), a);
                }
            }
            if (!t.get(i).lower().equals("the") || !lexicon.is("body_anaphor", t.get(i + 1).lower())) {
                continue;
            }
            int end = t.get(i + 1).end();
            ActorMention antecedent = lastByHead.get(t.get(i + 1).lower());
            if (antecedent != null && !overlapsAny(mentions, next, start, end)) {
                added.add(new ActorMention(start, end, doc.text().substring(start, end), antecedent.actor(),
                        antecedent.kind(), antecedent.country(), antecedent.label(), false));
            }
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<ActorMention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(ActorMention::start));
        return all;
    }

    /**
     * "the Taliban's supreme leader", "Pakistan's foreign minister": an organisation's office named by its title
     * is the person who held it at the time, when the dictionary knows exactly one.
     */
    private List<ActorMention> withOfficeHolders(AnnotatedDocument doc, List<ActorMention> mentions) {
        List<org.vigil.text.Token> t = doc.tokens();
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (int m = 0; m < mentions.size(); m++) {
            ActorMention a = mentions.get(m);
            int i = doc.firstTokenAtOrAfter(a.end());
            if (a.actor().isEmpty() || i + 1 >= t.size() || !isPossessive(t.get(i).text())) {
                out.add(a);
                continue;
            }
            int end = i + 1;
            while (end < t.size() && end <= i + 3 && t.get(end).isWord() && !lexicon.is("office", t.get(end - 1).lower())) {
                end++;
            }
            boolean headed = end - 1 > i && lexicon.is("office", t.get(end - 1).lower());
            ActorMention next = m + 1 < mentions.size() ? mentions.get(m + 1) : null;
            if (!headed || next != null && next.start() < t.get(end - 1).end()) {
                out.add(a);
                continue;
            }
            String title = doc.text().substring(t.get(i + 1).start(), t.get(end - 1).end());
            Optional<Actor> holder = dictionary.holderOf(a.actor().get().id(), title, doc.published());
            if (holder.isEmpty()) {
                out.add(a);
                continue;
            }
            Actor p = holder.get();
            out.add(new ActorMention(a.start(), t.get(end - 1).end(), doc.text().substring(a.start(), t.get(end - 1).end()),
                    holder, p.kind(), p.country(), p.name(), false));
        }
        return out;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s");
    }

    /** The last word of a name, lower case: "the Chinese embassy" -> "embassy". */
    private static String lastWord(String s) {
        int e = s.length();
        while (e > 0 && !Character.isLetter(s.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(b, e).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether [start, end) overlaps a mention; mentions are in text order and those before index {@code from} end earlier. */
    private static boolean overlapsAny(List<ActorMention> mentions, int from, int start, int end) {
        for (int k = from; k < mentions.size() && mentions.get(k).start() < end; k++) {
            if (start < mentions.get(k).end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<ActorMention> mentions, PlaceMention p) {
        for (ActorMention a : mentions) {
            if (a.start() < p.end() && p.start() < a.end()) {
                return true;
            }
        }
        return false;
    }
}
