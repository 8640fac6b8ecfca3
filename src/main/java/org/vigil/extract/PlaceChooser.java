package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.event.Location;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceKind;
import org.vigil.geo.PlaceMention;
import org.vigil.text.Token;

/**
 * Chooses where an event happened among the places its sentences name: the most specific place that agrees with
 * the others ("Barmal district" over "Paktika province" over "Afghanistan"), never the origin of the attackers
 * ("crossed from Afghanistan") when another place is named, never a capital that stands for its government.
 */
final class PlaceChooser {

    Optional<PlaceMention> choose(List<PlaceMention> candidates) {
        PlaceMention best = null;
        for (PlaceMention p : candidates) {
            if (best == null || specificity(p.place()) > specificity(best.place()) && agrees(p.place(), best.place())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Places of a frame that can be the scene: not an origin ("from X") unless nothing else is named. */
    static List<PlaceMention> scenes(List<PlaceMention> places, List<Token> t, java.util.function.IntUnaryOperator tokenAt) {
        List<PlaceMention> kept = new ArrayList<>();
        List<PlaceMention> origins = new ArrayList<>();
        for (PlaceMention p : places) {
            if (!isLocationSense(p)) {
                continue;
            }
            int i = tokenAt.applyAsInt(p.start());
            String prev = i > 0 ? t.get(i - 1).lower() : "";
            if (prev.equals("from")) {
                origins.add(p);
            } else {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? origins : kept;
    }

    static boolean isLocationSense(PlaceMention p) {
        return PlaceSense.isLocation(p);
    }

    static int specificity(Place p) {
        return switch (p.kind()) {
            case POINT -> 5;
            case TOWN -> 4;
            case DISTRICT -> 3;
            case PROVINCE -> 2;
            case COUNTRY -> 1;
        };
    }

    /** Whether two places can describe one scene: the same, nested, or within 30 km. */
    static boolean agrees(Place a, Place b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        if (!a.country().equals(b.country())) {
            return false;
        }
        if (contains(a, b) || contains(b, a)) {
            return true;
        }
        if (a.kind().ordinal() >= PlaceKind.DISTRICT.ordinal() && b.kind().ordinal() >= PlaceKind.DISTRICT.ordinal()) {
            return distanceKm(a, b) <= 30;
        }
        return false;
    }

    static boolean contains(Place outer, Place inner) {
        return switch (outer.kind()) {
            case COUNTRY -> inner.country().equals(outer.country());
            case PROVINCE -> inner.admin1().map(n -> same(n, outer.name())).orElse(false);
            case DISTRICT -> inner.admin2().map(n -> same(n, outer.name())).orElse(false)
                    || inner.kind() == PlaceKind.TOWN && distanceKm(inner, outer) < 40;
            case TOWN -> inner.kind() == PlaceKind.POINT && distanceKm(inner, outer) < 25;
            case POINT -> false;
        };
    }

    private static boolean same(String a, String b) {
        return bare(a).equals(bare(b));
    }

    private static String bare(String s) {
        return org.vigil.text.Normalizer.key(s).replaceAll("\\b(district|agency|province|division|tribal area)\\b", "")
                .replaceAll("[^a-z]", "").toLowerCase(Locale.ROOT);
    }

    static double distanceKm(Place a, Place b) {
        double r = 6371.0;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }

    static Location toLocation(Place p) {
        return new Location(p.name(), p.admin2(), p.kind() == PlaceKind.PROVINCE ? Optional.of(p.name()) : p.admin1(),
                p.country(), Optional.of(p.lat()), Optional.of(p.lon()), p.kind().precision(), Optional.of(p.id()));
    }
}
