package org.vigil.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.event.ActorRef;
import org.vigil.event.ActorStatus;
import org.vigil.event.Count;
import org.vigil.event.Event;
import org.vigil.event.Json;
import org.vigil.event.Modality;
import org.vigil.merge.MergedEvent.Choice;
import org.vigil.merge.MergedEvent.ReportRef;
import org.vigil.merge.MergedEvent.StatusPoint;
import org.vigil.merge.MergedEvent.TollPoint;

/**
 * The JSON form of a merged event: the event record (docs/EVENT-RECORD.md) plus {@code reports},
 * {@code report_count}, {@code article_count}, {@code outlets}, {@code toll_history}, {@code status_history}
 * and {@code best}. Dates are "YYYY-MM-DD" strings.
 */
public final class MergedEventJson {
    private static final List<String> EXTRAS = List.of("reports", "report_count", "article_count", "outlets",
            "toll_history", "status_history", "best");

    private final ObjectMapper mapper = Json.mapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public ObjectMapper mapper() {
        return mapper;
    }

    public ObjectNode toNode(MergedEvent m) {
        ObjectNode n = mapper.valueToTree(m.event());
        ArrayNode reports = n.putArray("reports");
        for (ReportRef r : m.reports()) {
            ObjectNode o = reports.addObject();
            o.put("article_id", r.articleId());
            o.put("source", r.source().orElse(null));
            o.put("published", r.published().map(LocalDate::toString).orElse(null));
            o.set("killed", count(r.killed()));
            o.set("injured", count(r.injured()));
            o.put("event_id", r.eventId());
            o.put("modality", r.modality().label());
        }
        n.put("report_count", m.reportCount());
        n.put("article_count", m.articleCount());
        ArrayNode outlets = n.putArray("outlets");
        m.outlets().forEach(outlets::add);
        ArrayNode tolls = n.putArray("toll_history");
        for (TollPoint t : m.tollHistory()) {
            ObjectNode o = tolls.addObject();
            o.put("published", t.published().map(LocalDate::toString).orElse(null));
            o.put("article_id", t.articleId());
            o.put("source", t.source().orElse(null));
            o.set("killed", count(t.killed()));
            o.set("injured", count(t.injured()));
        }
        ArrayNode statuses = n.putArray("status_history");
        for (StatusPoint s : m.statusHistory()) {
            ObjectNode o = statuses.addObject();
            o.put("published", s.published().map(LocalDate::toString).orElse(null));
            o.put("article_id", s.articleId());
            o.put("source", s.source().orElse(null));
            o.set("actor", mapper.valueToTree(s.actor()));
            o.put("status", s.status().label());
        }
        ObjectNode best = n.putObject("best");
        for (Map.Entry<String, Choice> e : new java.util.TreeMap<>(m.best()).entrySet()) {
            best.putObject(e.getKey()).put("rule", e.getValue().rule()).put("event_id", e.getValue().eventId());
        }
        return n;
    }

    public String toJson(MergedEvent m) {
        try {
            return mapper.writeValueAsString(toNode(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public MergedEvent fromJson(String json) {
        try {
            ObjectNode n = (ObjectNode) mapper.readTree(json);
            ObjectNode bare = n.deepCopy();
            EXTRAS.forEach(bare::remove);
            Event event = mapper.treeToValue(bare, Event.class);
            List<ReportRef> reports = new ArrayList<>();
            for (JsonNode o : n.path("reports")) {
                reports.add(new ReportRef(o.path("article_id").asText(), o.path("event_id").asText(), text(o, "source"),
                        date(o), count(o.get("killed")), count(o.get("injured")),
                        Modality.valueOf(o.path("modality").asText("asserted").toUpperCase(java.util.Locale.ROOT))));
            }
            List<TollPoint> tolls = new ArrayList<>();
            for (JsonNode o : n.path("toll_history")) {
                tolls.add(new TollPoint(date(o), o.path("article_id").asText(), text(o, "source"),
                        count(o.get("killed")), count(o.get("injured"))));
            }
            List<StatusPoint> statuses = new ArrayList<>();
            for (JsonNode o : n.path("status_history")) {
                statuses.add(new StatusPoint(date(o), o.path("article_id").asText(), text(o, "source"),
                        mapper.treeToValue(o.get("actor"), ActorRef.class),
                        ActorStatus.valueOf(o.path("status").asText().toUpperCase(java.util.Locale.ROOT))));
            }
            Map<String, Choice> best = new LinkedHashMap<>();
            n.path("best").fields().forEachRemaining(e -> best.put(e.getKey(),
                    new Choice(e.getValue().path("rule").asText(), e.getValue().path("event_id").asText())));
            return new MergedEvent(event.id(), event, reports, tolls, statuses, best);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored merged event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public Event eventFromJson(String json) {
        try {
            return mapper.readValue(json, Event.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A stored statistic or relation record, back from its JSON. */
    public <T> T recordFromJson(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode count(Optional<Count> c) {
        return c.<JsonNode>map(mapper::valueToTree).orElse(mapper.nullNode());
    }

    private Optional<Count> count(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(n, Count.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> text(JsonNode o, String field) {
        return o.hasNonNull(field) ? Optional.of(o.get(field).asText()) : Optional.empty();
    }

    private static Optional<LocalDate> date(JsonNode o) {
        return o.hasNonNull("published") ? Optional.of(LocalDate.parse(o.get("published").asText())) : Optional.empty();
    }
}
