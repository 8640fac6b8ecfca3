package org.vigil.actors;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A span of time, open at either end: a term of office, the years a group was active, an era of a government.
 * Both ends are inclusive, so on a handover day both the outgoing and the incoming holder are in office.
 */
public record Period(Optional<LocalDate> from, Optional<LocalDate> until) {
    public static final Period ALWAYS = new Period(Optional.empty(), Optional.empty());

    /**
     * A period from the data files' partial dates ("2013", "2013-06", "2013-06-05"); a partial start is read as
     * its first day, a partial end as its last.
     */
    public static Period parse(String from, String until) {
        return new Period(start(from), end(until));
    }

    public boolean contains(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    /** True when the period has no end: the office is still held, the group still active. */
    public boolean isOpen() {
        return until.isEmpty();
    }

    // Parsed by hand: DateTimeFormatter costs tens of milliseconds of class loading on a cold start.
    private static Optional<LocalDate> start(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        int[] ymd = fields(s);
        return Optional.of(LocalDate.of(ymd[0], ymd[1] == 0 ? 1 : ymd[1], ymd[2] == 0 ? 1 : ymd[2]));
    }

    private static Optional<LocalDate> end(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        int[] ymd = fields(s);
        if (ymd[1] == 0) {
            return Optional.of(LocalDate.of(ymd[0], 12, 31));
        }
        LocalDate first = LocalDate.of(ymd[0], ymd[1], 1);
        return Optional.of(ymd[2] == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : first.withDayOfMonth(ymd[2]));
    }

    /** "2013" -> {2013, 0, 0}, "2013-06" -> {2013, 6, 0}, "2013-06-05" -> {2013, 6, 5}. */
    private static int[] fields(String s) {
        String t = s.trim();
        if (!(t.length() == 4 || t.length() == 7 || t.length() == 10)) {
            throw new IllegalArgumentException("a date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + s + "'");
        }
        try {
            int y = Integer.parseInt(t.substring(0, 4));
            int m = t.length() >= 7 ? Integer.parseInt(t.substring(5, 7)) : 0;
            int d = t.length() == 10 ? Integer.parseInt(t.substring(8, 10)) : 0;
            return new int[] {y, m, d};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + s + "'", e);
        }
    }
}
