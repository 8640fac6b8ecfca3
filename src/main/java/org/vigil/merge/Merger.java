package org.vigil.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.vigil.event.Acled;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.DatePrecision;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Location;
import org.vigil.event.Modality;
import org.vigil.event.Qualifier;
import org.vigil.event.SourceRef;
import org.vigil.merge.MergedEvent.Choice;
import org.vigil.merge.MergedEvent.ReportRef;
import org.vigil.merge.MergedEvent.StatusPoint;
import org.vigil.merge.MergedEvent.TollPoint;

/**
 * Builds a merged event from its members. Every value is a function of the set of members, never of the order
 * they arrived in: ties are broken by value and finally by event id. The rules are listed in docs/MERGING.md.
 */
public final class Merger {
    public static final String RULE_TOLL = "latest report (background mentions only if no report of the event gives one);"
            + " same day: the higher figure, then the firmer qualifier";
    public static final String RULE_TYPE = "most reports; ties: the order of EventType";
    public static final String RULE_MODE = "most reports; ties: the more specific (longer) name, then alphabetical";
    public static final String RULE_DATE = "most reports among the most precise dates read (not inferred); ties: the earlier";
    public static final String RULE_LOCATION = "most precise; ties: most reports, then alphabetical";
    public static final String RULE_ACTOR = "doer not (last) denied, a named one before an unnamed one (\"gunmen\"), with the firmest"
            + " status (asserted > claimed > blamed > suspected); ties: most reports, then the latest, then alphabetical";
    public static final String RULE_TARGET = "most reports; ties: named in the dictionary, then alphabetical";
    public static final String RULE_LEAD = "the report the toll was taken from, else the earliest";

    private Merger() {
    }

    /** One member: an event and the publication date and outlet of the article that reported it. */
    public record Member(Event event, Optional<LocalDate> published, Optional<String> source) {
        public Report report() {
            return Report.of(event, published, source);
        }
    }

    /** Hex digits of the merged id's hash: 64 bits, so that ids stay apart in stores of many millions of events. */
    public static final int ID_HEX_DIGITS = 16;

    /**
     * The merged id: the country and {@value #ID_HEX_DIGITS} hex digits of SHA-256 of the smallest member event id,
     * so the same members always give the same id, in any order. The store refuses an id already taken by a
     * different happening (a hash collision) rather than merge the two.
     */
    public static String mergedId(String country, String smallestEventId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(smallestEventId.getBytes(StandardCharsets.UTF_8));
            return (country == null || country.isBlank() ? "XX" : country.toUpperCase(Locale.ROOT)) + "-"
                    + HexFormat.of().formatHex(h, 0, ID_HEX_DIGITS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MergedEvent merge(List<Member> input) {
        if (input.isEmpty()) {
            throw new IllegalArgumentException("a merged event needs at least one report");
        }
        List<Member> members = new ArrayList<>(input);
        // publication order; within a day the clock time is unknown, and tolls rise, so the lower toll first
        members.sort(Comparator.comparing((Member m) -> m.published().orElse(LocalDate.MIN))
                .thenComparingInt(m -> m.event().killed().map(Count::value).orElse(-1))
                .thenComparing(m -> m.event().articleId()).thenComparing(m -> m.event().id()));
        Member smallest = members.stream().min(Comparator.comparing(m -> m.event().id())).orElseThrow();
        String country = members.stream().map(m -> m.event().location().map(Location::country).orElse(""))
                .filter(c -> !c.isBlank()).sorted().findFirst().orElse("");
        String id = mergedId(country, smallest.event().id());
        Map<String, Choice> best = new LinkedHashMap<>();

        // tolls: the latest report is the best informed; on one day, the higher figure
        Optional<Member> killedBy = latestWith(members, m -> m.event().killed());
        Optional<Member> injuredBy = latestWith(members, m -> m.event().injured());
        Optional<Member> attackersBy = latestWith(members, m -> m.event().attackersKilled());
        killedBy.ifPresent(m -> best.put("killed", new Choice(RULE_TOLL, m.event().id())));
        injuredBy.ifPresent(m -> best.put("injured", new Choice(RULE_TOLL, m.event().id())));
        Member lead = killedBy.orElse(members.get(0));
        best.put("lead_report", new Choice(RULE_LEAD, lead.event().id()));

        EventType type = mostCommon(members, m -> Optional.of(m.event().type()),
                Comparator.comparing(EventType::ordinal)).orElseThrow();
        best.put("type", new Choice(RULE_TYPE, firstWith(members, m -> m.event().type() == type).event().id()));
        List<Member> ofType = members.stream().filter(m -> m.event().type() == type).toList();
        String mode = mostCommon(ofType, m -> Optional.ofNullable(m.event().mode()).filter(s -> !s.isBlank()),
                Comparator.comparing((String s) -> -s.length()).thenComparing(Function.identity())).orElse("");
        Member modeBy = ofType.stream().filter(m -> mode.equals(m.event().mode())).findFirst().orElse(ofType.get(0));
        best.put("mode", new Choice(RULE_MODE, modeBy.event().id()));
        Member codedBy = ofType.stream().filter(m -> mode.equals(m.event().mode()) && m.event().acled().isPresent())
                .min(Comparator.comparing(m -> m.event().id())).orElse(modeBy);
        Optional<Acled> acled = codedBy.event().acled();
        Optional<String> cameo = codedBy.event().cameo();

        Modality modality = members.stream().map(m -> m.event().modality())
                .anyMatch(x -> x == Modality.ASSERTED) ? Modality.ASSERTED
                : members.stream().anyMatch(m -> m.event().modality() == Modality.HISTORICAL) ? Modality.HISTORICAL
                : members.get(0).event().modality();

        // date
        Optional<Member> dateBy = bestDate(members);
        dateBy.ifPresent(m -> best.put("date", new Choice(RULE_DATE, m.event().id())));
        Optional<String> date = dateBy.flatMap(m -> m.event().date());
        Optional<DatePrecision> datePrecision = dateBy.flatMap(m -> m.report().precision());
        boolean dateInferred = dateBy.isPresent() && members.stream()
                .filter(m -> m.event().date().equals(date)).allMatch(m -> m.event().dateInferred());

        // location
        Optional<Member> placeBy = bestLocation(members);
        placeBy.ifPresent(m -> best.put("location", new Choice(RULE_LOCATION, m.event().id())));
        Optional<Location> location = placeBy.flatMap(m -> m.event().location());

        // doer and its status as it evolved
        List<StatusPoint> statusHistory = statusHistory(members);
        Map<String, StatusPoint> lastWord = new TreeMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (StatusPoint p : statusHistory) {
            String k = SameHappening.actorKey(p.actor());
            mentions.merge(k, 1, Integer::sum);
            StatusPoint prev = lastWord.get(k);
            int newer = prev == null ? 1
                    : p.published().orElse(LocalDate.MIN).compareTo(prev.published().orElse(LocalDate.MIN));
            // on one day a denial answers a claim, else the firmer word stands
            if (newer > 0 || newer == 0 && sameDayRank(p.status()) < sameDayRank(prev.status())) {
                lastWord.put(k, p);
            }
        }
        Optional<StatusPoint> doer = lastWord.entrySet().stream()
                .filter(e -> e.getValue().status() != ActorStatus.DENIED)
                .min(Comparator.comparing((Map.Entry<String, StatusPoint> e) -> e.getValue().actor().id().isPresent() ? 0 : 1)
                        .thenComparing(e -> firmness(e.getValue().status()))
                        .thenComparing(e -> -mentions.get(e.getKey()))
                        .thenComparing(e -> e.getValue().published().orElse(LocalDate.MIN), Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getValue);
        Optional<ActorRef> actor = doer.map(StatusPoint::actor).flatMap(a -> bestNamed(members, a));
        Optional<ActorStatus> actorStatus = doer.map(StatusPoint::status);
        doer.ifPresent(p -> best.put("actor", new Choice(RULE_ACTOR,
                eventIdOf(members, p.articleId(), SameHappening.actorKey(p.actor())))));
        List<ActorRef> deniedBy = lastWord.values().stream().filter(p -> p.status() == ActorStatus.DENIED)
                .map(StatusPoint::actor).toList();

        Optional<ActorRef> target = mostCommon(members, m -> m.event().target(),
                Comparator.comparing((ActorRef a) -> a.id().isPresent() ? 0 : 1).thenComparing(ActorRef::name)
                        .thenComparing(a -> a.id().orElse("")));
        target.ifPresent(t -> best.put("target", new Choice(RULE_TARGET,
                firstWith(members, m -> m.event().target().equals(Optional.of(t))).event().id())));
        Optional<ActorRef> mediator = mostCommon(members, m -> m.event().mediator(),
                Comparator.comparing(ActorRef::name).thenComparing(a -> a.id().orElse("")));

        // all the sources any report cited, each once
        TreeMap<String, SourceRef> sources = new TreeMap<>();
        for (Member m : members) {
            for (SourceRef s : m.event().sources()) {
                sources.putIfAbsent(s.name().toLowerCase(Locale.ROOT) + "\u0000" + s.kind(), s);
            }
        }
        double confidence = members.stream().mapToDouble(m -> m.event().confidence()).max().orElse(0);

        Event event = new Event(id, lead.event().articleId(), type, mode, acled, cameo, modality, date, datePrecision,
                dateInferred, location, actor, actorStatus, target,
                killedBy.flatMap(m -> m.event().killed()), injuredBy.flatMap(m -> m.event().injured()),
                List.copyOf(sources.values()), lead.event().evidence(), confidence, deniedBy, mediator,
                attackersBy.flatMap(m -> m.event().attackersKilled()));

        List<ReportRef> reports = members.stream().map(m -> new ReportRef(m.event().articleId(), m.event().id(),
                m.source(), m.published(), m.event().killed(), m.event().injured(), m.event().modality())).toList();
        List<TollPoint> tolls = members.stream()
                .filter(m -> m.event().killed().isPresent() || m.event().injured().isPresent())
                .map(m -> new TollPoint(m.published(), m.event().articleId(), m.source(), m.event().killed(),
                        m.event().injured()))
                .toList();
        return new MergedEvent(id, event, reports, tolls, statusHistory, best);
    }

    /**
     * The report with the latest publication date giving the value; on one day the higher value, then the firmer.
     * Reports of the event itself count first; a later article recalling it as background only when none gives one.
     */
    static Optional<Member> latestWith(List<Member> members, Function<Member, Optional<Count>> field) {
        boolean news = members.stream().anyMatch(m -> field.apply(m).isPresent()
                && m.event().modality() != Modality.HISTORICAL);
        return members.stream().filter(m -> field.apply(m).isPresent())
                .filter(m -> !news || m.event().modality() != Modality.HISTORICAL)
                .max(Comparator.comparing((Member m) -> m.published().orElse(LocalDate.MIN))
                        .thenComparingInt(m -> field.apply(m).get().value())
                        .thenComparing(m -> -firmness(field.apply(m).get().qualifier()))
                        .thenComparing(m -> m.event().id(), Comparator.reverseOrder()));
    }

    private static int firmness(Qualifier q) {
        return switch (q) {
            case EXACT -> 0;
            case AT_LEAST, OVER -> 1;
            case ABOUT -> 2;
            case UP_TO -> 3;
        };
    }

    private static int firmness(ActorStatus s) {
        return switch (s) {
            case ASSERTED -> 0;
            case CLAIMED -> 1;
            case BLAMED -> 2;
            case SUSPECTED -> 3;
            case DENIED -> 4;
        };
    }

    private static int sameDayRank(ActorStatus s) {
        return s == ActorStatus.DENIED ? -1 : firmness(s);
    }

    private static Optional<Member> bestDate(List<Member> members) {
        List<Member> dated = members.stream().filter(m -> m.event().date().isPresent()).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Member> finer = Comparator.comparing((Member m) -> m.report().precision().orElse(DatePrecision.YEAR))
                .thenComparing(m -> m.event().dateInferred());
        Member finest = dated.stream().min(finer).orElseThrow();
        List<Member> pool = dated.stream().filter(m -> finer.compare(m, finest) == 0).toList();
        String date = Merger.<String>mostCommon(pool, m -> m.event().date(), Comparator.naturalOrder()).orElseThrow();
        return Optional.of(firstWith(pool, m -> m.event().date().get().equals(date)));
    }

    private static Optional<Member> bestLocation(List<Member> members) {
        List<Member> placed = members.stream().filter(m -> m.event().location().isPresent()).toList();
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        var precision = placed.stream().map(m -> m.event().location().get().precision()).min(Comparator.naturalOrder())
                .orElseThrow();
        List<Member> pool = placed.stream().filter(m -> m.event().location().get().precision() == precision).toList();
        String key = Merger.<String>mostCommon(pool, m -> Optional.of(placeKey(m.event().location().get())), Comparator.naturalOrder())
                .orElseThrow();
        return Optional.of(firstWith(pool, m -> placeKey(m.event().location().get()).equals(key)));
    }

    private static String placeKey(Location l) {
        return l.gazetteerId().orElse("") + "|" + l.name();
    }

    private static List<StatusPoint> statusHistory(List<Member> members) {
        List<StatusPoint> points = new ArrayList<>();
        for (Member m : members) {
            Event e = m.event();
            e.actor().ifPresent(a -> points.add(new StatusPoint(m.published(), e.articleId(), m.source(), a,
                    e.actorStatus().orElse(ActorStatus.ASSERTED))));
            for (ActorRef d : e.deniedBy()) {
                points.add(new StatusPoint(m.published(), e.articleId(), m.source(), d, ActorStatus.DENIED));
            }
        }
        points.sort(Comparator.comparing((StatusPoint p) -> p.published().orElse(LocalDate.MIN))
                .thenComparing(StatusPoint::articleId)
                .thenComparing(p -> SameHappening.actorKey(p.actor()))
                .thenComparing(StatusPoint::status));
        return points;
    }

    /** The fullest form of an actor among the reports (a dictionary id, then the longest name). */
    private static Optional<ActorRef> bestNamed(List<Member> members, ActorRef a) {
        String key = SameHappening.actorKey(a);
        return members.stream().flatMap(m -> m.event().actor().stream())
                .filter(x -> SameHappening.actorKey(x).equals(key))
                .min(Comparator.comparing((ActorRef x) -> -x.name().length()).thenComparing(ActorRef::name));
    }

    private static String eventIdOf(List<Member> members, String articleId, String actorKey) {
        return members.stream().filter(m -> m.event().articleId().equals(articleId))
                .filter(m -> m.event().actor().map(SameHappening::actorKey).filter(actorKey::equals).isPresent()
                        || m.event().deniedBy().stream().anyMatch(d -> SameHappening.actorKey(d).equals(actorKey)))
                .map(m -> m.event().id()).min(Comparator.naturalOrder()).orElse("");
    }

    private static Member firstWith(List<Member> members, java.util.function.Predicate<Member> p) {
        return members.stream().filter(p).min(Comparator.comparing(m -> m.event().id())).orElseThrow();
    }

    /** The value most members give; ties broken by {@code order} (smallest first). */
    static <T> Optional<T> mostCommon(List<Member> members, Function<Member, Optional<T>> field, Comparator<T> order) {
        Map<T, Integer> counts = new HashMap<>();
        for (Member m : members) {
            field.apply(m).ifPresent(v -> counts.merge(v, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<T, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, order))
                .map(Map.Entry::getKey);
    }
}
