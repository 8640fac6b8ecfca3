package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.doc.AnnotatedDocument;
import org.vigil.doc.Stage;
import org.vigil.text.Dateline;
import org.vigil.text.Sentence;
import org.vigil.text.Token;
import org.vigil.text.Tokenizer;
import org.vigil.time.Calendar;
import org.vigil.time.DateMention;
import org.vigil.time.DateTagger;
import org.vigil.time.PartialDate;
import org.vigil.time.ReferenceDate;

/** Settles the date the article is read against (metadata, URL, dateline or the text itself), then resolves its dates. */
final class DateStage implements Stage {
    private final DateTagger tagger = new DateTagger();

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Token> t = doc.tokens();
        List<int[]> ranges = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.isContent() || s.kind() == org.vigil.text.SentenceKind.HEADLINE) {
                ranges.add(new int[] {doc.firstTokenAtOrAfter(s.start()), doc.firstTokenAtOrAfter(s.end())});
            }
        }
        ReferenceDate ref = ReferenceDate.none();
        if (doc.article().published().isPresent()) {
            ref = new ReferenceDate(doc.article().published(), false, "metadata");
        } else {
            List<PartialDate> absolute = new ArrayList<>();
            List<int[]> yearless = new ArrayList<>();
            for (int[] r : ranges) {
                for (DateMention m : tagger.tag(t, r[0], r[1], Optional.empty(), false)) {
                    absolute.add(m.date());
                }
                yearless.addAll(tagger.yearlessDays(t, r[0], r[1]));
            }
            ref = ReferenceDate.resolve(Optional.empty(), doc.article().url(), absolute, yearless,
                    doc.dateline().flatMap(DateStage::monthDay));
        }
        List<DateMention> dates = new ArrayList<>();
        for (int[] r : ranges) {
            dates.addAll(tagger.tag(t, r[0], r[1], ref.date(), ref.inferred()));
        }
        return doc.withPublished(ref.date(), ref.inferred()).withDates(dates);
    }

    /** "Feb 17" of a dateline as {month, day}. */
    private static Optional<int[]> monthDay(Dateline d) {
        if (d.dateText().isEmpty()) {
            return Optional.empty();
        }
        String text = d.dateText().get();
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length(), 0);
        if (tokens.size() < 2) {
            return Optional.empty();
        }
        Optional<java.time.Month> m = Calendar.month(tokens.get(0).text());
        try {
            int day = Integer.parseInt(tokens.get(tokens.size() - 1).text());
            return m.map(month -> new int[] {month.getValue(), day});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
