package org.vigil.actors;

import java.util.Optional;

/**
 * A mention of a doer or target: a dictionary actor ("the banned TTP"), a country's body named through its
 * demonym ("Pakistani warplanes"), or an unnamed one known only by its kind ("gunmen", "a suicide bomber",
 * "police", "Chinese nationals").
 *
 * @param actor   the dictionary entry, empty for unnamed actors
 * @param kind    the actor's kind: the entry's, or the kind an unnamed mention implies
 * @param country ISO 3166-1 alpha-2 code: the actor's, or the one a demonym gives an unnamed mention
 *                ("Chinese nationals" -> CN)
 * @param label   a canonical description: the actor's name, or for unnamed ones the lexicon's label
 *                ("gunmen", "Hazara community")
 * @param faction true when the text names a faction, splinter or wing of the actor rather than the actor itself
 *                ("a faction of the banned Tehreek-e-Taliban Pakistan (TTP)"); the span then covers the whole phrase
 */
public record ActorMention(int start, int end, String text, Optional<Actor> actor, String kind,
                           Optional<String> country, String label, boolean faction) {

    public ActorMention(int start, int end, String text, Optional<Actor> actor, String kind) {
        this(start, end, text, actor, kind, actor.flatMap(Actor::country), actor.map(Actor::name).orElse(text), false);
    }

    public boolean isNamed() {
        return actor.isPresent();
    }
}
