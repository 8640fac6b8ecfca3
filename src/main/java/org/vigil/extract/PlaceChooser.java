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

    /**
     * The scene among a frame's places. When they all agree the most specific wins; when they name different
     * countries or towns ("will ask the Taliban's leader in Afghanistan ... after officers were killed in a mosque
     * in Peshawar"), the one nearest the cue anchors the choice, preferring places after it, and a more specific
     * place that agrees with the anchor refines it ("Paktika province ... Barmal district").
     *
     * @param cueStart where the event's cue starts in the text
     */
    Optional<PlaceMention> choose(List<PlaceMention> candidates, int cueStart) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        PlaceMention anchor = null;
        double bestDistance = Double.MAX_VALUE;
        for (PlaceMention p : candidates) {
            double distance = p.start() >= cueStart ? p.start() - cueStart : 1.5 * (cueStart - p.end());
            if (distance < bestDistance) {
                bestDistance = distance;
                anchor = p;
            }
        }
        boolean allAgree = candidates.stream().allMatch(p -> candidates.stream().allMatch(q -> agrees(p.place(), q.place())));
        PlaceMention best = allAgree ? candidates.get(0) : anchor;
        for (PlaceMention p : candidates) {
            if (specificity(p.place()) > specificity(best.place()) && agrees(p.place(), best.place())
                    && (allAgree || agrees(p.place(), anchor.place()))) {
                best = p;
            }
        }
        return Optional.of(best);
    }

    /** A more specific place from a later mention that agrees with the one chosen so far ("Pakistan" -> "Sehwan"). */
    static Optional<PlaceMention> refine(Optional<PlaceMention> chosen, List<PlaceMention> more) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        PlaceMention best = chosen.get();
        for (PlaceMention p : more) {
            if (specificity(p.place()) > specificity(best.place()) && agrees(p.place(), best.place())) {
                best = p;
            }
        }
        return Optional.of(best);
    }

    /**
     * Places of a frame that can be the scene: not an origin ("crossed from Afghanistan") nor, but for a visit, a
     * destination ("a convoy carrying engineers to the Dasu project near Besham", "agreed to extend the corridor into
     * Afghanistan"), unless nothing else is named.
     */
    static List<PlaceMention> scenes(List<PlaceMention> places, List<Token> t, java.util.function.IntUnaryOperator tokenAt,
                                     boolean destinationsExcluded) {
        List<PlaceMention> kept = new ArrayList<>();
        List<PlaceMention> origins = new ArrayList<>();
        for (PlaceMention p : places) {
            if (!p.isLocation()) {
                continue;
            }
            int i = tokenAt.applyAsInt(p.start());
            int k = i - 1;
            while (k > 0 && (t.get(k).lower().equals("the") || t.get(k).lower().equals("a"))) {
                k--; // "to the Dasu project"
            }
            String prev = k >= 0 ? t.get(k).lower() : "";
            if (prev.equals("from") || destinationsExcluded && (prev.equals("to") || prev.equals("towards")
                    || prev.equals("into"))) {
                origins.add(p);
            } else {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? origins : kept;
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
        if (Places.isWithin(b, a) || Places.isWithin(a, b)) {
            return true;
        }
        if (a.kind().ordinal() >= PlaceKind.DISTRICT.ordinal() && b.kind().ordinal() >= PlaceKind.DISTRICT.ordinal()) {
            return Places.distanceKm(a, b) <= 30;
        }
        return false;
    }

}
