package org.vigil.extract;

import java.util.Set;
import org.vigil.actors.ActorMention;

/**
 * What part an actor can play, judged from its kind (the kinds of the actor dictionary, actors/kinds.tsv):
 * who can be behind an attack, who counts as a state force, who can visit, demand or rebuke.
 */
public final class Roles {
    private static final Set<String> STATE_FORCES = Set.of("military", "paramilitary", "police", "intelligence",
            "security_forces");
    private static final Set<String> POLITICAL = Set.of("state", "government", "person", "political_party",
            "international_organization", "armed_group", "military", "paramilitary", "police", "intelligence",
            "security_forces");

    /** A named armed group: who can claim, be blamed for or deny an attack. */
    public boolean isArmedGroup(ActorMention a) {
        return a.isNamed() && "armed_group".equals(a.kind());
    }

    /** An attacker the report does not name: "gunmen", "a suicide bomber", "militants". */
    public boolean isUnnamedAttacker(ActorMention a) {
        return !a.isNamed() && "armed_group".equals(a.kind());
    }

    public boolean isStateForce(ActorMention a) {
        return STATE_FORCES.contains(a.kind());
    }

    /** A state acting through its forces: "India struck nine sites", "Iran's strikes". */
    public boolean isState(ActorMention a) {
        return "state".equals(a.kind());
    }

    /** Who can visit, demand, rebuke, agree or threaten: states, governments, officials, parties, groups. */
    public boolean isPolitical(ActorMention a) {
        return POLITICAL.contains(a.kind()) && (a.isNamed() || a.country().isPresent());
    }
}
