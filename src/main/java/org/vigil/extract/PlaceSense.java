package org.vigil.extract;

import org.vigil.geo.PlaceMention;

/** Whether a place mention names a location (where something happened) or stands for a government ("Kabul denied"). */
final class PlaceSense {
    private PlaceSense() {
    }

    static boolean isLocation(PlaceMention p) {
        return true;
    }
}
