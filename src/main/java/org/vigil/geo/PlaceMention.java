package org.vigil.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.text.Dateline;

/**
 * A toponym found in the text and the place it was resolved to.
 *
 * @param candidates the other gazetteer entries the name could have meant, best first, for `vigil places`
 * @param why        a short human-readable reason for the choice ("admin context: Bajaur district")
 * @param sense      what the name stands for here: the place itself, a government speaking through its capital
 *                   or country ("Islamabad said"), or a word inside another name ("Balochistan Awami Party")
 */
public record PlaceMention(int start, int end, String text, Place place, List<Place> candidates, String why, Sense sense) {

    /** Only {@link #LOCATION} mentions can be where an event happened. */
    public enum Sense {
        /** The place as a place: "a blast in Quetta", "delegations to Tehran and Kabul". */
        LOCATION,
        /** A country or capital standing for its government: "Islamabad said", "mediated by Kabul". */
        GOVERNMENT,
        /** Part of an organisation's or other proper name: "Tehreek-e-Taliban Pakistan", "Punjab Assembly". */
        NAME
    }

    public PlaceMention {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(sense, "sense");
    }

    /** A location mention (the form before senses were added). */
    public PlaceMention(int start, int end, String text, Place place, List<Place> candidates, String why) {
        this(start, end, text, place, candidates, why, Sense.LOCATION);
    }

    public boolean isLocation() {
        return sense == Sense.LOCATION;
    }

    /** True when the mention is the article's filing place ("QUETTA, Feb 17 (wire) -"), not a place in its text. */
    public boolean inDateline(Optional<Dateline> dateline) {
        return dateline.isPresent() && start >= dateline.get().placeStart() && end <= dateline.get().placeEnd();
    }
}
