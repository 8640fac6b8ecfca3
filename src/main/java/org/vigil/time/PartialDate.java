package org.vigil.time;

import java.time.LocalDate;
import java.time.YearMonth;
import org.vigil.event.DatePrecision;

/** A date known to the day, the month or only the year: "2023-01-30", "2014-12", "2022". month and day are 0 when unknown. */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)
                || day > 0 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    /** Whether year, month and day make a calendar date ("February 31" does not). */
    public static boolean isValid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public DatePrecision precision() {
        return day > 0 ? DatePrecision.DAY : month > 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The first day the date could be. */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date could be. */
    public LocalDate latest() {
        if (day > 0) {
            return LocalDate.of(year, month, day);
        }
        if (month > 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
    public static PartialDate parse(String s) {
        String[] p = s.trim().split("-");
        int y = Integer.parseInt(p[0]);
        int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        int d = p.length > 2 ? Integer.parseInt(p[2]) : 0;
        return new PartialDate(y, m, d);
    }

    @Override
    public String toString() {
        if (day > 0) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        if (month > 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d", year);
    }

    @Override
    public int compareTo(PartialDate o) {
        return earliest().compareTo(o.earliest());
    }
}
