package org.vigil.cli;

import java.io.PrintWriter;
import org.vigil.event.Count;
import org.vigil.event.Event;
import org.vigil.merge.MergedEvent;

/** A fixed-width table of merged events for a terminal, one line each, streamed. */
final class MergedEventTable {
    private static final String FMT = "%-13s %-10s %-7s %-16s %-28s %-24s %-7s %-7s %7s%n";
    private final PrintWriter out;
    private int rows;

    MergedEventTable(PrintWriter out) {
        this.out = out;
        out.printf(FMT, "ID", "DATE", "TYPE", "MODE", "WHERE", "WHO", "KILLED", "INJURED", "REPORTS");
    }

    void row(MergedEvent m) {
        Event e = m.event();
        out.printf(FMT, m.id(), e.date().orElse("?"), e.type(), cut(e.mode(), 16),
                cut(e.location().map(l -> l.name() + ", " + l.country()).orElse("-"), 28),
                cut(e.actor().map(a -> a.id().orElse(a.name())
                        + e.actorStatus().map(s -> " (" + s.label() + ")").orElse("")).orElse("-"), 24),
                count(e.killed().orElse(null)), count(e.injured().orElse(null)), m.reportCount());
        rows++;
    }

    void end() {
        out.printf("%d event(s)%n", rows);
    }

    static String count(Count c) {
        if (c == null) {
            return "-";
        }
        return switch (c.qualifier()) {
            case EXACT -> Integer.toString(c.value());
            case AT_LEAST -> ">=" + c.value();
            case OVER -> ">" + c.value();
            case ABOUT -> "~" + c.value();
            case UP_TO -> "<=" + c.value();
        };
    }

    static String cut(String s, int n) {
        if (s == null) {
            return "-";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
