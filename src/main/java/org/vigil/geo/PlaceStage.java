package org.vigil.geo;

import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;

/** The pipeline stage that adds the place layer: every toponym of the body, headline and dateline, resolved. */
public final class PlaceStage implements Stage {
    private final PlaceTagger tagger;

    public PlaceStage(PlaceTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        return doc.withPlaces(tagger.tag(doc.text(), doc.sentences(), doc.tokens(), doc.dateline()));
    }
}
