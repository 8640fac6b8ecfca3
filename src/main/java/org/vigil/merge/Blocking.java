package org.vigil.merge;

import java.time.LocalDate;
import java.util.Optional;
import org.vigil.event.DatePrecision;
import org.vigil.event.EventType;
import org.vigil.event.Modality;

/**
 * Which stored reports a new report must be compared with: those of the same country and type family whose
 * dates fall within a few days of its own. The "same happening" rule never says yes outside the block, which is
 * what lets merging read only a neighbourhood of the store and still give the same result in any order.
 */
public final class Blocking {
    /** Widest gap in days between two dates that the decision rule can still call one happening. */
    public static final int WINDOW_DAYS = 3;
    /** Longest span a mergeable date can cover (a month), so a range on the start day finds every overlap. */
    public static final int MAX_SPAN_DAYS = 31;

    private Blocking() {
    }

    /**
     * The block of a report, or empty when it can take part in no merge: no country, no date, a date known only
     * to the year, or a modality that is not a happening (negated, hypothetical).
     */
    public static Optional<Block> of(Report r) {
        if (!isHappening(r.modality()) || r.country().isEmpty()) {
            return Optional.empty();
        }
        Optional<DatePrecision> p = r.precision();
        if (p.isEmpty() || p.get() == DatePrecision.YEAR) {
            return Optional.empty();
        }
        Optional<LocalDate> from = r.dateFrom();
        Optional<LocalDate> to = r.dateTo();
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(r.country().get(), family(r.type()), from.get(), to.get()));
    }

    /** Whether a report of this modality stands for something that happened or is planned, and so gets a merged event. */
    public static boolean isHappening(Modality m) {
        return m == Modality.ASSERTED || m == Modality.HISTORICAL || m == Modality.PLANNED;
    }

    /** Attacks and combat are one family (outlets tell one raid as an attack or a clash); other types stand alone. */
    public static String family(EventType t) {
        return switch (t) {
            case ASSAULT, FIGHT -> "violence";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * A report's block.
     *
     * @param from first day of the report's date
     * @param to   last day of the report's date (same as {@code from} for a day)
     */
    public record Block(String country, String family, LocalDate from, LocalDate to) {
        /** Lowest start day a candidate can have: its span may reach forward into this one's window. */
        public LocalDate candidateStartLow() {
            return from.minusDays(WINDOW_DAYS + MAX_SPAN_DAYS);
        }

        /** Highest start day a candidate can have. */
        public LocalDate candidateStartHigh() {
            return to.plusDays(WINDOW_DAYS);
        }

        /** Whether another block can hold a report of the same happening. */
        public boolean overlaps(Block o) {
            return country.equals(o.country) && family.equals(o.family)
                    && !o.from.isAfter(to.plusDays(WINDOW_DAYS)) && !o.to.isBefore(from.minusDays(WINDOW_DAYS));
        }
    }
}
