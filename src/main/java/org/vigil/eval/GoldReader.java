package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.VigilException;
import org.vigil.ingest.Article;

/**
 * Reads gold files: JSON Lines of {"id","published","url","source","text","gold":{"events":[...]}} as in
 * shared/eval/, or a single "*.gold.json" whose text sits beside it as "*.txt" (the seed article).
 */
public final class GoldReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public List<GoldArticle> read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new VigilException(VigilException.NO_INPUT, path + ": no such gold file");
        }
        try {
            if (path.getFileName().toString().endsWith(".gold.json")) {
                return List.of(single(path));
            }
            List<GoldArticle> out = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node;
                    try {
                        node = mapper.readTree(line);
                    } catch (IOException e) {
                        throw new VigilException(VigilException.DATA, path + ":" + n + ": not a JSON gold record");
                    }
                    Optional<LocalDate> published = date(node.get("published"));
                    if (published == null) {
                        throw new VigilException(VigilException.DATA, path + ":" + n + ": 'published' is not a date "
                                + "(YYYY-MM-DD): " + node.get("published").asText());
                    }
                    Article a = new Article(node.path("id").asText("line-" + n), node.path("text").asText(""),
                            published, text(node.get("url")), Optional.empty(), text(node.get("source")));
                    out.add(new GoldArticle(a, events(node.path("gold").path("events")), text(node.get("cluster"))));
                }
            }
            return out;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new VigilException(VigilException.DATA, path + ": not UTF-8 text; gold files are UTF-8 JSON Lines");
        } catch (IOException e) {
            throw new VigilException(VigilException.IO, path + ": cannot read: " + e.getMessage());
        }
    }

    private GoldArticle single(Path gold) throws IOException {
        JsonNode node = mapper.readTree(gold.toFile());
        String name = gold.getFileName().toString().replace(".gold.json", ".txt");
        Path textPath = gold.resolveSibling(name);
        if (!Files.isRegularFile(textPath)) {
            throw new VigilException(VigilException.NO_INPUT, gold + ": its text " + textPath + " is missing");
        }
        String text = Files.readString(textPath, StandardCharsets.UTF_8);
        Optional<LocalDate> published = date(node.get("published"));
        if (published == null) {
            throw new VigilException(VigilException.DATA, gold + ": 'published' is not a date (YYYY-MM-DD)");
        }
        Article a = new Article(node.path("id").asText(name), text, published, Optional.empty(),
                Optional.empty(), text(node.get("source")));
        return new GoldArticle(a, events(node.path("events")), Optional.empty());
    }

    private static List<GoldEvent> events(JsonNode arr) {
        List<GoldEvent> out = new ArrayList<>();
        for (JsonNode e : arr) {
            List<String> sources = new ArrayList<>();
            for (JsonNode s : e.path("sources")) {
                sources.add(s.asText());
            }
            Optional<String> doer = text(e.get("perpetrator"));
            if (doer.isEmpty()) {
                doer = text(e.get("actor"));
            }
            out.add(new GoldEvent(e.path("type").asText(), text(e.get("subtype")), text(e.get("modality")),
                    text(e.get("date")), text(e.get("country")), text(e.get("admin1")), text(e.get("place")),
                    number(e.get("lat")), number(e.get("lon")), doer, text(e.get("perpetrator_status")),
                    integer(e.get("killed")), text(e.get("killed_qualifier")), integer(e.get("injured")),
                    text(e.get("injured_qualifier")), sources));
        }
        return out;
    }

    private static Optional<String> text(JsonNode n) {
        return n == null || n.isNull() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText());
    }

    private static Optional<Double> number(JsonNode n) {
        return n == null || !n.isNumber() ? Optional.empty() : Optional.of(n.asDouble());
    }

    private static Optional<Integer> integer(JsonNode n) {
        return n == null || !n.isNumber() ? Optional.empty() : Optional.of(n.asInt());
    }

    /** The date, empty when absent, or null when present but not a date. */
    private static Optional<LocalDate> date(JsonNode n) {
        Optional<String> s = text(n);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.get().length() >= 10 ? s.get().substring(0, 10) : s.get()));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
