package org.vigil.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.text.NumberReader;
import org.vigil.text.Token;

/**
 * Finds date expressions and resolves them against a reference date (the publication date):
 * "on Wednesday", "Saturday evening's blast", "January 30", "Sept 7", "in December 2014", "last month",
 * "the previous year", "a year ago", "in 2021". Weekdays are read as the latest such day on or before the
 * reference, as news reports past events; the extractor re-reads them forward for planned events.
 * Expressions anchored on another event ("three days after") are left to the extractor.
 */
public final class DateTagger {

    private static final Set<String> YEAR_LEADS = Set.of("in", "since", "of", "during", "until", "by", "from",
            "before", "after", "and", "early", "late", "mid", "through", "throughout", "to", "between", "year",
            "the"); // "the 2013 Alamdar Road bombings"
    /** Nouns a year names the time of, not a count of: "the 2001 attack", "the 2018 elections". */
    private static final Set<String> HAPPENINGS = Set.of("attack", "attacks", "bombing", "bombings", "blast", "blasts",
            "assault", "massacre", "siege", "hijacking", "raid", "strike", "strikes", "airstrikes", "war", "killings",
            "riots", "election", "elections", "floods", "earthquake", "operation", "ceasefire", "agreement", "accord",
            "talks", "summit", "visit", "crisis", "standoff", "coup", "uprising");
    private static final Set<String> UNIT_WORDS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");

    private final NumberReader numbers = new NumberReader();

    /**
     * Date mentions in tokens [from, to).
     *
     * @param ref         the date the text is read against; when empty, only dates with a year resolve
     * @param refInferred whether {@code ref} was itself inferred, so that dates read against it are flagged too
     */
    public List<DateMention> tag(List<Token> tokens, int from, int to, Optional<LocalDate> ref, boolean refInferred) {
        List<DateMention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int[] end = {i};
            DateMention m = at(tokens, i, to, ref, refInferred, end);
            if (m != null) {
                out.add(m);
                i = end[0];
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Month-day pairs written without a year ("January 30", "Wednesday, April 26"), as {month, day, weekday}, in text
     * order; weekday is 1 (Monday) to 7 when the text names it, which pins the year, else 0.
     */
    public List<int[]> yearlessDays(List<Token> tokens, int from, int to) {
        List<int[]> out = new ArrayList<>();
        LocalDate far = LocalDate.of(2100, 12, 31);
        for (DateMention m : tag(tokens, from, to, Optional.of(far), true)) {
            PartialDate d = m.date();
            if (!m.relative() && m.inferred() && d.day() > 0) {
                int weekday = 0;
                for (int k = from; k < to; k++) {
                    if (tokens.get(k).start() == m.start()) {
                        int w = k - 1;
                        if (w >= from && tokens.get(w).text().equals(",")) {
                            w--;
                        }
                        if (w >= from) {
                            weekday = Calendar.weekday(tokens.get(w).text()).map(DayOfWeek::getValue).orElse(0);
                        }
                        break;
                    }
                }
                out.add(new int[] {d.month(), d.day(), weekday});
            }
        }
        return out;
    }

    private DateMention at(List<Token> tokens, int i, int to, Optional<LocalDate> ref, boolean refInferred, int[] end) {
        Token t = tokens.get(i);
        String w = t.text();
        String lw = t.lower();

        Optional<Month> month = Calendar.month(stripDot(w));
        if (month.isPresent()) {
            return monthExpression(tokens, i, to, month.get(), ref, refInferred, end);
        }
        // "30 January 2023", "30th January"
        if (t.isNumber() && i + 1 < to) {
            int day = dayNumber(tokens.get(i));
            int j = i + 1;
            if (day > 0 && j < to && tokens.get(j).lower().matches("st|nd|rd|th")) {
                j++;
            }
            if (day > 0 && j < to) {
                Optional<Month> m = Calendar.month(stripDot(tokens.get(j).text()));
                if (m.isPresent()) {
                    int k = j + 1;
                    if (k < to && tokens.get(k).text().equals(".")) {
                        k++;
                    }
                    int year = k < to ? year(tokens.get(k)) : -1;
                    if (year > 0) {
                        return PartialDate.isValid(year, m.get().getValue(), day)
                                ? make(tokens, i, k + 1, new PartialDate(year, m.get().getValue(), day), false, false, end)
                                : null; // "30 February 2023" is no date
                    }
                    return yearless(tokens, i, j + 1, m.get(), day, ref, refInferred, end);
                }
            }
        }
        int year = year(t);
        if (year > 0 && i > 0 && YEAR_LEADS.contains(tokens.get(i - 1).lower()) && (!followedByCountNoun(tokens, i + 1, to)
                || tokens.get(i - 1).lower().equals("the") && i + 1 < to && HAPPENINGS.contains(tokens.get(i + 1).lower()))) {
            return make(tokens, i, i + 1, PartialDate.ofYear(year), false, false, end);
        }
        Optional<DayOfWeek> weekday = Calendar.weekday(w);
        if (weekday.isPresent() && ref.isPresent()) {
            boolean next = i > 0 && (tokens.get(i - 1).lower().equals("next") || tokens.get(i - 1).lower().equals("coming"));
            boolean last = i > 0 && tokens.get(i - 1).lower().equals("last");
            // "last Friday" in a Friday's paper is a week ago, not today
            LocalDate d = next ? Calendar.after(ref.get(), weekday.get())
                    : Calendar.onOrBefore(last ? ref.get().minusDays(1) : ref.get(), weekday.get());
            if (refInferred && !next && !last) {
                // the reference is only the latest day the text dates, so the report may be a day or two later:
                // "Wednesday, January 3 ... the group said on Thursday" is the 4th
                LocalDate after = Calendar.after(ref.get(), weekday.get());
                if (after.toEpochDay() - ref.get().toEpochDay() < ref.get().toEpochDay() - d.toEpochDay()) {
                    d = after;
                }
            }
            int start = next || last ? i - 1 : i;
            DateMention m = make(tokens, start, i + 1, PartialDate.of(d), refInferred, true, end);
            return next || last ? m : m.withForward(DateMention.Shift.WEEK);
        }
        if (ref.isEmpty()) {
            return null;
        }
        LocalDate r = ref.get();
        switch (lw) {
            case "yesterday":
                return make(tokens, i, i + 1, PartialDate.of(r.minusDays(1)), refInferred, true, end);
            case "today":
            case "tonight":
                return make(tokens, i, i + 1, PartialDate.of(r), refInferred, true, end);
            case "last", "next", "this", "previous", "following", "coming":
                return relativeUnit(tokens, i, to, r, refInferred, end);
            default:
                break;
        }
        // "a year ago", "two months ago", "three days ago"
        int[] nEnd = new int[1];
        long n = lw.equals("a") || lw.equals("an") ? 1 : numbers.readAt(tokens, i, to, nEnd);
        int unitAt = lw.equals("a") || lw.equals("an") ? i + 1 : (n > 0 ? nEnd[0] : -1);
        if (n > 0 && n < 100 && unitAt > 0 && unitAt + 1 < to && UNIT_WORDS.contains(tokens.get(unitAt).lower())
                && tokens.get(unitAt + 1).lower().equals("ago")) {
            String unit = tokens.get(unitAt).lower();
            PartialDate d;
            if (unit.startsWith("day")) {
                d = PartialDate.of(r.minusDays(n));
            } else if (unit.startsWith("week")) {
                d = PartialDate.of(r.minusWeeks(n));
            } else if (unit.startsWith("month")) {
                YearMonth ym = YearMonth.from(r).minusMonths(n);
                d = PartialDate.ofMonth(ym.getYear(), ym.getMonthValue());
            } else {
                d = PartialDate.ofYear(r.getYear() - (int) n);
            }
            return make(tokens, i, unitAt + 2, d, refInferred, true, end);
        }
        return null;
    }

    /** "January 30", "Jan. 30, 2023", "December 2014", "in May", "last March". */
    private DateMention monthExpression(List<Token> tokens, int i, int to, Month month, Optional<LocalDate> ref,
                                       boolean refInferred, int[] end) {
        int j = i + 1;
        if (j < to && tokens.get(j).text().equals(".")) {
            j++;
        }
        if (j < to) {
            int day = dayNumber(tokens.get(j));
            if (day > 0) {
                int k = j + 1;
                if (k < to && tokens.get(k).lower().matches("st|nd|rd|th")) {
                    k++;
                }
                int y = k + 1 < to && tokens.get(k).text().equals(",") ? year(tokens.get(k + 1)) : -1;
                if (y < 0 && k < to) {
                    y = year(tokens.get(k));
                    if (y > 0) {
                        return PartialDate.isValid(y, month.getValue(), day)
                                ? make(tokens, i, k + 1, new PartialDate(y, month.getValue(), day), false, false, end)
                                : null;
                    }
                } else if (y > 0) {
                    return PartialDate.isValid(y, month.getValue(), day)
                            ? make(tokens, i, k + 2, new PartialDate(y, month.getValue(), day), false, false, end)
                            : null; // "February 31, 2023" is no date
                }
                return yearless(tokens, i, k, month, day, ref, refInferred, end);
            }
            int y = year(tokens.get(j));
            if (y > 0) {
                return make(tokens, i, j + 1, PartialDate.ofMonth(y, month.getValue()), false, false, end);
            }
        }
        // a bare month needs a lead word, or "May" the verb and "March" the noun would be read as dates
        String prev = i > 0 ? tokens.get(i - 1).lower() : "";
        if (ref.isPresent() && Set.of("in", "since", "last", "next", "this", "early", "mid", "late", "until", "of",
                "during", "by").contains(prev)) {
            LocalDate r = ref.get();
            int y = r.getYear();
            if (prev.equals("next")) {
                if (month.getValue() <= r.getMonthValue()) {
                    y++;
                }
            } else if (month.getValue() > r.getMonthValue() || prev.equals("last") && month.getValue() == r.getMonthValue()) {
                y--;
            }
            int start = Set.of("last", "next", "this").contains(prev) ? i - 1 : i;
            return make(tokens, start, i + 1, PartialDate.ofMonth(y, month.getValue()), refInferred, true, end);
        }
        return null;
    }

    /** A month and day without a year take the year that puts them on or before the reference date. */
    private static DateMention yearless(List<Token> tokens, int i, int j, Month month, int day, Optional<LocalDate> ref,
                                        boolean refInferred, int[] end) {
        if (ref.isEmpty()) {
            return null;
        }
        LocalDate r = ref.get();
        // the latest year, up to the reference's, in which the day exists and falls on or before the reference:
        // "February 29" in a paper of 3 March 2025 is 2024's
        int y = r.getYear();
        while (y > r.getYear() - 8 && (!validDay(y, month, day) || LocalDate.of(y, month, day).isAfter(r.plusDays(1)))) {
            y--;
        }
        if (!validDay(y, month, day)) {
            return null;
        }
        return make(tokens, i, j, new PartialDate(y, month.getValue(), day), refInferred, false, end)
                .withForward(DateMention.Shift.YEAR);
    }

    /** "last month", "next year", "the previous year", "this week" (weeks have no precision of their own, so are skipped). */
    private static DateMention relativeUnit(List<Token> tokens, int i, int to, LocalDate r, boolean refInferred, int[] end) {
        if (i + 1 >= to) {
            return null;
        }
        String lw = tokens.get(i).lower();
        String unit = tokens.get(i + 1).lower();
        int step = switch (lw) {
            case "last", "previous" -> -1;
            case "next", "following", "coming" -> 1;
            default -> 0;
        };
        int start = i > 0 && tokens.get(i - 1).lower().equals("the") ? i - 1 : i;
        if (unit.equals("month")) {
            YearMonth ym = YearMonth.from(r).plusMonths(step);
            return make(tokens, start, i + 2, PartialDate.ofMonth(ym.getYear(), ym.getMonthValue()), refInferred, true, end);
        }
        if (unit.equals("year")) {
            return make(tokens, start, i + 2, PartialDate.ofYear(r.getYear() + step), refInferred, true, end);
        }
        if (unit.equals("day") && step != 0 && i + 2 < to && isPossessive(tokens.get(i + 2).text())) {
            // "the previous day's bombing" in a report: the day before the report. A bare "the previous day" tells
            // the day before whatever was told last, which only the sentence's own anchor knows.
            return make(tokens, start, i + 3, PartialDate.of(r.plusDays(step)), refInferred, true, end);
        }
        if (unit.equals("night") && lw.equals("last")) {
            return make(tokens, start, i + 2, PartialDate.of(r.minusDays(1)), refInferred, true, end);
        }
        return null;
    }

    private static DateMention make(List<Token> tokens, int from, int toExclusive, PartialDate d, boolean inferred,
                                    boolean relative, int[] end) {
        end[0] = toExclusive;
        Token a = tokens.get(from);
        Token b = tokens.get(toExclusive - 1);
        StringBuilder text = new StringBuilder();
        for (int k = from; k < toExclusive; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                text.append(' ');
            }
            text.append(tokens.get(k).text());
        }
        return new DateMention(a.start(), b.end(), text.toString(), d, inferred, relative);
    }

    private static boolean followedByCountNoun(List<Token> tokens, int i, int to) {
        // "2000 people": a count, not a year
        return i < to && tokens.get(i).isWord() && !tokens.get(i).isCapitalized()
                && !Set.of("and", "when", "after", "before", "but", "as", "that", "which", "while", "the", "in", "to",
                "was", "were", "had", "has", "is", "until", "at", "on", "for", "with").contains(tokens.get(i).lower());
    }

    private static int year(Token t) {
        String s = t.text();
        if (s.length() == 4 && t.isNumber() && s.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(s);
            return y >= 1900 && y <= 2100 ? y : -1;
        }
        return -1;
    }

    private static int dayNumber(Token t) {
        String s = t.text();
        if (s.length() <= 2 && t.isNumber() && s.chars().allMatch(Character::isDigit)) {
            int d = Integer.parseInt(s);
            return d >= 1 && d <= 31 ? d : -1;
        }
        return -1;
    }

    private static boolean validDay(int year, Month m, int day) {
        return day <= m.length(java.time.Year.isLeap(year));
    }

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s");
    }
}
