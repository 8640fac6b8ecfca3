package org.vigil.text;

/** A sentence (or a heading or boilerplate line) as a span of the document text. */
public record Sentence(int index, int start, int end, SentenceKind kind, int paragraph) {
    public boolean isContent() {
        return kind == SentenceKind.CONTENT;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
