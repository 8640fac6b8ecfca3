package org.vigil.doc;

/** One step of the pipeline: reads the layers it needs and returns the document with its own layer added. */
public interface Stage {
    /** A short name for logs and `vigil bench` ("segment", "places", "events"). */
    String name();

    AnnotatedDocument process(AnnotatedDocument doc);
}
