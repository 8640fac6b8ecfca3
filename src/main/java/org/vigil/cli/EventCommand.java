package org.vigil.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigil.VigilException;
import org.vigil.event.ActorRef;
import org.vigil.event.Event;
import org.vigil.event.Evidence;
import org.vigil.event.Location;
import org.vigil.merge.MergedEvent;
import org.vigil.merge.MergedEventJson;
import org.vigil.store.EventStore;
import org.vigil.store.StoredReport;
import org.vigil.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "event", mixinStandardHelpOptions = true,
        description = {"Shows one merged event: its reports, toll and status history, sources, evidence.",
            "Each value comes with the rule that chose it and the report it came from."},
        footer = {"", "Examples:",
            "  vigil event PK-1a2b3c4d5e6f7a8b    by the id 'vigil events' shows",
            "  vigil event 'dawn-0131#0'          by the id of any of its reports",
            "  vigil event --format json PK-1a2b3c4d5e6f7a8b"})
final class EventCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "A merged event id, or the id of one of its reports.")
    String id;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String dir = store.resolve();
        try (EventStore s = Stores.openForReading(dir)) {
            MergedEvent m = s.event(id).orElseThrow(() -> new VigilException(VigilException.NO_INPUT,
                    "no event " + id + " in store " + dir + "; list them with: vigil events --store " + dir));
            // in the merged event's own order: by publication, and on one day the lower toll first
            List<String> order = m.reports().stream().map(MergedEvent.ReportRef::eventId).toList();
            List<StoredReport> reports = s.reports(m.id()).stream()
                    .sorted(java.util.Comparator.comparingInt(r -> order.indexOf(r.event().id()))).toList();
            if (format == Format.json) {
                MergedEventJson json = new MergedEventJson();
                var node = json.toNode(m);
                var arr = node.putArray("report_events");
                for (StoredReport r : reports) {
                    var o = arr.addObject();
                    o.set("event", json.mapper().valueToTree(r.event()));
                    o.put("matched_event_id", r.matchedEventId().orElse(null));
                    if (r.score().isPresent()) {
                        o.put("score", r.score().getAsDouble());
                    } else {
                        o.putNull("score");
                    }
                    o.put("reasons", r.reasons());
                }
                out.println(json.toJson(node));
            } else {
                print(m, reports, out);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(MergedEvent m, List<StoredReport> reports, PrintWriter out) {
        Event e = m.event();
        Map<String, MergedEvent.Choice> best = m.best();
        out.printf("%s  %s (%s), %s%n", m.id(), e.mode().isBlank() ? e.type() : e.mode(), e.type(), e.modality().label());
        field(out, "date", e.date().orElse("unknown") + e.datePrecision().map(p -> " (" + p.label() + ")").orElse("")
                + (e.dateInferred() ? ", inferred" : ""), best.get("date"));
        field(out, "where", e.location().map(EventCommand::place).orElse("unknown"), best.get("location"));
        field(out, "doer", e.actor().map(a -> actor(a) + e.actorStatus().map(st -> ", " + st.label()).orElse(""))
                .orElse("unknown"), best.get("actor"));
        if (!e.deniedBy().isEmpty()) {
            field(out, "denied by", e.deniedBy().stream().map(EventCommand::actor).collect(Collectors.joining("; ")), null);
        }
        field(out, "target", e.target().map(EventCommand::actor).orElse("-"), best.get("target"));
        field(out, "killed", e.killed().map(EventTable::count).orElse("-"), best.get("killed"));
        field(out, "injured", e.injured().map(EventTable::count).orElse("-"), best.get("injured"));
        field(out, "sources", e.sources().isEmpty() ? "-" : e.sources().stream()
                .map(x -> x.name() + " (" + x.kind().label() + ")").collect(Collectors.joining("; ")), null);
        field(out, "outlets", String.join("; ", m.outlets()), null);
        field(out, "confidence", String.format(Locale.ROOT, "%.2f", e.confidence()), null);

        out.printf("%nreports: %d from %d article(s)%n", m.reportCount(), m.articleCount());
        for (StoredReport r : reports) {
            Event x = r.event();
            out.printf("  %-10s  %-22s  %-20s  %-9s  killed %-6s injured %-6s%n", date(r.published()),
                    EventTable.cut(r.source().orElse("-"), 22), EventTable.cut(x.id(), 20),
                    x.modality().label(), x.killed().map(EventTable::count).orElse("-"),
                    x.injured().map(EventTable::count).orElse("-"));
            out.printf("      linked: %s%s%n", r.reasons(), r.matchedEventId().map(id -> " (best match " + id
                    + String.format(Locale.ROOT, ", score %.2f)", r.score().orElse(0))).orElse(""));
        }
        out.printf("%ntoll history%n");
        if (m.tollHistory().isEmpty()) {
            out.println("  no report gave a toll");
        }
        for (MergedEvent.TollPoint t : m.tollHistory()) {
            out.printf("  %-10s  %-22s  killed %-6s injured %-6s%n", date(t.published()),
                    EventTable.cut(t.source().orElse(t.articleId()), 22),
                    t.killed().map(EventTable::count).orElse("-"),
                    t.injured().map(EventTable::count).orElse("-"));
        }
        out.printf("%nstatus history%n");
        if (m.statusHistory().isEmpty()) {
            out.println("  no report named a doer");
        }
        for (MergedEvent.StatusPoint p : m.statusHistory()) {
            out.printf("  %-10s  %-22s  %s: %s%n", date(p.published()),
                    EventTable.cut(p.source().orElse(p.articleId()), 22), actor(p.actor()), p.status().label());
        }
        out.printf("%nevidence%n");
        boolean any = false;
        for (StoredReport r : reports) {
            for (Evidence ev : r.event().evidence()) {
                out.printf("  %-20s  %-10s \"%s\" [%d-%d in %s]%n", EventTable.cut(r.event().id(), 20),
                        ev.field(), ev.text().replace('\n', ' '), ev.start(), ev.end(), r.event().articleId());
                any = true;
            }
        }
        if (!any) {
            out.println("  none recorded");
        }
    }

    private static void field(PrintWriter out, String name, String value, MergedEvent.Choice why) {
        out.printf("  %-11s %s%s%n", name, value, why == null ? "" : "   [" + why.rule() + "; from " + why.eventId() + "]");
    }

    private static String place(Location l) {
        StringBuilder b = new StringBuilder(l.name());
        l.admin2().filter(a -> !a.equals(l.name())).ifPresent(a -> b.append(", ").append(a));
        l.admin1().filter(a -> !a.equals(l.name())).ifPresent(a -> b.append(", ").append(a));
        b.append(", ").append(l.country());
        if (l.lat().isPresent() && l.lon().isPresent()) {
            b.append(String.format(Locale.ROOT, " (%.3f, %.3f; %s)", l.lat().get(), l.lon().get(), l.precision().label()));
        } else {
            b.append(" (").append(l.precision().label()).append(')');
        }
        return b.toString();
    }

    private static String actor(ActorRef a) {
        return a.name() + a.id().map(id -> " [" + id + "]").orElse("");
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("undated");
    }
}
