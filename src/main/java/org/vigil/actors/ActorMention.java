package org.vigil.actors;

import java.util.Optional;

/**
 * A mention of a doer or target: a dictionary actor ("the banned TTP"), a capital standing for its government
 * ("Islamabad said"), or an unnamed one known only by its kind ("gunmen", "a suicide bomber", "police").
 *
 * @param actor the dictionary entry, empty for unnamed actors
 * @param kind  the actor's kind: the entry's, or the kind an unnamed mention implies
 */
public record ActorMention(int start, int end, String text, Optional<Actor> actor, String kind) {
    public boolean isNamed() {
        return actor.isPresent();
    }
}
