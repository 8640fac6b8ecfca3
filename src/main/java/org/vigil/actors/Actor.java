package org.vigil.actors;

import java.util.List;
import java.util.Optional;

/**
 * A dictionary entry for a doer or target: a state, a government body, a force, an armed group, a party or a person.
 *
 * @param id          short stable key ("TTP", "PAK_GOV", "AFG_TALIBAN", "person:ishaq-dar")
 * @param name        canonical name ("Tehreek-e-Taliban Pakistan")
 * @param kind        state, government, military, police, armed_group, political_party, person, ... (kinds.tsv)
 * @param country     ISO 3166-1 alpha-2 code of the actor's home country, if any
 * @param parent      id of the organisation this one is a faction, wing or branch of ("JUA" -> "TTP")
 * @param aliases     every other way reports name it, including transliterations; matched wherever they occur
 * @param shortNames  forms matched only after the full name earlier in the same article or after a title
 *                    ("Dar" after "Ishaq Dar", "Mr Dar")
 * @param affiliation for a person: the organisation they belong to (a party, a group), whatever office they hold
 * @param offices     for a person: the offices held, with the organisation each acts for and when
 * @param active      when the actor existed or was in power; {@link Period#ALWAYS} when not recorded
 * @param demonyms    for a state: the adjectives reports use ("Pakistani"), for "Pakistani officials"
 * @param capitals    for a state: capitals that stand for its government ("Islamabad said")
 * @param note        where the entry comes from, what it must not be confused with
 */
public record Actor(String id, String name, String kind, Optional<String> country, Optional<String> parent,
                    List<String> aliases, List<String> shortNames, Optional<String> affiliation, List<Office> offices,
                    Period active, List<String> demonyms, List<String> capitals, String note) {
    public Actor {
        aliases = List.copyOf(aliases);
        shortNames = List.copyOf(shortNames);
        offices = List.copyOf(offices);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }

    public Actor(String id, String name, String kind, Optional<String> country, Optional<String> parent,
                 List<String> aliases) {
        this(id, name, kind, country, parent, aliases, List.of(), Optional.empty(), List.of(), Period.ALWAYS,
                List.of(), List.of(), "");
    }

    public boolean isPerson() {
        return "person".equals(kind);
    }
}
