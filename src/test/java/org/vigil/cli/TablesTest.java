package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.fixtures.Fixtures.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.event.EventType;
import org.vigil.fixtures.Fixtures.Story;
import org.vigil.merge.Merger;

class TablesTest {
    private static final Story TALKS = story("trade-talks", "2024-05-14", "business weekly",
            "Officials meeting in Kabul on Tuesday agreed to cooperate on rail freight and warned smugglers; a bomb"
                    + " went off near the venue.",
            event(EventType.COOPERATE, "agreement").on("2024-05-14").at(KABUL).by(PAK_GOV, null),
            event(EventType.THREATEN, "warning").on("2024-05-14").at(KABUL),
            event(EventType.ASSAULT, "bombing").on("2024-05-14").at(KABUL));

    /** Where the MODE column starts on each line: it must be one column for every type name. */
    private static List<Integer> modeColumn(String table) {
        return table.lines().filter(l -> !l.endsWith("event(s)"))
                .map(l -> l.indexOf(l.startsWith("DATE") || l.startsWith("ID") ? "MODE" : modeOf(l))).toList();
    }

    private static String modeOf(String line) {
        for (String m : List.of("agreement", "warning", "bombing")) {
            if (line.contains(m)) {
                return m;
            }
        }
        throw new AssertionError(line);
    }

    @Test
    void theTypeColumnHoldsTheLongestTypeNames() {
        StringWriter w = new StringWriter();
        EventTable.print(TALKS.extraction().events(), new PrintWriter(w, true));
        List<Integer> at = modeColumn(w.toString());
        assertEquals(4, at.size(), w.toString());
        assertEquals(1, at.stream().distinct().count(), w.toString());
    }

    @Test
    void theMergedTableToo() {
        StringWriter w = new StringWriter();
        PrintWriter out = new PrintWriter(w, true);
        MergedEventTable t = new MergedEventTable(out);
        for (var e : TALKS.extraction().events()) {
            t.row(Merger.merge(List.of(new Merger.Member(e, TALKS.article().published(), TALKS.article().source()))));
        }
        t.end();
        List<Integer> at = modeColumn(w.toString());
        assertEquals(4, at.size(), w.toString());
        assertEquals(1, at.stream().distinct().count(), w.toString());
    }
}
