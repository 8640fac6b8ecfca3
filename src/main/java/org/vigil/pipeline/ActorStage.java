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
        return doc.withActors(mentions);
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
