package org.vigil.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.event.DatePrecision;
import org.vigil.event.EventType;
import org.vigil.event.Modality;

/**
 * Which stored reports a new report must be compared with: those of the same country, province and type family
 * whose dates fall within a few days of its own. The "same happening" rule never says yes outside the block, which is
 * what lets merging read only a neighbourhood of the store and still give the same result in any order.
 */
public final class Blocking {
    /** Widest gap in days between two dates that the decision rule can still call one happening. */
    public static final int WINDOW_DAYS = 3;

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
        return Optional.of(new Block(r.country().get(), family(r.type()), region(r), from.get(), to.get(),
                p.get() == DatePrecision.MONTH));
    }

    /** Whether a report of this modality stands for something that happened or is planned, and so gets a merged event. */
    public static boolean isHappening(Modality m) {
        return m == Modality.ASSERTED || m == Modality.HISTORICAL || m == Modality.PLANNED;
    }

    /**
     * The province a report is placed in ("" when only the country is known): reports of one happening share it,
     * and blocking on it keeps a busy country's neighbourhoods small.
     */
    public static String region(Report r) {
        return r.location().map(l -> switch (l.precision()) {
            case COUNTRY -> "";
            case PROVINCE -> SameHappening.norm(l.admin1().orElse(l.name()));
            default -> SameHappening.norm(l.admin1().orElse(""));
        }).orElse("");
    }

    /** Attacks and combat are one family (outlets tell one raid as an attack or a clash); other types stand alone. */
    public static String family(EventType t) {
        return switch (t) {
            case ASSAULT, FIGHT -> "violence";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** One index entry of the store: reports are found by (key, day). */
    public record Key(String key, int day) {
    }

    /**
     * A report's block.
     *
     * @param region the province, normalised ("" when only the country is known)
     * @param from   first day of the report's date
     * @param to     last day of the report's date (same as {@code from} for a day)
     * @param month  whether the date is known only to the month
     */
    public record Block(String country, String family, String region, LocalDate from, LocalDate to, boolean month) {
        private String base() {
            return country + "|" + family + "|" + region;
        }

        /** Where this report is filed: day dates by their day, month dates under a key of their own by the 1st. */
        public Key key() {
            return new Key(month ? base() + "|m" : base(), (int) from.toEpochDay());
        }

        /** Every key a report of the same happening can be filed under: days of the window, months it touches. */
        public List<Key> candidateKeys() {
            List<Key> keys = new ArrayList<>();
            LocalDate lo = from.minusDays(WINDOW_DAYS);
            LocalDate hi = to.plusDays(WINDOW_DAYS);
            for (LocalDate d = lo; !d.isAfter(hi); d = d.plusDays(1)) {
                keys.add(new Key(base(), (int) d.toEpochDay()));
            }
            for (YearMonth m = YearMonth.from(lo); !m.isAfter(YearMonth.from(hi)); m = m.plusMonths(1)) {
                keys.add(new Key(base() + "|m", (int) m.atDay(1).toEpochDay()));
            }
            return keys;
        }

        /** Whether another block can hold a report of the same happening. */
        public boolean overlaps(Block o) {
            return base().equals(o.base())
                    && !o.from.isAfter(to.plusDays(WINDOW_DAYS)) && !o.to.isBefore(from.minusDays(WINDOW_DAYS));
        }
    }
}
