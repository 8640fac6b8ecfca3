package org.vigil.event;

/**
 * What happened: the PLOVER categories as POLECAT names them, plus FIGHT for combat between organised
 * forces (airstrikes, border firing, clashes), which PLOVER folds into ASSAULT.
 */
public enum EventType {
    ASSAULT, FIGHT, COERCE, PROTEST, THREATEN, ACCUSE, REQUEST, CONSULT, AGREE, REJECT,
    SUPPORT, COOPERATE, AID, SANCTION, MOBILIZE, CONCEDE, RETREAT;

    /** Things said rather than done: demands, rebukes, threats, agreements and rejections. */
    public boolean isStatement() {
        return this == REQUEST || this == ACCUSE || this == THREATEN || this == AGREE || this == REJECT;
    }

    /** Events that put people in harm's way; these are the ones a false positive costs most on a map. */
    public boolean isViolent() {
        return this == ASSAULT || this == FIGHT || this == COERCE;
    }
}
