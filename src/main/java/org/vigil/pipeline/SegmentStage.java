package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;
import org.vigil.text.Segmentation;
import org.vigil.text.Segmenter;
import org.vigil.text.Sentence;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;

/** Sentences (with headings and page furniture marked) and their tokens. */
final class SegmentStage implements Stage {
    private final Segmenter segmenter = new Segmenter();
    private final Tokenizer tokenizer = new Tokenizer();

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        Segmentation seg = segmenter.segment(doc.text());
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : seg.sentences()) {
            tokens.addAll(tokenizer.tokenize(doc.text(), s.start(), s.end(), s.index()));
        }
        return doc.withSegmentation(seg.sentences(), seg.dateline()).withTokens(tokens);
    }
}
