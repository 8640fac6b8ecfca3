package org.vigil.geo;

import java.util.Optional;

/**
 * A gazetteer entry.
 *
 * @param id         "geonames:1168197" for GeoNames places, "vigil:pk-kp-bajaur" for the project's supplement
 * @param name       preferred English name
 * @param country    ISO 3166-1 alpha-2
 * @param admin1     province or state name, when the place lies inside one (empty for countries and provinces themselves)
 * @param admin2     district name, when known
 * @param population 0 when unknown; used as a prior when several places share a name
 */
public record Place(String id, String name, PlaceKind kind, String country, Optional<String> admin1,
                    Optional<String> admin2, double lat, double lon, long population) {
}
