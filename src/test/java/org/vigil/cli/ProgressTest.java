package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @TempDir
    Path tmp;

    @Test
    void withAKnownTotalTheLineHasABarARateAndTheTimeLeft() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), OptionalLong.of(1000), true);
        assertEquals("[============>           ] 500/1000 articles  100/s  ETA 0:05", p.line(500, 5.0));
    }

    @Test
    void withoutATotalItCountsAndGivesTheRate() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), OptionalLong.empty(), false);
        assertEquals("1200 articles  300/s", p.line(1200, 4.0));
    }

    @Test
    void theTotalIsCountedFromFilesButNotFromStandardInput() throws Exception {
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, "{}\n{}\n\n{}\n");
        Path dir = tmp.resolve("dir");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "one report");
        assertEquals(OptionalLong.of(4), IngestRun.countArticles(List.of(feed.toString(), dir.toString())));
        assertEquals(OptionalLong.empty(), IngestRun.countArticles(List.of("-")));
    }
}
