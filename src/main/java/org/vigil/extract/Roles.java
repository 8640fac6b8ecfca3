package org.vigil.extract;

import java.util.Set;
import org.vigil.actors.ActorMention;

/**
 * What part an actor can play, judged from its kind: who can be behind an attack, who counts as a state force,
 * who can visit or demand. Kinds are those of the actor dictionary (docs/ACTORS.md).
 */
public final class Roles {
    private static final Set<String> ARMED = Set.of("armed_group", "militant_group", "terrorist_group", "insurgent_group",
            "faction");
    private static final Set<String> UNNAMED_ATTACKERS = Set.of("unidentified_armed_group", "attackers", "attacker",
            "gunmen", "militants", "suicide_bomber", "assailants", "insurgents", "unknown_armed_group");
    private static final Set<String> STATE_FORCES = Set.of("military", "army", "air_force", "police",
            "security_forces", "paramilitary", "state_forces", "intelligence");
    private static final Set<String> POLITICAL = Set.of("state", "country", "government", "ministry", "person",
            "official", "political_party", "international_organization", "intergovernmental", "legislature",
            "delegation", "diplomat", "military", "army", "police", "security_forces", "armed_group", "militant_group",
            "faction", "community", "tribal_elders", "jirga", "committee");
    private static final Set<String> MEDIA = Set.of("media", "news_agency", "newspaper", "broadcaster");

    public boolean isArmedGroup(ActorMention a) {
        return ARMED.contains(a.kind()) || a.actor().map(x -> ARMED.contains(x.kind())).orElse(false);
    }

    public boolean isUnnamedAttacker(ActorMention a) {
        return a.actor().isEmpty() && UNNAMED_ATTACKERS.contains(a.kind());
    }

    public boolean isStateForce(ActorMention a) {
        return STATE_FORCES.contains(a.kind());
    }

    /** A group or a member speaking for one: who can claim, be blamed for or deny an attack. */
    public boolean canBePerpetrator(ActorMention a) {
        return isArmedGroup(a);
    }

    /** Who can visit, demand, rebuke, agree or threaten: states, governments, officials, parties, groups. */
    public boolean isPolitical(ActorMention a) {
        return a.isNamed() && !MEDIA.contains(a.kind()) && (POLITICAL.contains(a.kind()) || isArmedGroup(a));
    }

    public boolean isMedia(ActorMention a) {
        return MEDIA.contains(a.kind());
    }
}
