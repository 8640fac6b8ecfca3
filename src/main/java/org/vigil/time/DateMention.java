package org.vigil.time;


/**
 * A date expression resolved to a calendar date: "on Monday", "January 30", "last month", "in May 2022".
 *
 * @param inferred true when the year (or the whole date) was inferred rather than read, e.g. when the article has no
 *                 publication date and "January 30" took its year from the other dates in the text
 * @param relative true for expressions read against a reference date ("on Saturday", "a year ago", "next month")
 */
public record DateMention(int start, int end, String text, PartialDate date, boolean inferred, boolean relative,
                          Shift forward) {

    /** How the date would read if it lay ahead of the reference rather than behind it ("will visit on January 29"). */
    public enum Shift {
        /** Written in full ("January 29, 2024", "in 2014") or fixed by the reference ("last year"): no other reading. */
        NONE,
        /** A weekday: a week later. */
        WEEK,
        /** A month and day without a year: a year later. */
        YEAR
    }

    public DateMention(int start, int end, String text, PartialDate date, boolean inferred, boolean relative) {
        this(start, end, text, date, inferred, relative, Shift.NONE);
    }

    public DateMention withForward(Shift shift) {
        return new DateMention(start, end, text, date, inferred, relative, shift);
    }

    /** The date read forward when it falls before {@code ref}: for events still to come. */
    public PartialDate forwardFrom(java.time.LocalDate ref) {
        if (forward == Shift.NONE || date.day() == 0 || !date.earliest().isBefore(ref)) {
            return date;
        }
        java.time.LocalDate d = forward == Shift.WEEK ? date.earliest().plusWeeks(1) : date.earliest().plusYears(1);
        return PartialDate.of(d);
    }
}
