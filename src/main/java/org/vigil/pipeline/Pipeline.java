package org.vigil.pipeline;

import java.util.List;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;
import org.vigil.ingest.Article;

/** An ordered list of stages; stateless once built, so one instance serves any number of threads. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public AnnotatedDocument run(Article article) {
        AnnotatedDocument doc = AnnotatedDocument.of(article);
        for (Stage stage : stages) {
            doc = stage.process(doc);
        }
        return doc;
    }
}
