package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.event.Json;
import org.vigil.store.EventStore;
import org.vigil.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "findings", mixinStandardHelpOptions = true,
        description = {"Lists the statistical claims and actor relations stored with ingested articles.",
            "A claim is a figure with its source, period and region (\"a 50%% increase in terrorist attacks\");"
                    + " a relation links two actors (\"led by\", \"a faction of\", \"holds office\")."},
        footer = {"", "Examples:",
            "  vigil findings --store ./vigil-demo",
            "  vigil findings --format jsonl > findings.jsonl"})
final class FindingsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, or jsonl: one {\"statistic\": {...}} or {\"relation\": {...}} per line. Default: ${DEFAULT-VALUE}.")
    Format format;

    enum Format { table, jsonl }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = Json.mapper();
        int[] n = new int[2];
        try (EventStore s = Stores.openForReading(store.resolve())) {
            s.findings(st -> {
                n[0]++;
                out.println(format == Format.jsonl ? write(json, Map.of("statistic", st))
                        : "statistic  " + st.source().map(src -> src + ": ").orElse("") + st.claim()
                                + "  [" + st.articleId() + "]");
            }, r -> {
                n[1]++;
                out.println(format == Format.jsonl ? write(json, Map.of("relation", r))
                        : "relation   " + r.subject().name() + " -- " + r.relation() + " -- " + r.object().name()
                                + "  [" + r.articleId() + "]");
            });
        }
        if (format == Format.table) {
            out.printf("%d statistic(s), %d relation(s)%n", n[0], n[1]);
        }
        out.flush();
        return 0;
    }

    private static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
