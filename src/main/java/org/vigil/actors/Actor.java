package org.vigil.actors;

import java.util.List;
import java.util.Optional;

/**
 * A dictionary entry for a doer or target: a state, a government body, a force, an armed group, a party or a person.
 *
 * @param id      short stable key ("TTP", "PAK_GOV", "AFG_TALIBAN", "person:ishaq-dar")
 * @param name    canonical name ("Tehreek-e-Taliban Pakistan")
 * @param kind    state, government, military, police, armed_group, political_party, person, ...
 * @param country ISO 3166-1 alpha-2 code of the actor's home country, if any
 * @param parent  id of the organisation this one is a faction, wing or branch of ("JUA" -> "TTP")
 * @param aliases every other way reports name it, including transliterations
 */
public record Actor(String id, String name, String kind, Optional<String> country, Optional<String> parent,
                    List<String> aliases) {
    public Actor {
        aliases = List.copyOf(aliases);
    }
}
