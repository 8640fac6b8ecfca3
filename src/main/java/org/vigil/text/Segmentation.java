package org.vigil.text;

import java.util.List;
import java.util.Optional;

/** The article cut into sentences of known kinds, with its dateline if it has one. */
public record Segmentation(List<Sentence> sentences, Optional<Dateline> dateline) {
    public Segmentation {
        sentences = List.copyOf(sentences);
    }
}
