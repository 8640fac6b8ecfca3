package org.vigil.pipeline;

import java.util.List;
import org.vigil.actors.ActorDictionary;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Extraction;
import org.vigil.doc.Stage;
import org.vigil.extract.EventExtractor;
import org.vigil.extract.Lexicon;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.PlaceStage;
import org.vigil.geo.PlaceTagger;
import org.vigil.ingest.Article;
import org.vigil.ontology.Ontology;

/**
 * The front door to extraction for every front end (CLI, store, benchmark, a future API or Spark job):
 * loads the dictionaries and gazetteer once, then turns articles into events. Thread-safe; holds no global state.
 */
public final class Extractor {
    private final Pipeline pipeline;

    public Extractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The standard pipeline with the bundled data. */
    public static Extractor standard() {
        ActorDictionary actors = ActorDictionary.loadDefault();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        Lexicon lexicon = Lexicon.loadDefault();
        List<Stage> stages = List.of(new SegmentStage(), new DateStage(),
                new PlaceStage(new PlaceTagger(gazetteer)), new ActorStage(actors, lexicon),
                new EventExtractor(lexicon, Ontology.standard(), actors, gazetteer));
        return new Extractor(new Pipeline(stages));
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public AnnotatedDocument annotate(Article article) {
        return pipeline.run(article);
    }

    public Extraction extract(Article article) {
        return Extraction.of(annotate(article));
    }
}
