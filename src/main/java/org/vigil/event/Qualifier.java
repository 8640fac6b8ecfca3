package org.vigil.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a number was hedged in the text: "43" is exact, "at least 20", "more than 140", "around 190", "up to 30". */
public enum Qualifier {
    EXACT, AT_LEAST, OVER, ABOUT, UP_TO;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
