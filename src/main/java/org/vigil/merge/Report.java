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

    private static final char SEP = '\u001f';

    /**
     * The fields the same-happening rule reads, in one line: stored beside each event so merging reads one column
     * per candidate instead of thirty. {@link #fromDigest} reads it back.
     */
    public String digest() {
        Optional<Location> l = location;
        StringBuilder b = new StringBuilder(160);
        add(b, articleId);
        add(b, outlet.orElse(""));
        add(b, published.map(LocalDate::toString).orElse(""));
        add(b, type.name());
        add(b, mode);
        add(b, modality.name());
        add(b, date.orElse(""));
        add(b, datePrecision.map(Enum::name).orElse(""));
        add(b, dateInferred ? "1" : "");
        add(b, l.map(Location::country).orElse(""));
        add(b, l.map(Location::name).orElse(""));
        add(b, l.flatMap(Location::admin2).orElse(""));
        add(b, l.flatMap(Location::admin1).orElse(""));
        add(b, l.flatMap(Location::lat).map(String::valueOf).orElse(""));
        add(b, l.flatMap(Location::lon).map(String::valueOf).orElse(""));
        add(b, l.map(x -> x.precision().name()).orElse(""));
        add(b, l.flatMap(Location::gazetteerId).orElse(""));
        actorFields(b, actor);
        add(b, actorStatus.map(Enum::name).orElse(""));
        actorFields(b, target);
        add(b, killed.map(c -> String.valueOf(c.value())).orElse(""));
        add(b, killed.map(c -> c.qualifier().name()).orElse(""));
        add(b, injured.map(c -> String.valueOf(c.value())).orElse(""));
        b.append(injured.map(c -> c.qualifier().name()).orElse(""));
        return b.toString();
    }

    public static Report fromDigest(String eventId, String digest) {
        String[] f = digest.split(String.valueOf(SEP), -1);
        Optional<Location> location = f[9].isEmpty() ? Optional.empty()
                : Optional.of(new Location(f[10], opt(f[11]), opt(f[12]), f[9], opt(f[13]).map(Double::valueOf),
                        opt(f[14]).map(Double::valueOf), org.vigil.event.Precision.valueOf(f[15]), opt(f[16])));
        return new Report(eventId, f[0], opt(f[1]), opt(f[2]).map(LocalDate::parse), EventType.valueOf(f[3]), f[4],
                Modality.valueOf(f[5]), opt(f[6]), opt(f[7]).map(DatePrecision::valueOf), f[8].equals("1"), location,
                actorOf(f, 17), opt(f[21]).map(ActorStatus::valueOf), actorOf(f, 22),
                countOf(f[26], f[27]), countOf(f[28], f[29]));
    }

    private static void actorFields(StringBuilder b, Optional<ActorRef> a) {
        add(b, a.map(ActorRef::name).orElse(""));
        add(b, a.flatMap(ActorRef::id).orElse(""));
        add(b, a.map(ActorRef::kind).orElse(""));
        add(b, a.flatMap(ActorRef::country).orElse(""));
    }

    private static Optional<ActorRef> actorOf(String[] f, int at) {
        return f[at].isEmpty() ? Optional.empty()
                : Optional.of(new ActorRef(f[at], opt(f[at + 1]), f[at + 2], opt(f[at + 3])));
    }

    private static Optional<Count> countOf(String value, String qualifier) {
        return value.isEmpty() ? Optional.empty()
                : Optional.of(new Count(Integer.parseInt(value), org.vigil.event.Qualifier.valueOf(qualifier)));
    }

    private static void add(StringBuilder b, String s) {
        b.append(s == null ? "" : s.replace(SEP, ' ')).append(SEP);
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
