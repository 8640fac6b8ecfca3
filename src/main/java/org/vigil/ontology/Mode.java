package org.vigil.ontology;

import java.util.List;
import java.util.Optional;
import org.vigil.event.Acled;
import org.vigil.event.EventType;

/**
 * A finer kind of event within an {@link EventType}: "suicide-bombing" within ASSAULT, "visit" within CONSULT.
 * Each mode carries its codes in the three schemes analysts compare against.
 *
 * @param type           the event type the mode belongs to
 * @param name           lower-case, hyphenated, unique across types ("suicide-bombing")
 * @param isDefault      the mode used when a report gives the type but nothing finer
 * @param cameo          the most specific CAMEO code the mode always meets ("1831"); see {@link #cameoRoot()}
 * @param gtdAttackType  GTD attack type, for attacks by non-state actors only
 * @param acled          ACLED event and sub-event type, where one applies
 * @param acledAlternative the ACLED coding used instead when {@code alternativeWhen} holds
 * @param alternativeWhen  the condition for {@code acledAlternative}
 * @param synonyms       other names of the mode ("suicide attack"), for lookups by name
 * @param description    one line: what the mode covers
 */
public record Mode(EventType type, String name, boolean isDefault, String cameo, Optional<String> gtdAttackType,
                   Optional<Acled> acled, Optional<Acled> acledAlternative, Optional<Condition> alternativeWhen,
                   List<String> synonyms, String description) {

    /** When a mode's alternative ACLED coding applies. */
    public enum Condition {
        /** The target is an organised armed force (military, police, paramilitary, armed group): ACLED calls it a battle. */
        ARMED_TARGET,
        /** The doer is a state force (for territory changing hands). */
        STATE_DOER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Mode {
        synonyms = List.copyOf(synonyms);
    }

    /** The CAMEO root code: two digits, "01" to "20". */
    public String cameoRoot() {
        return cameo.substring(0, 2);
    }

    /**
     * The ACLED coding for an event of this mode, applying the mode's rule: an armed attack on police or soldiers is
     * a battle ("Battles: Armed clash"), on civilians an attack ("Violence against civilians: Attack").
     *
     * @param doerIsState   the doer is a state force
     * @param targetIsArmed the target is an organised armed force
     */
    public Optional<Acled> acled(boolean doerIsState, boolean targetIsArmed) {
        if (alternativeWhen.isPresent()) {
            boolean holds = switch (alternativeWhen.get()) {
                case ARMED_TARGET -> targetIsArmed;
                case STATE_DOER -> doerIsState;
            };
            if (holds) {
                return acledAlternative;
            }
        }
        return acled;
    }
}
