package org.vigil.text;

import java.util.Optional;

/**
 * The filing line that opens a wire story: "QUETTA, Pakistan, Feb 17 (wire) -" or "ISLAMABAD:".
 * It says where the report was filed, which is often but not always where the event happened.
 *
 * @param place    the filing place as written ("ISLAMABAD/KABUL", "SEHWAN SHARIF (Jamshoro district)")
 * @param dateText the day as written ("Feb 17"), if the dateline carries one
 * @param agency   the bracketed agency or desk ("wire", "AFP", "Reuters"), if any
 */
public record Dateline(int start, int end, String place, int placeStart, int placeEnd, Optional<String> dateText,
                       Optional<String> agency) {
}
