package org.vigil.merge;

import java.util.List;

/**
 * The answer to "are these two reports one happening?", with the reasons that led to it.
 *
 * @param same    true when the two reports are to be linked into one merged event
 * @param score   0..1, how strongly the fields agree (0 when a hard rule said no)
 * @param reasons short phrases, one per field compared ("same day", "same place: Sehwan (0.4 km)")
 */
public record Decision(boolean same, double score, List<String> reasons) {
    public Decision {
        reasons = List.copyOf(reasons);
    }

    static Decision no(List<String> reasons, String why) {
        List<String> all = new java.util.ArrayList<>(reasons);
        all.add(why);
        return new Decision(false, 0, all);
    }

    public String summary() {
        return String.join("; ", reasons);
    }
}
