package org.vigil.eval;

import java.util.List;
import java.util.Optional;

/** One annotated event of a gold file (format: shared/eval/README.md). Absent fields are empty. */
public record GoldEvent(String type, Optional<String> subtype, Optional<String> modality, Optional<String> date,
                        Optional<String> country, Optional<String> admin1, Optional<String> place,
                        Optional<Double> lat, Optional<Double> lon, Optional<String> perpetrator,
                        Optional<String> perpetratorStatus, Optional<Integer> killed, Optional<String> killedQualifier,
                        Optional<Integer> injured, Optional<String> injuredQualifier, List<String> sources) {
    public GoldEvent {
        sources = List.copyOf(sources);
    }

    /** A non-event the annotator lists only to say it must not be reported ("did not comment"). */
    public boolean isNonEvent() {
        return modality.map(m -> m.equals("negated")).orElse(false);
    }
}
