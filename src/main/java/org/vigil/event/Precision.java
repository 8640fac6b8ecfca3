package org.vigil.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exactly a location is known, in the spirit of ACLED's geo_precision: from a named point down to only the country. */
public enum Precision {
    POINT, TOWN, DISTRICT, PROVINCE, COUNTRY;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** ACLED's geo_precision code: 1 for a town or finer, 2 for a district, 3 for a province or wider. */
    public int acledGeoPrecision() {
        return switch (this) {
            case POINT, TOWN -> 1;
            case DISTRICT -> 2;
            case PROVINCE, COUNTRY -> 3;
        };
    }
}
