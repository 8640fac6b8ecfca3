package org.vigil.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.VigilException;

/**
 * Articles from JSON: JSON Lines read line by line (a bad line is reported with its number and the next one
 * is read; memory holds one line at a time), or one JSON document (an object, or an array of objects, spread
 * over several lines) read as a stream.
 */
final class JsonArticles {
    /** Articles are flat objects; anything nested deeper is not one, and deep nesting is how parsers are attacked. */
    static final int MAX_DEPTH = 64;

    private final ReadSession session;

    JsonArticles(ReadSession session) {
        this.session = session;
    }

    static ObjectMapper constrainedMapper(int maxStringLength) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(1000)
                        .build())
                .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE) // standard input is not ours to close
                .build();
        return new ObjectMapper(factory);
    }

    /**
     * @param linesByName true for .jsonl and .ndjson files, where a line opening with '[' is a bad line,
     *                    not the start of an array of articles
     */
    void read(String where, InputStream in, Sniffer.Encoding enc, String prefix, boolean linesByName)
            throws IOException {
        boolean array = prefix.stripLeading().replace("\uFEFF", "").startsWith("[");
        if ((array && !linesByName) || Sniffer.firstValueSpansLines(prefix)) {
            readDocument(where, in);
        } else {
            readLines(where, in, enc);
        }
    }

    private void readLines(String where, InputStream in, Sniffer.Encoding enc) throws IOException {
        in.skipNBytes(enc.bomLength());
        InputStream utf8 = enc.isUtf8() ? in : new Decoding.Utf8Stream(new InputStreamReader(in, enc.charset()));
        ByteLines lines = new ByteLines(utf8, session.maxRawBytes());
        // "{...} trailing words" is a bad line, not an article followed by noise
        ObjectReader reader = session.mapper().readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        boolean fellBack = false;
        while (lines.next()) {
            String at = where + ":" + lines.number();
            if (lines.tooLong()) {
                session.problem(at, "line is " + ReadSession.size(lines.fullLength()) + ", more than the "
                        + ReadSession.size(session.maxRawBytes()) + " one JSON line may take; line skipped",
                        VigilException.DATA);
                continue;
            }
            if (lines.isBlank()) {
                continue;
            }
            byte[] b = lines.bytes();
            int len = lines.length();
            if (!opensObject(b, len)) {
                // a cheap answer for the common case, so a million lines of non-JSON cost no parser exceptions
                session.problem(at, "not a JSON object (an article is {\"text\": ..., ...}); line skipped",
                        VigilException.DATA);
                continue;
            }
            JsonNode node;
            try {
                if (Decoding.isValidUtf8(b, 0, len)) {
                    node = reader.readValue(b, 0, len);
                } else {
                    if (!fellBack) {
                        fellBack = true;
                        session.problem(where, "is not valid UTF-8 from line " + lines.number()
                                + " on; read those lines as windows-1252 (if letters look wrong, save the file as UTF-8)",
                                VigilException.DATA);
                    }
                    node = reader.readValue(new String(b, 0, len, Decoding.WINDOWS_1252));
                }
            } catch (JsonProcessingException e) {
                session.problem(at, "not valid JSON (" + describe(e) + "); line skipped", VigilException.DATA);
                continue;
            }
            article(at, node, "");
        }
    }

    private static boolean opensObject(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
                return c == '{' || (i == 0 && len >= 4 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB);
            }
        }
        return false;
    }

    private void readDocument(String where, InputStream in) throws IOException {
        ObjectMapper mapper = session.mapper();
        JsonParser p = mapper.createParser(in);
        try (p) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    int item = 0;
                    while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
                        item++;
                        element(where, p, token, "item " + item);
                    }
                } else {
                    element(where, p, token, "value");
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String at = loc != null && loc.getLineNr() > 0 ? where + ":" + loc.getLineNr() : where;
            session.problem(at, "not valid JSON (" + describe(e) + "); the rest of the file is not read",
                    VigilException.DATA);
        }
    }

    private void element(String where, JsonParser p, JsonToken token, String what) throws IOException {
        String at = where + ":" + p.currentTokenLocation().getLineNr();
        if (token == JsonToken.START_OBJECT) {
            JsonNode node = p.readValueAsTree();
            article(at, node, what);
        } else {
            session.problem(at, what + " is not a JSON object (an article is {\"text\": ..., ...}); skipped",
                    VigilException.DATA);
            p.skipChildren();
        }
    }

    /** One JSON object to an article; every field but "text" is optional, unknown fields are ignored. */
    private void article(String at, JsonNode node, String what) {
        if (!node.isObject()) {
            session.problem(at, (what.isEmpty() ? "" : what + " is ") + "not a JSON object (an article is "
                    + "{\"text\": ..., ...}); skipped", VigilException.DATA);
            return;
        }
        JsonNode t = node.get("text");
        if (t == null || t.isNull()) {
            session.problem(at, "no \"text\" field; every article needs one", VigilException.DATA);
            return;
        }
        if (!t.isTextual()) {
            session.problem(at, "\"text\" is not a string", VigilException.DATA);
            return;
        }
        Optional<String> id = scalar(node, "id");
        Optional<String> url = scalar(node, "url");
        Optional<String> title = scalar(node, "title");
        Optional<String> source = scalar(node, "source");
        Optional<LocalDate> published = Optional.empty();
        String badDate = null;
        JsonNode pv = node.get("published");
        if (pv != null && !pv.isNull() && !(pv.isTextual() && pv.textValue().isBlank())) {
            published = pv.isTextual() ? PublicationDates.parse(pv.textValue()) : Optional.empty();
            if (published.isEmpty()) {
                badDate = pv.isTextual() ? pv.textValue() : pv.toString();
            }
        }
        String raw = t.textValue();
        String text;
        if (Sniffer.hasMarkup(raw)) {
            HtmlText.Page page = HtmlText.convert(raw);
            text = page.text();
            title = title.or(page::title);
            url = url.or(page::url);
            source = source.or(page::source);
            published = published.or(page::published);
        } else {
            text = TextCleaner.clean(raw);
        }
        if (text.isBlank()) {
            session.problem(at, "\"text\" is empty; nothing to read", VigilException.DATA);
            return;
        }
        if (badDate != null) {
            session.problem(at, "\"published\" " + quote(badDate) + " is not a date (write YYYY-MM-DD or an ISO "
                    + "date-time); the article is read without a date", VigilException.DATA);
        }
        session.deliver(at, text, id, published, url, title, source, false);
    }

    private static Optional<String> scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return Optional.empty();
        }
        String s = TextCleaner.oneLine(v.asText());
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static String quote(String s) {
        String one = TextCleaner.oneLine(s);
        return "\"" + (one.length() > 40 ? one.substring(0, 40) + "..." : one) + "\"";
    }

    /** Jackson's message without its source excerpt, on one line, with the column when known. */
    private String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("nesting depth")) {
                return "nested more than " + MAX_DEPTH + " levels deep";
            }
            if (m.contains("String value length")) {
                return "a string longer than the " + ReadSession.size(session.maxRawBytes()) + " one article may take";
            }
            return TextCleaner.oneLine(m.length() > 120 ? m.substring(0, 120) + "..." : m);
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        m = TextCleaner.oneLine(m);
        if (m.length() > 120) {
            m = m.substring(0, 120) + "...";
        }
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getColumnNr() > 0) {
            m += " at column " + loc.getColumnNr();
        }
        return m;
    }
}
