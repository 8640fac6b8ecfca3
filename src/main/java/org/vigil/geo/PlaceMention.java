package org.vigil.geo;

import java.util.List;

/**
 * A toponym found in the text and the place it was resolved to.
 *
 * @param candidates the other gazetteer entries the name could have meant, best first, for `vigil places`
 * @param why        a short human-readable reason for the choice ("admin context: Bajaur district")
 */
public record PlaceMention(int start, int end, String text, Place place, List<Place> candidates, String why) {
    public PlaceMention {
        candidates = List.copyOf(candidates);
    }
}
