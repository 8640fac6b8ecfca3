package org.vigil.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vigil.actors.ActorDictionary;

class DoerMatchTest {
    private final DoerMatch match = new DoerMatch(ActorDictionary.loadDefault());

    @Test
    void aSourceNamedByItsAcronymIsTheSameSource() {
        assertTrue(match.sameSource("BLA", "Baloch Liberation Army"));
        assertTrue(match.sameSource("TTP", "Pakistani Taliban (Tehreek-e-Taliban Pakistan)"));
        // a faction speaks for its group
        assertTrue(match.sameSource("BLA", "Majeed Brigade"));
    }

    @Test
    void differentBodiesAreDifferentSources() {
        assertFalse(match.sameSource("BLA", "Tehreek-e-Taliban Pakistan"));
        assertFalse(match.sameSource("Indian officials", "Pakistan's foreign ministry"));
        assertFalse(match.sameSource("witnesses", "police"));
    }
}
