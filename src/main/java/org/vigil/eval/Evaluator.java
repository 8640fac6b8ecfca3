package org.vigil.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.vigil.doc.Extraction;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Location;
import org.vigil.event.Modality;
import org.vigil.pipeline.Extractor;

/**
 * Scores extraction against gold annotations, field by field.
 *
 * <p>Gold and extracted events of one article are paired greedily by a similarity of type, date, place, toll and
 * modality; a pair needs a compatible type (the same, or both violent) and must not contradict on date or country.
 * Field metrics are computed over pairs where the gold gives the field; killed and injured also count a figure
 * that the gold does not give as a miss. Precision counts extracted events that assert something (not negated or
 * hypothetical ones); gold non-events ("did not comment") are not recall targets, and reporting them is a miss.
 */
public final class Evaluator {
    public static final List<String> ORDER = List.of("events found (recall)", "main events found",
            "precision", "negatives without violent event", "type", "date exact", "country", "admin1",
            "location within 25 km", "perpetrator", "perpetrator status", "killed exact", "killed qualifier",
            "injured exact", "injured qualifier", "modality", "sources (gold recall)");

    private final Extractor extractor;
    private final BiPredicate<String, Event> sameDoer;
    private final BiPredicate<String, String> sameSource;
    private final java.util.function.BinaryOperator<String> adminName;

    /**
     * @param sameDoer whether a gold doer string ("Tehreek-e-Taliban Pakistan (TTP) commander Umar Mansoor") names the
     *                 extracted event's actor
     */
    public Evaluator(Extractor extractor, BiPredicate<String, Event> sameDoer) {
        this(extractor, sameDoer, (a, b) -> false);
    }

    /**
     * @param sameSource whether two source names that share no word name one body ("BLA" / "Baloch Liberation
     *                   Army"); sources that share a content word always agree
     */
    public Evaluator(Extractor extractor, BiPredicate<String, Event> sameDoer, BiPredicate<String, String> sameSource) {
        this(extractor, sameDoer, sameSource, (country, name) -> name);
    }

    /**
     * @param adminName the gazetteer's name for a gold province named another way ("Azad Jammu and Kashmir" is
     *                  "Azad Kashmir"; "Rangpur" is "Rangpur Division"), given its country code; the name itself if none
     */
    public Evaluator(Extractor extractor, BiPredicate<String, Event> sameDoer, BiPredicate<String, String> sameSource,
                     java.util.function.BinaryOperator<String> adminName) {
        this.extractor = extractor;
        this.sameDoer = sameDoer;
        this.sameSource = sameSource;
        this.adminName = adminName;
    }

    /** Province names as the gazetteer gives them: a gold name or alias resolved in its country. */
    public static java.util.function.BinaryOperator<String> adminNamesOf(org.vigil.geo.Gazetteer gazetteer) {
        return (country, name) -> gazetteer.province(country, name).map(org.vigil.geo.Place::name).orElse(name);
    }

    public Report evaluate(List<GoldArticle> gold) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (String k : ORDER) {
            m.put(k, new int[2]);
        }
        List<String> misses = new ArrayList<>();
        for (GoldArticle g : gold) {
            Extraction x = extractor.extract(g.article());
            List<Event> predicted = new ArrayList<>();
            for (Event e : x.events()) {
                if (e.modality() != Modality.NEGATED && e.modality() != Modality.HYPOTHETICAL) {
                    predicted.add(e);
                }
            }
            List<GoldEvent> targets = new ArrayList<>();
            for (GoldEvent ge : g.events()) {
                if (!ge.isNonEvent()) {
                    targets.add(ge);
                }
            }
            String id = g.article().id();
            if (g.isNegative()) {
                boolean violent = predicted.stream().anyMatch(e -> e.type().isViolent() && e.modality() == Modality.ASSERTED);
                count(m, "negatives without violent event", !violent);
                if (violent) {
                    misses.add(id + ": negative article, but a violent event was reported");
                }
            }
            int[] pairOf = pair(targets, predicted);
            Set<Integer> used = new HashSet<>();
            for (int gi = 0; gi < targets.size(); gi++) {
                GoldEvent ge = targets.get(gi);
                String label = id + " gold#" + (gi + 1) + " " + ge.type() + ge.date().map(d -> " " + d).orElse("");
                boolean found = pairOf[gi] >= 0;
                count(m, "events found (recall)", found);
                if (gi == 0) {
                    count(m, "main events found", found);
                }
                if (!found) {
                    misses.add(label + ": not found");
                    continue;
                }
                used.add(pairOf[gi]);
                score(m, misses, label, ge, predicted.get(pairOf[gi]));
            }
            for (int pi = 0; pi < predicted.size(); pi++) {
                boolean matched = used.contains(pi);
                count(m, "precision", matched);
                if (!matched) {
                    Event e = predicted.get(pi);
                    misses.add(id + ": extra " + e.type() + " " + e.mode() + " " + e.date().orElse("undated") + " "
                            + e.location().map(Location::name).orElse("") + " (" + e.modality().label() + ")");
                }
            }
        }
        Map<String, Metric> metrics = new LinkedHashMap<>();
        for (var e : m.entrySet()) {
            metrics.put(e.getKey(), new Metric(e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return new Report(metrics, misses, gold.size());
    }

    private void score(Map<String, int[]> m, List<String> misses, String label, GoldEvent g, Event e) {
        check(m, misses, label, "type", g.type(), e.type().name());
        g.date().ifPresent(d -> check(m, misses, label, "date exact", d, e.date().orElse("none")));
        g.country().ifPresent(c -> check(m, misses, label, "country", c, e.location().map(Location::country).orElse("none")));
        g.admin1().ifPresent(a -> check(m, misses, label, "admin1", adminKey(adminName.apply(g.country().orElse(""), a)),
                e.location().flatMap(Location::admin1).map(Evaluator::adminKey).orElse("none")));
        if (g.lat().isPresent() && g.lon().isPresent()) {
            Optional<Double> km = e.location().flatMap(l -> l.lat().flatMap(la -> l.lon().map(lo ->
                    km(g.lat().get(), g.lon().get(), la, lo))));
            boolean ok = km.isPresent() && km.get() <= 25;
            count(m, "location within 25 km", ok);
            if (!ok) {
                misses.add(label + ": location " + e.location().map(l -> l.name() + " " + l.lat().orElse(null) + ","
                        + l.lon().orElse(null)).orElse("none") + " not within 25 km of " + g.place().orElse("?"));
            }
        }
        if (g.perpetrator().isPresent()) {
            boolean ok = e.actor().isPresent() && sameDoer.test(g.perpetrator().get(), e);
            count(m, "perpetrator", ok);
            if (!ok) {
                misses.add(label + ": perpetrator " + e.actor().map(a -> a.name() + a.id().map(i -> " [" + i + "]").orElse(""))
                        .orElse("none") + " vs gold \"" + g.perpetrator().get() + "\"");
            }
        }
        g.perpetratorStatus().ifPresent(s -> check(m, misses, label, "perpetrator status", s,
                e.actorStatus().map(x -> x.label()).orElse("none")));
        if (e.type().isViolent() || g.killed().isPresent()) {
            String want = g.killed().map(String::valueOf).orElse("none");
            String got = e.killed().map(c -> String.valueOf(c.value())).orElse("none");
            if (g.killed().isPresent() || e.killed().isPresent()) {
                check(m, misses, label, "killed exact", want, got);
            }
            if (g.killed().isPresent() && want.equals(got)) {
                check(m, misses, label, "killed qualifier", qualifier(g.killedQualifier()),
                        e.killed().get().qualifier().label());
            }
            String wantI = g.injured().map(String::valueOf).orElse("none");
            String gotI = e.injured().map(c -> String.valueOf(c.value())).orElse("none");
            if (g.injured().isPresent() || e.injured().isPresent()) {
                check(m, misses, label, "injured exact", wantI, gotI);
            }
            if (g.injured().isPresent() && wantI.equals(gotI)) {
                check(m, misses, label, "injured qualifier", qualifier(g.injuredQualifier()),
                        e.injured().get().qualifier().label());
            }
        }
        g.modality().ifPresent(mo -> check(m, misses, label, "modality", mo, e.modality().label()));
        for (String s : g.sources()) {
            boolean ok = e.sources().stream().anyMatch(src -> overlaps(s, src.name()) || sameSource.test(s, src.name()));
            count(m, "sources (gold recall)", ok);
            if (!ok) {
                misses.add(label + ": source \"" + s + "\" missing (have: "
                        + e.sources().stream().map(x -> x.name()).toList() + ")");
            }
        }
    }

    private static String qualifier(Optional<String> q) {
        return q.map(s -> s.replace(' ', '_')).orElse("exact");
    }

    private static void check(Map<String, int[]> m, List<String> misses, String label, String metric, String want,
                              String got) {
        boolean ok = want.equalsIgnoreCase(got);
        count(m, metric, ok);
        if (!ok) {
            misses.add(label + ": " + metric + " " + got + " vs gold " + want);
        }
    }

    private static void count(Map<String, int[]> m, String metric, boolean ok) {
        int[] c = m.get(metric);
        c[1]++;
        if (ok) {
            c[0]++;
        }
    }

    /** Greedy pairing by similarity; returns for each gold event the index of its extracted event, or -1. */
    static int[] pair(List<GoldEvent> gold, List<Event> predicted) {
        int[] out = new int[gold.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] taken = new boolean[predicted.size()];
        while (true) {
            int bg = -1;
            int bp = -1;
            int best = 1;
            for (int gi = 0; gi < gold.size(); gi++) {
                if (out[gi] >= 0) {
                    continue;
                }
                for (int pi = 0; pi < predicted.size(); pi++) {
                    if (taken[pi]) {
                        continue;
                    }
                    int s = similarity(gold.get(gi), predicted.get(pi));
                    if (s > best) {
                        best = s;
                        bg = gi;
                        bp = pi;
                    }
                }
            }
            if (bg < 0) {
                return out;
            }
            out[bg] = bp;
            taken[bp] = true;
        }
    }

    static int similarity(GoldEvent g, Event e) {
        int s;
        EventType gt;
        try {
            gt = EventType.valueOf(g.type());
        } catch (IllegalArgumentException ex) {
            return 0;
        }
        if (gt == e.type()) {
            s = 3;
        } else if (gt.isViolent() && e.type().isViolent()) {
            s = 2;
        } else {
            return 0;
        }
        if (g.date().isPresent() && e.date().isPresent()) {
            String a = g.date().get();
            String b = e.date().get();
            if (a.equals(b)) {
                s += 2;
            } else if (a.startsWith(b) || b.startsWith(a)) {
                s += 1;
            } else {
                s -= 3;
            }
        }
        if (g.country().isPresent() && e.location().isPresent()) {
            s += g.country().get().equals(e.location().get().country()) ? 1 : -3;
        }
        if (g.lat().isPresent() && e.location().flatMap(Location::lat).isPresent()) {
            double d = km(g.lat().get(), g.lon().get(), e.location().get().lat().get(), e.location().get().lon().get());
            s += d <= 25 ? 2 : 0;
        }
        if (g.killed().isPresent() && e.killed().isPresent() && g.killed().get() == e.killed().get().value()) {
            s += 1;
        }
        boolean gPlanned = g.modality().map(x -> x.equals("planned")).orElse(false);
        if (gPlanned == (e.modality() == Modality.PLANNED)) {
            s += 1;
        }
        return s;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    /** A province's name without the word for its rank: "Rangpur Division" and "Rangpur" are one province. */
    static String adminKey(String s) {
        return key(RANK_WORDS.matcher(s).replaceAll(""));
    }

    private static final java.util.regex.Pattern RANK_WORDS =
            java.util.regex.Pattern.compile("(?i)\\b(division|province|region|state|governorate)\\b");

    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Two source names agree when they share a content word ("interior ministry spokesman" / "spokesman"). */
    static boolean overlaps(String a, String b) {
        Set<String> x = words(a, SOURCE_STOP);
        x.retainAll(words(b, SOURCE_STOP));
        return !x.isEmpty();
    }

    /** The content words of a name, lower-case and without diacritics, minus the given stop words. */
    public static Set<String> words(String s, Set<String> stop) {
        Set<String> out = new HashSet<>();
        for (String w : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .split("[^a-z0-9]+")) {
            if (w.length() > 2 && !stop.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Set<String> SOURCE_STOP = Set.of("the", "and", "for", "with", "from", "its", "his", "her");
}
