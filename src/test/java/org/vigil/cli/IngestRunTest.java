package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRunTest {
    @TempDir
    Path tmp;

    @Test
    void theProgressTotalCountsNonBlankJsonLinesAndOneArticlePerTextFile() throws IOException {
        Path feed = Files.writeString(tmp.resolve("feed.jsonl"), """
                {"id":"k1","text":"Traders in Kohat closed their shops on Friday."}

                {"id":"k2","text":"A ferry service resumed on the lake."}
                \t
                {"id":"k3","text":"The last line has no line break after it."}""");
        Path note = Files.writeString(tmp.resolve("note.txt"), "A single report.\nOn two lines.\n");
        assertEquals(OptionalLong.of(4), IngestRun.countArticles(List.of(feed.toString(), note.toString())));
    }

    @Test
    void oneHugeJsonLineIsCountedWithoutBeingReadAsAString() throws IOException {
        Path feed = tmp.resolve("one-line.jsonl");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(feed)) {
            out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
            out.write("\"}\n\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(OptionalLong.of(1), IngestRun.countArticles(List.of(feed.toString())));
    }
}
