package org.vigil.geo;

import org.vigil.event.Precision;

/** The level of a gazetteer entry, from a country down to a named point (a market, a shrine, a checkpoint). */
public enum PlaceKind {
    COUNTRY, PROVINCE, DISTRICT, TOWN, POINT;

    public Precision precision() {
        return switch (this) {
            case COUNTRY -> Precision.COUNTRY;
            case PROVINCE -> Precision.PROVINCE;
            case DISTRICT -> Precision.DISTRICT;
            case TOWN -> Precision.TOWN;
            case POINT -> Precision.POINT;
        };
    }
}
