package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Options out of range are one line naming the option and exit 64, before any work is done. */
class OptionChecksTest {

    private static void refused(String expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(64, code, String.join(" ", args) + ": " + err);
        assertEquals("vigil: " + expected, err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void benchNeedsAThreadAnArticleAndNoNegativeIngest() {
        refused("--threads must be at least 1, not 0", "bench", "--threads", "0");
        refused("--articles must be at least 1, not 0", "bench", "--articles", "0");
        refused("--ingest must be at least 0, not -5", "bench", "--ingest", "-5");
    }

    @Test
    void eventsNeedsANonNegativeLimitAndARealCountry() {
        refused("--limit must be at least 0, not -1", "events", "--limit", "-1");
        refused("unknown country 'ZZ'; give an ISO 3166-1 alpha-2 code such as PK or AF, or a country's name",
                "events", "--country", "ZZ");
        refused("unknown country 'Atlantis'; give an ISO 3166-1 alpha-2 code such as PK or AF, or a country's name",
                "events", "--country", "Atlantis");
    }
}
