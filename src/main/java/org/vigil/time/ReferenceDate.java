package org.vigil.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article's relative expressions are read against, and where it came from: the publication date in
 * the metadata, else the URL's date, else the dateline's day with a year from the text, else inferred from the
 * text's own dates ("January 30" in a text whose latest dated reference is May 2022 is 2023-01-30).
 *
 * @param how "metadata", "url", "dateline", "inferred" or "none"
 */
public record ReferenceDate(Optional<LocalDate> date, boolean inferred, String how) {

    private static final Pattern URL_DATE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final Pattern URL_DATE_SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");

    public static ReferenceDate none() {
        return new ReferenceDate(Optional.empty(), false, "none");
    }

    /**
     * @param absolute dates with a year read from the text (resolved without a reference)
     * @param yearless month-day pairs from the text with no year, in text order ("January 30"), as {month, day} or
     *                 {month, day, weekday} when the text names the weekday too
     * @param datelineDay month-day from the dateline ("Feb 17"), if any
     */
    public static ReferenceDate resolve(Optional<LocalDate> metadata, Optional<String> url, List<PartialDate> absolute,
                                        List<int[]> yearless, Optional<int[]> datelineDay) {
        if (metadata.isPresent()) {
            return new ReferenceDate(metadata, false, "metadata");
        }
        Optional<LocalDate> fromUrl = url.flatMap(ReferenceDate::fromUrl);
        if (fromUrl.isPresent()) {
            return new ReferenceDate(fromUrl, false, "url");
        }
        Optional<PartialDate> latest = absolute.stream().max((a, b) -> a.latest().compareTo(b.latest()));
        if (datelineDay.isPresent() && latest.isPresent()) {
            int[] md = datelineDay.get();
            Optional<LocalDate> d = firstOnOrAfter(latest.get().earliest(), md[0], md[1]);
            if (d.isPresent()) {
                return new ReferenceDate(d, true, "dateline");
            }
        }
        if (latest.isPresent() && !yearless.isEmpty()) {
            // the report's own undated day is the first such day after everything it dates explicitly
            LocalDate after = latest.get().latest().plusDays(1);
            LocalDate best = null;
            for (int[] md : yearless) {
                Optional<LocalDate> d = md.length > 2 && md[2] > 0 ? firstOnWeekday(after, md[0], md[1], md[2])
                        : firstOnOrAfter(after, md[0], md[1]);
                if (d.isPresent() && (best == null || d.get().isAfter(best))) {
                    best = d.get();
                }
            }
            if (best != null) {
                return new ReferenceDate(Optional.of(best), true, "inferred");
            }
        }
        return none();
    }

    static Optional<LocalDate> fromUrl(String url) {
        for (Pattern p : List.of(URL_DATE_SLASHED, URL_DATE)) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    // not a calendar date after all; try the next form
                }
            }
        }
        return Optional.empty();
    }

    /** "Wednesday, April 26": the first such day after {@code from} that falls on that weekday. */
    private static Optional<LocalDate> firstOnWeekday(LocalDate from, int month, int day, int weekday) {
        for (int y = from.getYear(); y <= from.getYear() + 11; y++) {
            if (day > Month.of(month).length(java.time.Year.isLeap(y))) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (!d.isBefore(from) && d.getDayOfWeek().getValue() == weekday) {
                return Optional.of(d);
            }
        }
        return firstOnOrAfter(from, month, day);
    }

    private static Optional<LocalDate> firstOnOrAfter(LocalDate from, int month, int day) {
        for (int y = from.getYear(); y <= from.getYear() + 1; y++) {
            Month m = Month.of(month);
            if (day > m.length(java.time.Year.isLeap(y))) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (!d.isBefore(from)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
