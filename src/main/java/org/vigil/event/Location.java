package org.vigil.event;

import java.util.Optional;

/**
 * Where an event happened.
 *
 * @param name         the most specific place the report names, as the gazetteer spells it
 * @param admin2       district (second-level division), when known
 * @param admin1       province or state (first-level division), when known
 * @param country      ISO 3166-1 alpha-2
 * @param precision    how exactly the coordinates stand for the place of the event
 * @param gazetteerId  "geonames:1168197" for GeoNames places, "vigil:..." for the supplement
 */
public record Location(String name, Optional<String> admin2, Optional<String> admin1, String country,
                       Optional<Double> lat, Optional<Double> lon, Precision precision, Optional<String> gazetteerId) {
}
