package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import org.vigil.event.Count;
import org.vigil.event.Event;

/** A fixed-width table of events for a terminal. */
final class EventTable {
    private EventTable() {
    }

    static void print(List<Event> events, PrintWriter out) {
        String fmt = "%-10s %-9s %-16s %-10s %-28s %-26s %-7s %-7s%n";
        out.printf(fmt, "DATE", "TYPE", "MODE", "MODALITY", "WHERE", "WHO", "KILLED", "INJURED");
        for (Event e : events) {
            out.printf(fmt,
                    e.date().orElse("?"),
                    e.type(),
                    cut(e.mode(), 16),
                    e.modality().label(),
                    cut(e.location().map(l -> l.name() + ", " + l.country()).orElse("-"), 28),
                    cut(e.actor().map(EventTable::who).orElse("-"), 26),
                    count(e.killed().orElse(null)),
                    count(e.injured().orElse(null)));
        }
        out.printf("%d event(s)%n", events.size());
    }

    /** A group's short id ("TTP") where it has one, else the name as written ("Faisal Karim Kundi", "gunmen"). */
    static String who(org.vigil.event.ActorRef a) {
        return a.id().filter(id -> id.length() <= 12 && !id.contains(":")).orElse(a.name());
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
