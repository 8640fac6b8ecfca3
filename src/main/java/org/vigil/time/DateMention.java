package org.vigil.time;


/**
 * A date expression resolved to a calendar date: "on Monday", "January 30", "last month", "in May 2022".
 *
 * @param inferred true when the year (or the whole date) was inferred rather than read, e.g. when the article has no
 *                 publication date and "January 30" took its year from the other dates in the text
 * @param relative true for expressions read against a reference date ("on Saturday", "a year ago", "next month")
 */
public record DateMention(int start, int end, String text, PartialDate date, boolean inferred, boolean relative) {
}
