package org.vigil.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the report ties the doer to the event: stated as fact, claimed by the doer, blamed by others, suspected, or denied. */
public enum ActorStatus {
    ASSERTED, CLAIMED, BLAMED, SUSPECTED, DENIED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
