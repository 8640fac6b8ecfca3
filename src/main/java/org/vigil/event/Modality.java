package org.vigil.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the report presents the event: as news, as background, as a plan, as something that did not happen, or as a possibility. */
public enum Modality {
    ASSERTED, HISTORICAL, PLANNED, NEGATED, HYPOTHETICAL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
