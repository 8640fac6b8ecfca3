package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aGoldFileWithNoArticlesIsAnErrorNotAPerfectScore() throws Exception {
        Path empty = Files.writeString(tmp.resolve("gold.jsonl"), "\n   \n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"eval", empty.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(65, code);
        assertEquals("vigil: no gold articles in " + empty, err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void aPublicationDateThatIsNotADateIsOneLineNamingTheLine() throws Exception {
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"),
                "{\"id\":\"a\",\"text\":\"Calm day.\",\"gold\":{\"events\":[]}}\n"
                        + "{\"id\":\"b\",\"text\":\"Calm day.\",\"published\":\"last week\",\"gold\":{\"events\":[]}}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"eval", gold.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(65, code);
        assertEquals("vigil: " + gold + ":2: 'published' is not a date (YYYY-MM-DD): last week", err.toString().strip());
    }

    @Test
    void aGoldFileThatIsNotUtf8SaysSo() throws Exception {
        Path gold = Files.write(tmp.resolve("gold.jsonl"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, (byte) 0xc3, 0x28});
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"eval", gold.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(65, code);
        assertEquals("vigil: " + gold + ": not UTF-8 text; gold files are UTF-8 JSON Lines", err.toString().strip());
    }
}
