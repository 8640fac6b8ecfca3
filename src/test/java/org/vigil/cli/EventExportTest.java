package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.fixtures.Fixtures.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.EventType;
import org.vigil.fixtures.Fixtures.Story;
import org.vigil.merge.Merger;

class EventExportTest {
    private static final ActorRef SPREADSHEET_TRAP = new ActorRef("=HYPERLINK(\"http://example.invalid\",\"click\")",
            Optional.empty(), "unidentified", Optional.empty());
    private static final Story RAID = story("raid", "2024-06-02", "-local radio",
            "Armed men calling themselves =HYPERLINK(\"http://example.invalid\",\"click\") raided a checkpoint near "
                    + "Chaman on Sunday; no casualties were given.",
            event(EventType.ASSAULT, "armed-attack").on("2024-06-02").at(CHAMAN).by(SPREADSHEET_TRAP,
                    ActorStatus.ASSERTED));

    private static List<String> row() {
        StringWriter w = new StringWriter();
        PrintWriter out = new PrintWriter(w);
        var e = RAID.extraction().events().get(0);
        EventExport.csvRow(Merger.merge(List.of(new Merger.Member(e, RAID.article().published(),
                RAID.article().source()))), out);
        out.flush();
        return parse(w.toString().strip());
    }

    /** Splits one CSV line as RFC 4180 reads it. */
    private static List<String> parse(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        cells.add(b.toString());
        return cells;
    }

    private static String cell(List<String> row, String column) {
        return row.get(EventExport.CSV_COLUMNS.indexOf(column));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsShownAsText() {
        List<String> r = row();
        assertEquals(EventExport.CSV_COLUMNS.size(), r.size());
        assertEquals("'=HYPERLINK(\"http://example.invalid\",\"click\")", cell(r, "actor1"));
        assertEquals("'-local radio", cell(r, "source"));
    }

    @Test
    void numbersKeepTheirSign() {
        assertEquals("-71.5", EventExport.csv("-71.5"));
        assertEquals("'-1+1", EventExport.csv("-1+1"));
        assertEquals("'@SUM(A1)", EventExport.csv("@SUM(A1)"));
    }

    @Test
    void noReportedTollIsZeroFatalitiesWithNoQualifier() {
        List<String> r = row();
        assertEquals("0", cell(r, "fatalities"));
        assertEquals("", cell(r, "fatalities_qualifier"));
    }
}
