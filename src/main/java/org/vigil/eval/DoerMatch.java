package org.vigil.eval;

import java.util.Optional;
import java.util.function.BiPredicate;
import org.vigil.actors.Actor;
import org.vigil.actors.ActorDictionary;
import org.vigil.event.Event;

/**
 * The evaluator's test of whether a gold doer names an extracted actor: both resolve to the same dictionary entry
 * (or one is a faction of the other: "Jamaat-ul-Ahrar (faction of the TTP)" / TTP), or, for doers outside the
 * dictionary, they share a distinctive word.
 */
public final class DoerMatch implements BiPredicate<String, Event> {
    private final ActorDictionary actors;
    private final NameMatch names = new NameMatch();

    public DoerMatch(ActorDictionary actors) {
        this.actors = actors;
    }

    public static BiPredicate<String, Event> standard() {
        return new DoerMatch(ActorDictionary.loadDefault());
    }

    @Override
    public boolean test(String gold, Event e) {
        if (e.actor().isEmpty()) {
            return false;
        }
        Optional<Actor> want = actors.resolve(gold);
        Optional<Actor> got = e.actor().get().id().flatMap(actors::byId);
        if (want.isPresent() && got.isPresent()) {
            return actors.isSameOrFactionOf(got.get(), want.get()) || actors.isSameOrFactionOf(want.get(), got.get())
                    || sameCountryBody(want.get(), got.get());
        }
        return names.test(gold, e);
    }

    /**
     * "Pakistan (military aircraft)" names the state and "Pakistani warplanes" its air force; "Pakistan army" and
     * "the army's media wing" are both its military: the same doer at the precision gold annotates.
     */
    private boolean sameCountryBody(Actor a, Actor b) {
        boolean oneIsState = a.kind().equals("state") || b.kind().equals("state");
        return (oneIsState || a.kind().equals(b.kind())) && a.country().isPresent() && a.country().equals(b.country())
                && actors.isStateKind(a.kind()) && actors.isStateKind(b.kind());
    }
}
