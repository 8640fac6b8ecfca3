package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.VigilException;
import org.vigil.doc.Extraction;
import org.vigil.event.Event;
import org.vigil.event.Json;
import org.vigil.ingest.Article;
import org.vigil.ingest.ArticleReader;
import org.vigil.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads articles and prints the events in them. Needs no store.",
            "Accepts plain text, HTML and JSON Lines (one object per line with \"text\" and optionally \"id\","
                    + " \"published\", \"url\", \"title\", \"source\"). Directories are read recursively; '-' reads"
                    + " standard input.",
            "An input that cannot be read, or an article that hits a bug, gets one line on stderr and the others"
                    + " are still read. See docs/INPUT.md."},
        footer = {"", "Examples:",
            "  vigil extract report.txt",
            "  vigil extract --published 2023-01-31 --format table report.txt",
            "  vigil extract --format table saved-pages/",
            "  vigil extract --findings --format table report.txt",
            "  cat feed.jsonl | vigil extract --format jsonl -",
            "", "Exit status: 0 when every input was read (or the output was closed), else the",
            "worst problem's: 64 bad options, 65 bad data, 66 missing or unreadable input,",
            "70 a bug met on one article (the others are still extracted)."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ReadOptions read;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (one event record per line) or table. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--findings",
            description = "Also print the statistical claims (\"a 50%% increase in attacks\") and actor relations"
                    + " (\"led by\", \"a faction of\") each article states. In jsonl each is one line"
                    + " {\"statistic\": {...}} or {\"relation\": {...}}, after the article's events.")
    boolean findings;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to read, or '-' for standard input.")
    List<String> inputs;

    enum OutputFormat { jsonl, table }

    @Override
    public Integer call() throws Exception {
        ArticleReader reader = read.reader();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Printer printer = new Printer(Extractor.standard(), read.published(), out, err);
        ArticleReader.Result result;
        try {
            result = reader.read(inputs, printer::article, p -> err.println("vigil: " + p));
        } catch (OutputClosed closed) {
            return 0; // whoever read our output has gone (vigil extract ... | head): what it took was all it wanted
        }
        if (format == OutputFormat.table) {
            EventTable.print(printer.events, out);
            if (findings && !printer.findingLines.isEmpty()) {
                out.println();
                out.println("Statistics and relations:");
                printer.findingLines.forEach(l -> out.println("  " + l));
            }
        }
        out.flush();
        int exit = Math.max(result.exitCode(), printer.failed);
        if (result.nothingRead()) {
            // with one input its own line said why; with several, say that none of them gave anything
            if (inputs.size() > 1 || exit == 0) {
                err.println("vigil: no articles read from " + (inputs.size() == 1 ? "the input" : "any of the "
                        + inputs.size() + " inputs") + "; nothing to extract");
            }
            exit = Math.max(exit, VigilException.DATA);
        }
        return exit;
    }

    /** Thrown out of the reader's sink when standard output is closed: nothing more can be shown to anyone. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super("standard output is closed", null, false, false);
        }
    }

    /** Extracts each article as it is read, then prints its events (jsonl) or keeps them for the table. */
    private final class Printer {
        private final Extractor extractor;
        private final Optional<LocalDate> published;
        private final PrintWriter out;
        private final PrintWriter err;
        private final ObjectMapper json = Json.mapper();
        final List<Event> events = new ArrayList<>();
        final List<String> findingLines = new ArrayList<>();
        int failed;

        Printer(Extractor extractor, Optional<LocalDate> published, PrintWriter out, PrintWriter err) {
            this.extractor = extractor;
            this.published = published;
            this.out = out;
            this.err = err;
        }

        void article(Article article) {
            if (published.isPresent() && article.published().isEmpty()) {
                article = article.withPublished(published);
            }
            Extraction x;
            try {
                x = extractor.extract(article);
            } catch (RuntimeException | StackOverflowError ex) {
                // a bug met on one article must not cost the user the others
                err.println("vigil: article " + article.id() + ": internal error while extracting (" + ex
                        + "); please report it with this article");
                if (System.getenv("VIGIL_DEBUG") != null) {
                    ex.printStackTrace(err);
                }
                failed = VigilException.SOFTWARE;
                return;
            }
            if (format == OutputFormat.jsonl) {
                try {
                    for (Event e : x.events()) {
                        out.println(json.writeValueAsString(e));
                    }
                    if (findings) {
                        for (var s : x.statistics()) {
                            out.println(json.writeValueAsString(java.util.Map.of("statistic", s)));
                        }
                        for (var r : x.relations()) {
                            out.println(json.writeValueAsString(java.util.Map.of("relation", r)));
                        }
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                    throw new IllegalStateException(ex);
                }
                if (out.checkError()) {
                    throw new OutputClosed();
                }
            } else {
                events.addAll(x.events());
                if (findings) {
                    x.statistics().forEach(s -> findingLines.add(s.source().map(src -> src + ": ").orElse("")
                            + s.claim()));
                    x.relations().forEach(r -> findingLines.add(r.subject().name() + " -- " + r.relation() + " -- "
                            + r.object().name()));
                }
            }
        }
    }
}
