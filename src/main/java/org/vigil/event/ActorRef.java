package org.vigil.event;

import java.util.Optional;

/**
 * A doer or target of an event.
 *
 * @param name    as the report names it ("a faction of the banned Tehreek-e-Taliban Pakistan")
 * @param id      the dictionary entry it resolved to ("TTP"), empty for unnamed doers ("gunmen")
 * @param kind    what sort of actor: state, government, military, police, armed_group, political_party,
 *                person, civilians, students, worshippers, ... (see docs/EVENT-RECORD.md)
 * @param country ISO 3166-1 alpha-2 code of the actor's country, where it has one
 */
public record ActorRef(String name, Optional<String> id, String kind, Optional<String> country) {
}
