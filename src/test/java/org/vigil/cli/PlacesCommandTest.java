package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlacesCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void showsThePlaceItsCandidatesAndWhy() {
        String[] r = run("places", "A bomb went off in Khar, the main town of Bajaur district, on Monday.");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Khar") && r[1].contains("vigil:pk-kp-khar"), r[1]);
        assertTrue(r[1].contains("why:") && r[1].contains("Bajaur"), r[1]);
        assertTrue(r[1].contains("loaded in"), r[1]);
    }

    @Test
    void marksACapitalSpeakingForItsGovernment() {
        String[] r = run("places", "Islamabad said talks with the group would resume.");
        assertTrue(r[1].contains("GOVERNMENT"), r[1]);
    }

    @Test
    void aMissingFileIsOneClearLine() {
        String[] r = run("places", "--file", "/nonexistent/report.txt");
        assertEquals("66", r[0]);
        assertTrue(r[2].startsWith("vigil: cannot read /nonexistent/report.txt"), r[2]);
    }

    @Test
    void helpHasExamples() {
        String[] r = run("places", "--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("Examples:"), r[1]);
    }
}
