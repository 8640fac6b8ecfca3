package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.event.Evidence;
import org.vigil.event.Statistic;
import org.vigil.text.Token;

/**
 * Reads statistical claims about violence as records of their own: "a 50% increase in terrorist attacks during the
 * first year of Taliban rule, primarily in the border regions", with the source ("according to X") and, where the
 * sentence gives them, the measure, the period and the region.
 */
final class StatisticReader {
    private final Lexicon lex;

    StatisticReader(Lexicon lex) {
        this.lex = lex;
    }

    private static final Set<String> PERIOD_LEADS = Set.of("during", "since", "between", "over", "in");

    Optional<Statistic> read(String text, List<Token> t, int from, int to, String articleId, int ordinal,
                             List<SourceMention> sources) {
        int value = -1;
        int trend = -1;
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (t.get(k).isNumber() && k + 1 < to && (t.get(k + 1).text().equals("%") || t.get(k + 1).lower().equals("percent"))) {
                value = k;
            } else if (lex.is("trend", w)) {
                trend = k;
            }
        }
        if (value < 0 || trend < 0 || Math.abs(trend - value) > 6) {
            return Optional.empty();
        }
        int clauseStart = from;
        for (int k = Math.min(value, trend) - 1; k > from; k--) {
            if (t.get(k).text().equals(",") && t.get(k - 1).isWord()) {
                clauseStart = k + 1;
                break;
            }
        }
        String valueText = t.get(value).text() + "%";
        Optional<String> measure = phraseAfter(t, Math.max(value, trend) + 1, to, "in");
        Optional<String> period = Optional.empty();
        Optional<String> region = Optional.empty();
        for (int k = Math.max(value, trend) + 1; k < to; k++) {
            String w = t.get(k).lower();
            if (period.isEmpty() && PERIOD_LEADS.contains(w) && !w.equals("in") && k > Math.max(value, trend) + 2) {
                period = Optional.of(until(t, k, to));
            } else if (region.isEmpty() && lex.is("region_lead", w)) {
                region = Optional.of(until(t, k + 1, to));
            }
        }
        Optional<String> source = sources.isEmpty() ? Optional.empty() : Optional.of(sources.get(0).source().name());
        int start = t.get(clauseStart).start();
        int end = t.get(to - 1).end();
        String claim = text.substring(start, end);
        if (claim.endsWith(".")) {
            claim = claim.substring(0, claim.length() - 1);
        }
        return Optional.of(new Statistic(articleId + "#s" + ordinal, articleId, claim, Optional.of(valueText), measure,
                period, region, source, List.of(new Evidence("claim", start, end, text.substring(start, end)))));
    }

    /** "in terrorist attacks" after the figure: the thing counted. */
    private Optional<String> phraseAfter(List<Token> t, int from, int to, String lead) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            if (t.get(k).lower().equals(lead)) {
                int e = k + 1;
                while (e < to && t.get(e).isWord() && !PERIOD_LEADS.contains(t.get(e).lower())
                        && !lex.is("region_lead", t.get(e).lower())) {
                    e++;
                }
                if (e > k + 1) {
                    return Optional.of(SourceReader.text(t, k + 1, e));
                }
            }
        }
        return Optional.empty();
    }

    private static String until(List<Token> t, int from, int to) {
        int e = from;
        while (e < to && !t.get(e).text().equals(",") && !t.get(e).text().equals(".") && !t.get(e).text().equals(";")) {
            e++;
        }
        return SourceReader.text(t, from, e);
    }
}
