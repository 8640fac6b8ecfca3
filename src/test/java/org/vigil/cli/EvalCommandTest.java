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
}
