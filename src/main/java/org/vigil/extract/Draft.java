package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.time.PartialDate;

/** The frames that report one happening, gathered while an article is read; becomes one event. */
final class Draft {
    final List<Frame> frames = new ArrayList<>();
    final List<Responsibility> responsibility = new ArrayList<>();
    Optional<PartialDate> date = Optional.empty();
    /** The frame the date was read from, for its evidence; empty when derived ("three days after"). */
    Optional<Frame> dateFrame = Optional.empty();
    boolean dateDerived;

    Draft(Frame first) {
        frames.add(first);
    }

    Frame head() {
        return frames.get(0);
    }

    boolean isViolent() {
        return head().isViolent();
    }

    int firstOffset() {
        return head().cueStart;
    }

    /** The frames that carry an event cue of their own, not a toll or claim attached afterwards. */
    List<Frame> cuedFrames() {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            if (!f.cue.phrase().isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }
}
