package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.NumberReader;
import org.vigil.text.Token;

/**
 * Cuts a sentence where a second event may start: at semicolons, at ", where", and at time links such as
 * "three days after" or "hours before". Ordinary coordination ("..., killing 16 soldiers", "... and attacked two
 * posts") does not cut: it usually continues the same event.
 */
public final class ClauseSplitter {
    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "hour", "hours", "month", "months");
    private final NumberReader numbers = new NumberReader();

    public List<Clause> split(List<Token> t, int sentence, int from, int to) {
        List<Clause> out = new ArrayList<>();
        int start = from;
        Clause.Link link = Clause.Link.NONE;
        int offset = 0;
        for (int i = from; i < to; i++) {
            String w = t.get(i).lower();
            if (w.equals(";") && i > start) {
                out.add(new Clause(sentence, start, i, link, offset));
                start = i + 1;
                link = Clause.Link.NONE;
                offset = 0;
            } else if (w.equals("but") && i > start + 2 && t.get(i - 1).text().equals(",")) {
                // "..., but the ceasefire failed": a contrast usually reports something else
                out.add(new Clause(sentence, start, i, link, offset));
                start = i + 1;
                link = Clause.Link.NONE;
                offset = 0;
            } else if (w.equals("where") && i > start && t.get(i - 1).text().equals(",")) {
                out.add(new Clause(sentence, start, i, link, offset));
                start = i + 1;
                link = Clause.Link.WHERE;
                offset = 0;
            } else if (w.equals("later") && i > start + 1 && UNITS.contains(t.get(i - 1).lower())) {
                // "..., and hours later two bombers attacked a mosque": a second event, N days on
                int[] span = timeSpanBefore(t, start, i);
                if (span != null) {
                    int cut = span[0] > start && t.get(span[0] - 1).lower().equals("and") ? span[0] - 1 : span[0];
                    out.add(new Clause(sentence, start, cut, link, offset));
                    start = span[0];
                    link = Clause.Link.DAYS_LATER;
                    offset = span[1];
                }
            } else if ((w.equals("after") || w.equals("before")) && i > start + 1) {
                int[] span = timeSpanBefore(t, start, i);
                if (span != null) {
                    out.add(new Clause(sentence, start, span[0], link, offset));
                    start = i + 1;
                    link = w.equals("after") ? Clause.Link.DAYS_AFTER : Clause.Link.DAYS_BEFORE;
                    offset = span[1];
                }
            }
        }
        if (start < to) {
            out.add(new Clause(sentence, start, to, link, offset));
        }
        return out;
    }

    /** "three days", "a day", "hours", "a week" right before "after": {first token, days} or null. */
    private int[] timeSpanBefore(List<Token> t, int from, int i) {
        String unit = t.get(i - 1).lower();
        if (!UNITS.contains(unit)) {
            return null;
        }
        int days = unit.startsWith("hour") ? 0 : 1;
        int mult = unit.startsWith("week") ? 7 : unit.startsWith("month") ? 30 : 1;
        if (i - 2 >= from) {
            String w = t.get(i - 2).lower();
            if (w.equals("a") || w.equals("an") || w.equals("one")) {
                return new int[] {i - 2, days * mult};
            }
            int[] end = new int[1];
            for (int k = Math.max(from, i - 4); k < i - 1; k++) {
                long n = numbers.readAt(t, k, i - 1, end);
                if (n > 0 && end[0] == i - 1) {
                    return new int[] {k, (int) (n * days * mult)};
                }
            }
        }
        return unit.startsWith("hour") ? new int[] {i - 1, 0} : null;
    }
}
