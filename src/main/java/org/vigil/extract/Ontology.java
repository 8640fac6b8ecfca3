package org.vigil.extract;

import java.util.Optional;
import org.vigil.event.Acled;
import org.vigil.event.EventType;

/** Maps a type and mode to ACLED and CAMEO codes; backed by the ontology data file. */
public interface Ontology {
    /** No mapping: events carry no ACLED or CAMEO codes. */
    Ontology NONE = (type, mode) -> new Codes(Optional.empty(), Optional.empty());

    record Codes(Optional<Acled> acled, Optional<String> cameo) {
    }

    Codes map(EventType type, String mode);
}
