package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
            "The sample: short reports the Vigil team wrote about real events in Pakistan and Afghanistan,"
                    + " several outlets per event.",
            "The demo store is emptied and filled again on each run. Demo empties only a directory it made"
                    + " (marked by a " + DemoCommand.MARKER + " file) or an empty one, and refuses any other, so a"
                    + " store of your own is never touched."},
        footer = {"", "Examples:",
            "  vigil demo",
            "  vigil events --store ./vigil-demo --format jsonl",
            "  vigil event --store ./vigil-demo ID"})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/org/vigil/demo/articles.jsonl";
    /** The file that marks a directory as a demo store, which this command may empty. */
    static final String MARKER = ".vigil-demo";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./vigil-demo",
            description = {"Where to put the demo store (recreated).", "Default: ${DEFAULT-VALUE}."})
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

    /**
     * Empties the demo directory, or makes it. Only a directory this command made (it carries the marker) or an
     * empty one is emptied: the allow-list of file names it used before matched any store, so a user's own
     * store passed as --store would have been wiped.
     */
    private void recreate(Path home) {
        try {
            if (Files.exists(home, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(home)) {
                    throw new VigilException(VigilException.CANT_CREATE, dir + " is a file, not a directory;"
                            + " pass --store DIR to put the demo store elsewhere");
                }
                boolean empty;
                try (Stream<Path> files = Files.list(home)) {
                    empty = files.findAny().isEmpty();
                }
                if (!empty && !Files.isRegularFile(home.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    throw new VigilException(VigilException.CANT_CREATE, dir + " was not made by 'vigil demo' (it has"
                            + " no " + MARKER + " file) and is left as it is; pass --store with a new directory");
                }
                try (Stream<Path> files = Files.walk(home)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        if (!f.equals(home)) {
                            Files.delete(f);
                        }
                    }
                }
            }
            Files.createDirectories(home);
            // first, so that a run stopped half-way leaves a directory the next run may empty
            Files.writeString(home.resolve(MARKER), "Made by 'vigil demo', which empties this directory on each run."
                    + System.lineSeparator());
        } catch (IOException e) {
            throw new VigilException(VigilException.CANT_CREATE, "cannot recreate the demo store " + dir + ": " + e);
        }
    }
}
