package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.event.Location;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceKind;
import org.vigil.geo.PlaceMention;
import org.vigil.geo.Places;
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
        return p.isLocation();
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
        return Places.isWithin(inner, outer);
    }

    static double distanceKm(Place a, Place b) {
        return Places.distanceKm(a, b);
    }

    static Location toLocation(Place p) {
        return Places.toLocation(p);
    }
}
