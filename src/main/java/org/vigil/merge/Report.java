package org.vigil.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.DatePrecision;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Location;
import org.vigil.event.Modality;

/**
 * One article's account of one event, as merging sees it: the event's own fields plus when and by whom the
 * article was published. Everything the "same happening" decision reads is here, so that decision depends on
 * the two reports alone.
 *
 * @param outlet    the article's source (outlet or agency), if known
 * @param published the article's publication date, if known
 */
public record Report(String eventId, String articleId, Optional<String> outlet, Optional<LocalDate> published,
                     EventType type, String mode, Modality modality, Optional<String> date,
                     Optional<DatePrecision> datePrecision, boolean dateInferred, Optional<Location> location,
                     Optional<ActorRef> actor, Optional<ActorStatus> actorStatus, Optional<ActorRef> target,
                     Optional<Count> killed, Optional<Count> injured) {

    public static Report of(Event e, Optional<LocalDate> published, Optional<String> outlet) {
        return new Report(e.id(), e.articleId(), outlet, published, e.type(), e.mode() == null ? "" : e.mode(),
                e.modality(), e.date(), e.datePrecision(), e.dateInferred(), e.location(), e.actor(), e.actorStatus(),
                e.target(), e.killed(), e.injured());
    }

    /** The precision of the date: as given, else read from its shape ("2023", "2023-01", "2023-01-30"). */
    public Optional<DatePrecision> precision() {
        if (datePrecision.isPresent() || date.isEmpty()) {
            return date.isEmpty() ? Optional.empty() : datePrecision;
        }
        return switch (date.get().length()) {
            case 4 -> Optional.of(DatePrecision.YEAR);
            case 7 -> Optional.of(DatePrecision.MONTH);
            default -> Optional.of(DatePrecision.DAY);
        };
    }

    /** First day the date can stand for: the day itself, the first of the month, or January 1st. */
    public Optional<LocalDate> dateFrom() {
        return parse(false);
    }

    /** Last day the date can stand for. */
    public Optional<LocalDate> dateTo() {
        return parse(true);
    }

    public Optional<String> country() {
        return location.map(Location::country).filter(c -> !c.isBlank());
    }

    private Optional<LocalDate> parse(boolean end) {
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String d = date.get();
        try {
            if (d.length() >= 10) {
                return Optional.of(LocalDate.parse(d.substring(0, 10)));
            }
            if (d.length() == 7) {
                YearMonth ym = YearMonth.parse(d);
                return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
            }
            if (d.length() == 4) {
                int y = Integer.parseInt(d);
                return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
