package org.vigil.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum DatePrecision {
    DAY, MONTH, YEAR;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
