package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.VigilException;
import org.vigil.fixtures.Clusters;

/** A store held by one process: another gets one clear line, and the store is whole afterwards. No mocks. */
class StoreLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondProcessIsToldTheStoreIsInUseAndNothingIsCorrupted() throws Exception {
        String dir = tmp.resolve("busy").toString();
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), dir))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("ready", line, "the holder process did not start");

            VigilException writer = assertThrows(VigilException.class, () -> Stores.openForWriting(dir));
            assertEquals(VigilException.TEMP_FAIL, writer.exitCode());
            assertEquals("store " + dir + " is in use by another Vigil process; wait for it to finish or use --store DIR",
                    writer.getMessage());
            VigilException reader = assertThrows(VigilException.class, () -> Stores.openForReading(dir));
            assertEquals(VigilException.TEMP_FAIL, reader.exitCode());

            // and on the command line: one line, exit 75
            java.io.StringWriter err = new java.io.StringWriter();
            int code = org.vigil.cli.Main.run(new String[] {"events", "--store", dir},
                    new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
            assertEquals(75, code);
            assertEquals("vigil: store " + dir + " is in use by another Vigil process; wait for it to finish or use"
                    + " --store DIR", err.toString().strip());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "holder did not exit");
        }
        assertEquals(0, holder.exitValue());
        try (EventStore s = Stores.openForWriting(dir)) {
            assertEquals(new Counts(1, 1, 1), s.counts());
            assertEquals(IngestResult.Status.ALREADY_STORED, s.ingest(Clusters.POLICE_LINES_WIRE.extraction()).status());
        }
    }
}
