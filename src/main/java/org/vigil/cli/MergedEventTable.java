package org.vigil.cli;

import java.io.PrintWriter;
import org.vigil.event.Event;
import org.vigil.merge.MergedEvent;

/** A fixed-width table of merged events for a terminal, one line each, streamed. */
final class MergedEventTable {
    private static final String FMT = "%-19s %-10s %-9s %-16s %-28s %-24s %-7s %-7s %7s%n";
    private final PrintWriter out;
    private int rows;

    MergedEventTable(PrintWriter out) {
        this.out = out;
        out.printf(FMT, "ID", "DATE", "TYPE", "MODE", "WHERE", "WHO", "KILLED", "INJURED", "REPORTS");
    }

    void row(MergedEvent m) {
        Event e = m.event();
        out.printf(FMT, m.id(), e.date().orElse("?"), e.type(), EventTable.cut(e.mode(), 16),
                EventTable.cut(e.location().map(l -> l.name() + ", " + l.country()).orElse("-"), 28),
                EventTable.cut(e.actor().map(a -> EventTable.who(a)
                        + e.actorStatus().map(s -> " (" + s.label() + ")").orElse("")).orElse("-"), 24),
                EventTable.count(e.killed().orElse(null)), EventTable.count(e.injured().orElse(null)), m.reportCount());
        rows++;
    }

    void end() {
        out.printf("%d event(s)%n", rows);
    }
}
