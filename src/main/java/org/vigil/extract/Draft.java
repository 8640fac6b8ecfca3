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

    /** The distinct places and named doers of the frames, kept as frames join so checks need not walk them all. */
    private final java.util.Map<String, org.vigil.geo.Place> places = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, org.vigil.actors.Actor> doers = new java.util.LinkedHashMap<>();

    Draft(Frame first) {
        frames.add(first);
    }

    void add(Frame f) {
        frames.add(f);
        noted(f);
    }

    /** Records a frame's places and doer (the first frame is noted by the caller once the draft exists). */
    void noted(Frame f) {
        for (org.vigil.geo.PlaceMention p : f.places) {
            places.putIfAbsent(p.place().id(), p.place());
        }
        f.doer.flatMap(a -> a.actor()).ifPresent(a -> doers.putIfAbsent(a.id(), a));
    }

    java.util.Collection<org.vigil.geo.Place> places() {
        return places.values();
    }

    java.util.Collection<org.vigil.actors.Actor> doers() {
        return doers.values();
    }

    Frame head() {
        return frames.get(0);
    }

    boolean isViolent() {
        return head().isViolent();
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
