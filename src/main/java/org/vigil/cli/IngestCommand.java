package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.ingest.ArticleReader;
import org.vigil.pipeline.Extractor;
import org.vigil.store.EventStore;
import org.vigil.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts the events of articles and stores both, one merged event per happening.",
            "An article already stored (same text) is left as it is: a run can be repeated or resumed.",
            "Reads what 'vigil extract' reads: text, HTML, JSON Lines, directories, '-' (stdin)."},
        footer = {"", "Examples:",
            "  vigil ingest feed.jsonl                 into ./vigil-data or $VIGIL_HOME",
            "  vigil ingest --store /data/pk reports/  a directory, into another store",
            "  cat today.jsonl | vigil ingest -        from standard input",
            "", "Exit status: 0 when every input was stored, else the worst problem's:",
            "64 bad options; 65 bad data, an article id taken by another text, or a store",
            "this Vigil cannot use; 66 missing or unreadable input; 70 a bug met on one",
            "article (the others are still stored); 73 store not creatable or writable;",
            "74 store not readable; 75 store busy (another Vigil process holds it)."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ReadOptions read;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read, or '-' for standard input.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // before the store is opened, let alone created
        ArticleReader.checkInputs(inputs);
        ArticleReader reader = read.reader();
        try (EventStore s = Stores.openForWriting(store.resolve())) {
            IngestRun.Tally t = new IngestRun(Extractor.standard(), err, reader, read.published())
                    .run(inputs, s, System.console() != null);
            IngestRun.summarize(t, s, out);
            out.flush();
            return t.exitCode;
        }
    }
}
