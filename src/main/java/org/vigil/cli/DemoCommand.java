package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.VigilException;
import org.vigil.pipeline.Extractor;
import org.vigil.store.EventQuery;
import org.vigil.store.EventStore;
import org.vigil.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests a bundled sample into a fresh demo store and prints its events.",
            "The sample: short reports the Vigil team wrote about real events in Pakistan and",
            "Afghanistan, several outlets per event. The demo store is recreated on each run;",
            "your own store (./vigil-data) is not touched."},
        footer = {"", "Examples:",
            "  vigil demo",
            "  vigil events --store ./vigil-demo --format jsonl",
            "  vigil event --store ./vigil-demo ID"})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/org/vigil/demo/articles.jsonl";
    private static final Set<String> DEMO_FILES = Set.of("vigil.duckdb", "vigil.duckdb.wal", "sample.jsonl");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./vigil-demo",
            description = "Where to put the demo store (recreated). Default: ${DEFAULT-VALUE}.")
    String dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = Path.of(dir);
        recreate(home);
        Path sample = home.resolve("sample.jsonl");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new VigilException(VigilException.SOFTWARE, "the demo sample is missing from this build");
            }
            Files.copy(in, sample);
        } catch (IOException e) {
            throw new VigilException(VigilException.CANT_CREATE, "cannot write the demo sample to " + sample + ": " + e);
        }
        try (EventStore s = Stores.openForWriting(dir)) {
            IngestRun.Tally t = new IngestRun(Extractor.standard(), err).run(List.of(sample.toString()), s, false);
            IngestRun.summarize(t, s, out);
            out.println();
            MergedEventTable table = new MergedEventTable(out);
            s.events(EventQuery.all(), table::row);
            table.end();
        }
        out.println();
        out.println("The demo store is " + dir + " (its articles are in " + sample + "). Query it further:");
        out.println("  vigil events --store " + dir + " --format jsonl       every event with its reports");
        out.println("  vigil events --store " + dir + " --format csv         ACLED-style columns");
        out.println("  vigil event --store " + dir + " ID                    one event: reports, toll history, evidence");
        out.flush();
        return 0;
    }

    /** Empties the demo directory, refusing to touch one that holds anything but a previous demo. */
    private void recreate(Path home) {
        try {
            if (Files.exists(home)) {
                try (Stream<Path> files = Files.list(home)) {
                    List<Path> foreign = files.filter(f -> !DEMO_FILES.contains(f.getFileName().toString())).toList();
                    if (!foreign.isEmpty()) {
                        throw new VigilException(VigilException.CANT_CREATE, dir + " holds files that are not a Vigil"
                                + " demo (" + foreign.get(0).getFileName() + "); remove it or pass --store DIR");
                    }
                }
                try (Stream<Path> files = Files.walk(home)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new VigilException(VigilException.CANT_CREATE, "cannot recreate the demo store " + dir + ": " + e);
        }
    }
}
