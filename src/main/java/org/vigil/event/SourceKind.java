package org.vigil.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum SourceKind {
    NEWS_AGENCY, OFFICIAL, ANONYMOUS, GROUP, HOSPITAL, WITNESS, OTHER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
