package org.vigil.geo;

import java.util.Optional;
import org.vigil.event.Location;

/** Helpers the event extractor uses on resolved places: the event record's location, containment, distance. */
public final class Places {
    /** A point within this distance of a town is taken to lie inside it (a market, a shrine, a police compound). */
    private static final double POINT_IN_TOWN_KM = 15;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Places() {
    }

    /**
     * The event record's location for a place: its own name, its district and province (a district is its own
     * admin2, a province its own admin1), ISO country, coordinates, precision from its kind and its gazetteer id.
     */
    public static Location toLocation(Place p) {
        Optional<String> admin2 = p.kind() == PlaceKind.DISTRICT ? Optional.of(p.name()) : p.admin2();
        Optional<String> admin1 = p.kind() == PlaceKind.PROVINCE ? Optional.of(p.name()) : p.admin1();
        if (p.kind() == PlaceKind.COUNTRY) {
            admin2 = Optional.empty();
            admin1 = Optional.empty();
        }
        return new Location(p.name(), admin2, admin1, p.country(), Optional.of(round(p.lat())), Optional.of(round(p.lon())),
                p.kind().precision(), Optional.of(p.id()));
    }

    /**
     * True when {@code inner} lies inside {@code outer}: the same place; any place of the country; a place of
     * the province or district (by the names the gazetteer gives both); a point within a few km of a town.
     */
    public static boolean isWithin(Place inner, Place outer) {
        if (inner.id().equals(outer.id())) {
            return true;
        }
        if (!inner.country().equals(outer.country())) {
            return false;
        }
        return switch (outer.kind()) {
            case COUNTRY -> inner.kind() != PlaceKind.COUNTRY;
            case PROVINCE -> inner.kind() != PlaceKind.PROVINCE && inner.admin1().equals(Optional.of(outer.name()));
            case DISTRICT -> (inner.kind() == PlaceKind.TOWN || inner.kind() == PlaceKind.POINT)
                    && inner.admin2().equals(Optional.of(outer.name())) && inner.admin1().equals(outer.admin1());
            case TOWN -> inner.kind() == PlaceKind.POINT && distanceKm(inner, outer) <= POINT_IN_TOWN_KM;
            case POINT -> false;
        };
    }

    /** Great-circle distance between two places' points, in kilometres. */
    public static double distanceKm(Place a, Place b) {
        return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
