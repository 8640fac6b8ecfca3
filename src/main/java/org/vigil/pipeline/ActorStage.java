package org.vigil.pipeline;

import org.vigil.actors.ActorTagger;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;

/** Mentions of actors, read as of the article's date (Afghanistan's government in 2017 is not that of 2023). */
final class ActorStage implements Stage {
    private final ActorTagger tagger;

    ActorStage(ActorTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        return doc.withActors(tagger.tag(doc.text(), doc.sentences(), doc.tokens(), doc.published()));
    }
}
