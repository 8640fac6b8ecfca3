package org.vigil.extract;

import org.vigil.event.SourceRef;

/** A source named in a sentence ("police said"), with the span it was read from. */
public record SourceMention(SourceRef source, int sentence, int start, int end) {
}
