package org.vigil.eval;

import java.util.Set;
import java.util.function.BiPredicate;
import org.vigil.event.Event;

/**
 * The fallback test of whether a gold doer names an event's actor: they share a distinctive word
 * ("Lashkar-e-Jhangvi" / "Lashkar-e-Jhangvi"; "militants" / "militants"). Words that any doer of the region
 * shares ("group", "Pakistan") do not count.
 */
public final class NameMatch implements BiPredicate<String, Event> {
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "its", "his", "her", "group",
            "faction", "banned", "leader", "chief", "commander", "spokesman", "official", "officials", "minister",
            "foreign", "deputy", "prime", "acting", "interim", "government", "pakistan", "pakistani", "afghan",
            "afghanistan", "military", "aircraft", "state");

    @Override
    public boolean test(String gold, Event e) {
        if (e.actor().isEmpty()) {
            return false;
        }
        Set<String> g = Evaluator.words(gold.replace("(", " ").replace(")", " "), STOP);
        Set<String> p = Evaluator.words(e.actor().get().name() + " " + e.actor().get().id().orElse(""), STOP);
        g.retainAll(p);
        return !g.isEmpty();
    }
}
