package org.vigil.extract;

import org.vigil.actors.ActorMention;
import org.vigil.event.ActorStatus;

/**
 * A statement of who was behind an attack: claimed by the doer, blamed by others, suspected, or denied.
 *
 * @param actor  the group concerned
 * @param name   how the text names it ("A commander of the Tehreek-e-Taliban Pakistan, Umar Mansoor")
 * @param cueToken index of the token that carries the statement ("claimed", "blamed", "denied")
 */
public record Responsibility(ActorStatus status, ActorMention actor, String name, int sentence, int cueToken,
                             int start, int end) {
}
