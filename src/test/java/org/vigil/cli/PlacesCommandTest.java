package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesCommandTest {
    @TempDir
    Path tmp;

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
        assertEquals("vigil: /nonexistent/report.txt: no such file or directory", r[2].strip());
    }

    @Test
    void aBinaryFileIsRefusedInOneLineAsExtractRefusesIt() throws IOException {
        Path zip = Files.write(tmp.resolve("reports.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0xC3,
                (byte) 0x9F, (byte) 0xFF, 0x11, 0, 0, 0, 0, 0, 0});
        String[] r = run("places", "--file", zip.toString());
        assertEquals("65", r[0], r[2]);
        assertTrue(r[2].startsWith("vigil: " + zip + ": looks like a binary file"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void anHtmlFileIsReducedToItsTextFirst() throws IOException {
        Path page = Files.writeString(tmp.resolve("page.html"), "<html><body><nav>Home | Lahore | Karachi</nav>"
                + "<p>Floodwater reached the outskirts of Sukkur on Friday.</p></body></html>");
        String[] r = run("places", "--file", page.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Sukkur"), r[1]);
        assertFalse(r[1].contains("Karachi"), "the menu is not the article: " + r[1]);
    }

    @Test
    void aNegativeNumberOfCandidatesIsAUsageError() {
        String[] r = run("places", "--candidates", "-1", "Rain fell on Gilgit.");
        assertEquals("64", r[0]);
        assertEquals("vigil: --candidates must be at least 0, not -1", r[2].strip());
    }

    @Test
    void helpHasExamples() {
        String[] r = run("places", "--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("Examples:"), r[1]);
    }
}
