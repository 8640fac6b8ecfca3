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
import org.vigil.geo.PlaceMention;

/**
 * Mentions of actors, read as of the article's date (Afghanistan's government in 2017 is not that of 2023).
 * A capital the place tagger read as standing for its government ("Islamabad said", "mediated by Kabul") becomes
 * a mention of that government, so it can be the doer or target of an event.
 */
final class ActorStage implements Stage {
    private final ActorTagger tagger;
    private final ActorDictionary dictionary;

    ActorStage(ActorDictionary dictionary) {
        this.dictionary = dictionary;
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
        return doc.withActors(withDefiniteReferences(doc, mentions));
    }

    /**
     * "The Chinese embassy said ... On Monday the embassy urged ...": a definite noun phrase whose head names a body
     * mentioned earlier refers back to it.
     */
    private static List<ActorMention> withDefiniteReferences(AnnotatedDocument doc, List<ActorMention> mentions) {
        List<org.vigil.text.Token> t = doc.tokens();
        List<ActorMention> added = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).lower().equals("the") || !BODIES.contains(t.get(i + 1).lower())) {
                continue;
            }
            int start = t.get(i).start();
            int end = t.get(i + 1).end();
            if (overlapsAny(mentions, start, end)) {
                continue;
            }
            String head = t.get(i + 1).lower();
            ActorMention antecedent = null;
            for (ActorMention a : mentions) {
                if (a.end() <= start && a.isNamed() && lastWord(a.text()).equals(head)) {
                    antecedent = a;
                }
            }
            if (antecedent != null) {
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

    private static final java.util.Set<String> BODIES = java.util.Set.of("embassy", "ministry", "army", "military",
            "government", "office", "commission", "council", "administration", "agency", "party", "movement");

    private static String lastWord(String s) {
        String[] w = s.trim().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    private static boolean overlapsAny(List<ActorMention> mentions, int start, int end) {
        for (ActorMention a : mentions) {
            if (a.start() < end && start < a.end()) {
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
