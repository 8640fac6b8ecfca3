package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.doc.Extraction;
import org.vigil.event.Event;
import org.vigil.event.Json;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.InputProblem;
import org.vigil.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads articles and prints the events in them. Needs no store.",
            "Accepts plain text, HTML and JSON Lines ({\"id\",\"text\",\"published\",\"url\",\"title\",\"source\"} per line);",
            "directories are read recursively; '-' reads standard input."},
        footer = {"", "Examples:",
            "  vigil extract report.txt",
            "  vigil extract --published 2023-01-31 --format table report.txt",
            "  cat feed.jsonl | vigil extract --format jsonl -"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none; relative dates (\"on Monday\") are read against it.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (one event record per line) or table. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to read, or '-' for standard input.")
    List<String> inputs;

    enum OutputFormat { jsonl, table }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = Extractor.standard();
        ObjectMapper json = Json.mapper();
        List<Event> events = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleReader().read(inputs, article -> {
            if (published != null && article.published().isEmpty()) {
                article = article.withPublished(Optional.of(published));
            }
            Extraction x = extractor.extract(article);
            if (format == OutputFormat.jsonl) {
                for (Event e : x.events()) {
                    try {
                        out.println(json.writeValueAsString(e));
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            } else {
                events.addAll(x.events());
            }
        }, p -> {
            problems.add(p);
            err.println("vigil: " + p);
        });
        if (format == OutputFormat.table) {
            EventTable.print(events, out);
        }
        out.flush();
        return problems.stream().mapToInt(InputProblem::exitCode).max().orElse(0);
    }
}
