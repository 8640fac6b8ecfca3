package org.vigil.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as inputs write them: {@code 2023-01-30}, ISO date-times with or without a zone
 * ({@code 2023-01-30T09:15:00+05:00}, {@code 2023-01-30T04:15Z}), {@code 2023-01-30 09:15:00}, and, in HTML
 * metadata, RFC 1123 ({@code Mon, 30 Jan 2023 09:15:00 GMT}). The date kept is the one written, that is the
 * publisher's local date, not the UTC one: it is what "on Monday" in the text is read against.
 */
public final class PublicationDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:(?:T|\\s+)(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s*(?:Z|z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");

    private PublicationDates() {
    }

    public static Optional<LocalDate> parse(String value) {
        String s = value.trim();
        if (s.isEmpty() || s.length() > 64) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            try {
                if (m.group(4) != null && (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59
                        || (m.group(6) != null && Integer.parseInt(m.group(6)) > 60))) {
                    return Optional.empty();
                }
                return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Years outside news archives are typing errors ("0023-01-30"), not dates to read a report against. */
    private static Optional<LocalDate> plausible(LocalDate d) {
        return d.getYear() >= 1800 && d.getYear() <= 2200 ? Optional.of(d) : Optional.empty();
    }
}
