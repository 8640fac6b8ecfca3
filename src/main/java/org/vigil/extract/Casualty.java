package org.vigil.extract;

import org.vigil.event.Count;

/**
 * A toll read from the text.
 *
 * @param injured   true for injured/wounded, false for killed
 * @param attackers true when the dead or hurt are the attackers ("all four were killed by troops")
 * @param militants true when the dead are described as militants or terrorists (victims of a raid or strike,
 *                  attackers of an attack)
 * @param update    true for a revised toll ("the death toll rose to 58"), which beats earlier figures
 * @param start     evidence span start (the figure and its verb)
 */
public record Casualty(boolean injured, Count count, boolean attackers, boolean militants, boolean update,
                       int start, int end) {
}
