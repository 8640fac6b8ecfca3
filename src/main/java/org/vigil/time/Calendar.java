package org.vigil.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** English month and weekday names with their abbreviations, as java.time knows them, and weekday arithmetic. */
public final class Calendar {
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            MONTHS.put(full, m);
            MONTHS.put(full.substring(0, 3), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            WEEKDAYS.put(full, d);
        }
    }

    private Calendar() {
    }

    /** "January", "Jan", "Sept": capitalised only, since "may" and "march" are also verbs. */
    public static Optional<Month> month(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        Month m = MONTHS.get(word.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(m);
    }

    public static Optional<DayOfWeek> weekday(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return Optional.ofNullable(WEEKDAYS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The latest day on or before {@code ref} that falls on {@code day}: "on Monday" in a report. */
    public static LocalDate onOrBefore(LocalDate ref, DayOfWeek day) {
        return ref.with(TemporalAdjusters.previousOrSame(day));
    }

    /** The first day after {@code ref} that falls on {@code day}: "will visit on Monday". */
    public static LocalDate after(LocalDate ref, DayOfWeek day) {
        return ref.with(TemporalAdjusters.next(day));
    }
}
