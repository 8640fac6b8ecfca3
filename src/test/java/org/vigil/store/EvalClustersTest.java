package org.vigil.store;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vigil.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.doc.Extraction;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.DatePrecision;
import org.vigil.event.Event;
import org.vigil.event.EventType;
import org.vigil.event.Location;
import org.vigil.event.Modality;
import org.vigil.event.Precision;
import org.vigil.event.Qualifier;
import org.vigil.ingest.Article;

/**
 * Measures merging on the team's shared multi-report clusters (../shared/eval/dev/clusters.jsonl), using their
 * gold events as if extraction were perfect: every real event must become exactly one merged event, and events
 * of different clusters, or different events of one article, must stay apart. Skipped where the file is absent.
 */
class EvalClustersTest {

    @TempDir
    Path tmp;

    @Test
    void goldEventsOfTheSharedClustersMergeExactlyIntoTheirHappenings() throws Exception {
        Path clusters = SharedData.dir().resolve("eval/dev/clusters.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<Extraction> xs = new ArrayList<>();
        // gold identity of each event: its cluster for the article's first event, else "article#n"
        Map<String, String> truth = new HashMap<>();
        for (String line : Files.readAllLines(clusters)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = json.readTree(line);
            String id = a.get("id").asText();
            Optional<LocalDate> published = Optional.ofNullable(a.get("published")).filter(n -> !n.isNull())
                    .map(n -> LocalDate.parse(n.asText()));
            List<Event> events = new ArrayList<>();
            int n = 0;
            for (JsonNode g : a.path("gold").path("events")) {
                Event e = event(id, n, g);
                events.add(e);
                truth.put(e.id(), identity(a, n, g));
                n++;
            }
            xs.add(new Extraction(new Article(id, a.get("text").asText(), published, Optional.empty(),
                    Optional.empty(), Optional.ofNullable(a.get("source")).map(JsonNode::asText)), events, List.of(),
                    List.of()));
        }
        try (EventStore s = Stores.openForWriting(tmp.resolve("eval").toString())) {
            s.ingest(xs);
            Map<String, Set<String>> predicted = new HashMap<>();
            s.events(EventQuery.all(), m -> {
                Set<String> ids = new TreeSet<>();
                m.reports().forEach(r -> ids.add(truth.get(r.eventId())));
                m.reports().forEach(r -> predicted.put(r.eventId(), ids));
            });
            for (Map.Entry<String, String> t : truth.entrySet()) {
                Set<String> got = predicted.get(t.getKey());
                if (got == null) {
                    continue; // not a happening (negated): never merged
                }
                assertEquals(Set.of(t.getValue()), got, "merged event of " + t.getKey() + " mixes happenings");
            }
            Map<String, Set<Set<String>>> groupsPerTruth = new HashMap<>();
            s.events(EventQuery.all(), m -> {
                Set<String> members = new TreeSet<>();
                m.reports().forEach(r -> members.add(r.eventId()));
                m.reports().forEach(r -> groupsPerTruth.computeIfAbsent(truth.get(r.eventId()), k -> new java.util.HashSet<>())
                        .add(members));
            });
            groupsPerTruth.forEach((k, v) -> assertEquals(1, v.size(), k + " split into " + v));
        }
    }

    /** Which happening a gold event is: attacks by day and province (one attack per day and province in these
     * clusters), any other event by its own article and ordinal. */
    private static String identity(JsonNode article, int n, JsonNode g) {
        if (g.path("type").asText().equals("ASSAULT")) {
            return g.path("date").asText() + "|" + g.path("admin1").asText();
        }
        return article.get("id").asText() + "#" + n;
    }

    private static Event event(String articleId, int n, JsonNode g) {
        String country = text(g, "country").orElse(null);
        Optional<Location> where = Optional.empty();
        if (country != null) {
            boolean point = g.hasNonNull("lat");
            Precision p = point ? Precision.TOWN : g.hasNonNull("admin1") ? Precision.PROVINCE : Precision.COUNTRY;
            String name = text(g, "place").orElse(text(g, "admin1").orElse(country));
            where = Optional.of(new Location(name, Optional.empty(), text(g, "admin1"), country,
                    point ? Optional.of(g.get("lat").asDouble()) : Optional.empty(),
                    point ? Optional.of(g.get("lon").asDouble()) : Optional.empty(), p, Optional.empty()));
        }
        Optional<ActorRef> actor = text(g, "perpetrator").map(x -> new ActorRef(x, Optional.empty(), "", Optional.empty()));
        return new Event(articleId + "#" + n, articleId, EventType.valueOf(g.get("type").asText()),
                text(g, "subtype").orElse("").replace(' ', '-'), Optional.empty(), Optional.empty(),
                Modality.valueOf(g.get("modality").asText().toUpperCase(Locale.ROOT)), text(g, "date"),
                text(g, "date").map(d -> DatePrecision.DAY), false, where, actor,
                text(g, "perpetrator_status").map(x -> ActorStatus.valueOf(x.toUpperCase(Locale.ROOT))),
                text(g, "target").map(x -> new ActorRef(x, Optional.empty(), "", Optional.empty())),
                count(g, "killed"), count(g, "injured"), List.of(), List.of(), 1.0, List.of(), Optional.empty(),
                Optional.empty());
    }

    private static Optional<Count> count(JsonNode g, String field) {
        if (!g.hasNonNull(field)) {
            return Optional.empty();
        }
        String q = text(g, field + "_qualifier").orElse("exact").replace(' ', '_').toUpperCase(Locale.ROOT);
        return Optional.of(new Count(g.get(field).asInt(), Qualifier.valueOf(q)));
    }

    private static Optional<String> text(JsonNode g, String field) {
        return g.hasNonNull(field) ? Optional.of(g.get(field).asText()) : Optional.empty();
    }
}
