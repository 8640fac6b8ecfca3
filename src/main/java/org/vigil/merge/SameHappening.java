package org.vigil.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.DatePrecision;
import org.vigil.event.EventType;
import org.vigil.event.Location;
import org.vigil.event.Modality;
import org.vigil.event.Precision;
import org.vigil.geo.Places;
import org.vigil.text.Normalizer;

/**
 * The pairwise rule of cross-article merging: whether two reports tell of one happening. It reads the two
 * reports and nothing else (no store, no order of arrival), is symmetric, and never says yes to reports in
 * different blocks; merged events are the connected components of its yes-links. docs/MERGING.md explains
 * each threshold.
 */
public final class SameHappening {
    /** A nearer point (a shrine, a market) and a farther town of one happening are at most this far apart. */
    static final double NEAR_KM = 15;
    /** Two named points (two markets of one city) further apart than this are two places. */
    static final double POINT_KM = 1.5;
    /** A district's named centre and a town inside it. */
    static final double DISTRICT_KM = 40;
    /** Below this weighted agreement the fields are too loose to call one happening. */
    static final double THRESHOLD = 0.55;

    private final ModeFamilies modes;

    public SameHappening(ModeFamilies modes) {
        this.modes = modes;
    }

    public static SameHappening standard() {
        return new SameHappening(ModeFamilies.standard());
    }

    public Decision decide(Report x, Report y) {
        // canonical order: the answer cannot depend on which report came first
        Report a = x.eventId().compareTo(y.eventId()) <= 0 ? x : y;
        Report b = a == x ? y : x;
        List<String> why = new ArrayList<>();
        if (a.articleId().equals(b.articleId())) {
            return Decision.no(why, "one article: its events were already told apart");
        }
        Optional<Blocking.Block> ba = Blocking.of(a);
        Optional<Blocking.Block> bb = Blocking.of(b);
        if (ba.isEmpty() || bb.isEmpty()) {
            return Decision.no(why, "not mergeable (no country, no day or month date, or not a happening)");
        }
        if (!ba.get().overlaps(bb.get())) {
            return Decision.no(why, "different block (country, province, type family or dates)");
        }
        // modality: background and news can be one event; a plan and a memory cannot
        if (pair(a.modality(), b.modality(), Modality.PLANNED, Modality.HISTORICAL)) {
            return Decision.no(why, "a plan and a past event");
        }
        Optional<String> recalled = historicalTooRecent(a, b).or(() -> historicalTooRecent(b, a));
        if (recalled.isPresent()) {
            return Decision.no(why, recalled.get());
        }

        // date
        boolean vagueDate = a.precision().orElseThrow() != DatePrecision.DAY || b.precision().orElseThrow() != DatePrecision.DAY;
        long gap = gapDays(a, b);
        int window = 1 + (a.dateInferred() || b.dateInferred() ? 1 : 0) + (isViolent(a) ? 0 : 1);
        double dateScore;
        if (vagueDate) {
            if (gap > 0) {
                return Decision.no(why, "month dates do not overlap");
            }
            dateScore = 0.5;
            why.add("dates overlap (month precision)");
        } else if (gap > window) {
            return Decision.no(why, gap + " days apart");
        } else {
            dateScore = gap == 0 ? 1.0 : gap == 1 ? 0.7 : 0.4;
            why.add(gap == 0 ? "same day" : gap + " day(s) apart");
        }

        // place
        Place place = place(a.location().orElseThrow(), b.location().orElseThrow());
        if (place.kind == PlaceFit.DIFFERENT) {
            return Decision.no(why, place.text);
        }
        why.add(place.text);

        // mode
        ModeFamilies.Fit fit = modes.fit(a.mode(), b.mode());
        if (fit == ModeFamilies.Fit.DIFFERENT) {
            return Decision.no(why, "different acts: " + a.mode() + " / " + b.mode());
        }
        double modeScore = switch (fit) {
            case SAME_MODE -> 1.0;
            case SAME_FAMILY -> 0.8;
            case COMPATIBLE -> 0.4;
            default -> 0.5;
        };
        why.add(switch (fit) {
            case SAME_MODE -> "same mode " + a.mode();
            case SAME_FAMILY -> "same kind of act: " + a.mode() + " / " + b.mode();
            case COMPATIBLE -> "compatible acts: " + a.mode() + " / " + b.mode();
            default -> "modes not compared: " + blankDash(a.mode()) + " / " + blankDash(b.mode());
        });
        if (a.type() != b.type()) {
            modeScore *= 0.8;
            why.add("types " + a.type() + " / " + b.type());
        }

        // actors
        Optional<String> actorConflict = actorConflict(a, b);
        if (actorConflict.isPresent()) {
            return Decision.no(why, actorConflict.get());
        }
        double actorScore = actorScore(a, b, why);

        // tolls
        Toll toll = toll(a, b);
        if (toll.conflict) {
            return Decision.no(why, toll.text);
        }
        if (!toll.text.isEmpty()) {
            why.add(toll.text);
        }

        // vague reports could bridge two distinct events; they link only where nothing else could be meant
        if (vagueDate && !(place.kind == PlaceFit.SAME || place.kind == PlaceFit.NEAR)) {
            return Decision.no(why, "month date needs the same town or point");
        }
        if (vagueDate && !(toll.close || sameNamedActor(a, b))) {
            return Decision.no(why, "month date needs close tolls or the same named doer");
        }
        boolean sameAct = fit == ModeFamilies.Fit.SAME_MODE || fit == ModeFamilies.Fit.SAME_FAMILY;
        boolean noTolls = a.killed().isEmpty() && b.killed().isEmpty();
        if (place.kind == PlaceFit.NESTED_PROVINCE
                && !(gap == 0 && sameAct && (toll.tight || noTolls && sameNamedActor(a, b)))) {
            return Decision.no(why, "a province-wide report needs the same day and act, and the same toll or doer");
        }
        if (place.kind == PlaceFit.SAME_REGION && !(gap == 0 && fit == ModeFamilies.Fit.SAME_MODE
                && (toll.close || sameNamedActor(a, b)))) {
            return Decision.no(why, "reports placed no finer than a region need the same day, mode and toll or doer");
        }

        double score = 0.30 * dateScore + 0.35 * place.score + 0.15 * modeScore + 0.10 * actorScore + 0.10 * toll.score;
        score = Math.round(score * 1000) / 1000.0;
        if (score < THRESHOLD) {
            return Decision.no(why, "agreement " + score + " below " + THRESHOLD);
        }
        return new Decision(true, score, why);
    }

    private static boolean isViolent(Report r) {
        return r.type().isViolent();
    }

    private static boolean pair(Modality a, Modality b, Modality m1, Modality m2) {
        return (a == m1 && b == m2) || (a == m2 && b == m1);
    }

    /** A past event recalled by an article happened days before it appeared; it is not that day's news. */
    private static Optional<String> historicalTooRecent(Report h, Report other) {
        if (h.modality() != Modality.HISTORICAL || other.modality() == Modality.HISTORICAL || h.published().isEmpty()) {
            return Optional.empty();
        }
        LocalDate otherEnd = other.dateTo().orElseThrow();
        if (otherEnd.isAfter(h.published().get().minusDays(2))) {
            return Optional.of("a recalled past event and news from " + otherEnd);
        }
        return Optional.empty();
    }

    private static long gapDays(Report a, Report b) {
        LocalDate af = a.dateFrom().orElseThrow();
        LocalDate at = a.dateTo().orElseThrow();
        LocalDate bf = b.dateFrom().orElseThrow();
        LocalDate bt = b.dateTo().orElseThrow();
        if (bf.isAfter(at)) {
            return ChronoUnit.DAYS.between(at, bf);
        }
        if (af.isAfter(bt)) {
            return ChronoUnit.DAYS.between(bt, af);
        }
        return 0;
    }

    enum PlaceFit { SAME, NEAR, NESTED_DISTRICT, NESTED_PROVINCE, SAME_REGION, DIFFERENT }

    record Place(PlaceFit kind, double score, String text) {
    }

    static Place place(Location a, Location b) {
        if (!a.country().equals(b.country())) {
            return new Place(PlaceFit.DIFFERENT, 0, "different countries");
        }
        boolean fineA = a.precision().compareTo(Precision.TOWN) <= 0;
        boolean fineB = b.precision().compareTo(Precision.TOWN) <= 0;
        if (a.gazetteerId().isPresent() && a.gazetteerId().equals(b.gazetteerId())) {
            return fineA
                    ? new Place(PlaceFit.SAME, 1.0, "same place: " + a.name())
                    : new Place(PlaceFit.SAME_REGION, 0.5, "same region: " + a.name());
        }
        Optional<Double> km = distanceKm(a, b);
        if (fineA && fineB) {
            if (km.isPresent()) {
                double d = km.get();
                String dist = " (" + String.format(Locale.ROOT, "%.1f", d) + " km)";
                if (a.precision() == Precision.POINT && b.precision() == Precision.POINT && !sameName(a, b)) {
                    return d <= POINT_KM
                            ? new Place(PlaceFit.SAME, 0.9, "same spot: " + a.name() + " / " + b.name() + dist)
                            : new Place(PlaceFit.DIFFERENT, 0, "two spots: " + a.name() + " / " + b.name() + dist);
                }
                if (d <= POINT_KM) {
                    return new Place(PlaceFit.SAME, 1.0, "same place: " + a.name() + " / " + b.name() + dist);
                }
                return d <= NEAR_KM
                        ? new Place(PlaceFit.NEAR, 0.8, "near: " + a.name() + " / " + b.name() + dist)
                        : new Place(PlaceFit.DIFFERENT, 0, "different places: " + a.name() + " / " + b.name() + dist);
            }
            return sameName(a, b) && same(a.admin1(), b.admin1())
                    ? new Place(PlaceFit.SAME, 0.9, "same place name: " + a.name())
                    : new Place(PlaceFit.DIFFERENT, 0, "different places: " + a.name() + " / " + b.name());
        }
        if (fineA != fineB) {
            Location wide = fineA ? b : a;
            Location fine = fineA ? a : b;
            return nested(wide, fine, km);
        }
        // both wider than a town
        boolean sameProvince = a.admin1().isEmpty() && b.admin1().isEmpty() || same(a.admin1(), b.admin1());
        if (a.precision() == b.precision() && sameName(a, b) && sameProvince) {
            return new Place(PlaceFit.SAME_REGION, 0.5, "same region: " + a.name());
        }
        if (a.precision() != b.precision()) {
            Location wide = a.precision().compareTo(b.precision()) > 0 ? a : b;
            Location narrow = wide == a ? b : a;
            if (wide.precision() == Precision.PROVINCE && narrow.precision() == Precision.DISTRICT
                    && inProvince(narrow, wide)) {
                return new Place(PlaceFit.SAME_REGION, 0.4, "district " + narrow.name() + " in " + wide.name());
            }
        }
        return new Place(PlaceFit.DIFFERENT, 0, "different regions: " + a.name() + " / " + b.name());
    }

    private static Place nested(Location wide, Location fine, Optional<Double> km) {
        switch (wide.precision()) {
            case DISTRICT -> {
                boolean inside = fine.admin2().isPresent() && norm(fine.admin2().get()).equals(norm(wide.name()))
                        || km.isPresent() && km.get() <= DISTRICT_KM && same(fine.admin1(), wide.admin1());
                return inside
                        ? new Place(PlaceFit.NESTED_DISTRICT, 0.7, fine.name() + " in district " + wide.name())
                        : new Place(PlaceFit.DIFFERENT, 0, fine.name() + " not in district " + wide.name());
            }
            case PROVINCE -> {
                return inProvince(fine, wide)
                        ? new Place(PlaceFit.NESTED_PROVINCE, 0.5, fine.name() + " in province " + wide.name())
                        : new Place(PlaceFit.DIFFERENT, 0, fine.name() + " not in province " + wide.name());
            }
            default -> {
                // a report placed only in a country could be any event of that day there
                return new Place(PlaceFit.DIFFERENT, 0, "country-wide report: " + wide.name() + " / " + fine.name());
            }
        }
    }

    private static boolean inProvince(Location inner, Location province) {
        return inner.admin1().isPresent() && norm(inner.admin1().get()).equals(norm(province.name()))
                || inner.admin1().isPresent() && same(inner.admin1(), province.admin1());
    }

    static Optional<Double> distanceKm(Location a, Location b) {
        if (a.lat().isEmpty() || a.lon().isEmpty() || b.lat().isEmpty() || b.lon().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Places.distanceKm(a.lat().get(), a.lon().get(), b.lat().get(), b.lon().get()));
    }

    private static boolean sameName(Location a, Location b) {
        return norm(a.name()).equals(norm(b.name()));
    }

    private static boolean same(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && norm(a.get()).equals(norm(b.get()));
    }

    /**
     * A name as {@link Normalizer#key} compares it, with only its letters and digits kept, so that
     * "Khyber-Pakhtunkhwa" and "Khyber Pakhtunkhwa" compare equal too. (Block keys are built from it: any
     * change here must leave the keys of stored reports as they are.)
     */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String k = Normalizer.key(s);
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---- actors

    static String actorKey(ActorRef a) {
        return a.id().map(id -> "id:" + id).orElse("name:" + norm(a.name()));
    }

    /** Named in a dictionary, or at least not a bare kind like "gunmen". */
    private static boolean identified(Optional<ActorRef> a) {
        return a.isPresent() && a.get().id().isPresent();
    }

    private Optional<String> actorConflict(Report a, Report b) {
        if (isViolent(a)) {
            // claims and blame differ between outlets; two doers both stated as fact are two events
            if (identified(a.actor()) && identified(b.actor())
                    && !a.actor().get().id().equals(b.actor().get().id())
                    && a.actorStatus().orElse(ActorStatus.ASSERTED) == ActorStatus.ASSERTED
                    && b.actorStatus().orElse(ActorStatus.ASSERTED) == ActorStatus.ASSERTED) {
                return Optional.of("two doers stated as fact: " + a.actor().get().name() + " / " + b.actor().get().name());
            }
            return Optional.empty();
        }
        // a visit or talks: who met whom is what the event is
        boolean symmetric = a.type() == EventType.CONSULT;
        Optional<ActorRef> a1 = a.actor();
        Optional<ActorRef> a2 = a.target();
        Optional<ActorRef> b1 = b.actor();
        Optional<ActorRef> b2 = b.target();
        boolean straight = compatible(a1, b1) && compatible(a2, b2);
        boolean crossed = symmetric && compatible(a1, b2) && compatible(a2, b1);
        if (!straight && !crossed) {
            return Optional.of("different parties: " + parties(a) + " / " + parties(b));
        }
        return Optional.empty();
    }

    private static String parties(Report r) {
        return r.actor().map(ActorRef::name).orElse("?") + " -> " + r.target().map(ActorRef::name).orElse("?");
    }

    /** Two parties conflict only when both are dictionary actors and differ; a described party could be either. */
    private static boolean compatible(Optional<ActorRef> x, Optional<ActorRef> y) {
        if (x.isEmpty() || y.isEmpty() || x.get().id().isEmpty() || y.get().id().isEmpty()) {
            return true;
        }
        return x.get().id().equals(y.get().id());
    }

    private static boolean sameNamedActor(Report a, Report b) {
        return identified(a.actor()) && identified(b.actor()) && a.actor().get().id().equals(b.actor().get().id());
    }

    private static double actorScore(Report a, Report b, List<String> why) {
        if (sameNamedActor(a, b)) {
            why.add("same doer " + a.actor().get().id().get());
            return 1.0;
        }
        if (identified(a.actor()) && identified(b.actor())) {
            why.add("doers differ as claims do: " + a.actor().get().name() + " / " + b.actor().get().name());
            return 0.3;
        }
        return 0.5;
    }

    // ---- tolls

    /**
     * @param close within a factor of two (or 3 apart)
     * @param tight within a quarter (or 2 apart): what a report placed only in a province must meet
     */
    record Toll(boolean conflict, boolean close, boolean tight, double score, String text) {
    }

    /**
     * Tolls rise as the wounded die and bodies are found; they rarely halve. A later report with far fewer dead,
     * or two same-day reports an order of magnitude apart, are two events.
     */
    static Toll toll(Report a, Report b) {
        if (a.killed().isEmpty() || b.killed().isEmpty()) {
            return new Toll(false, false, false, 0.5, "");
        }
        int ka = a.killed().get().value();
        int kb = b.killed().get().value();
        int lo = Math.min(ka, kb);
        int hi = Math.max(ka, kb);
        String text = "killed " + ka + " / " + kb;
        boolean close = hi == 0 || (double) lo / hi >= 0.5 || hi - lo <= 3;
        boolean tight = hi == 0 || (double) lo / hi >= 0.75 || hi - lo <= 2;
        LocalDate pa = a.published().orElse(LocalDate.MIN);
        LocalDate pb = b.published().orElse(LocalDate.MIN);
        int cmp = pa.compareTo(pb);
        int earlier = cmp <= 0 ? ka : kb;
        int later = cmp <= 0 ? kb : ka;
        if (cmp == 0) {
            if (hi - lo > 10 && lo * 5 < hi) {
                return new Toll(true, false, false, 0, text + ": same-day tolls too far apart");
            }
        } else if (later * 2 < earlier && earlier - later > 10) {
            return new Toll(true, false, false, 0, text + ": a later report with far fewer dead");
        }
        return new Toll(false, close, tight, ka == kb ? 1.0 : close ? 0.8 : 0.6, text);
    }

    private static String blankDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
