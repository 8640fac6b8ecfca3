package org.vigil.actors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dictionary's JSON files into maps, lists and strings with Jackson's streaming parser: the data
 * binder costs some 300 ms of class loading on a cold start, the parser a tenth of it.
 */
final class JsonData {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonData() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object at " + p.currentLocation());
            }
            return (Map<String, Object>) value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NULL:
                return null;
            default:
                return p.getText();
        }
    }

    /** A string field, or null when absent or blank. */
    static String string(Map<String, Object> m, String field) {
        Object v = m.get(field);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> m, String field) {
        Object v = m.get(field);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) v) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> m, String field) {
        Object v = m.get(field);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> m, String field) {
        Object v = m.get(field);
        return v == null ? null : (Map<String, Object>) v;
    }
}
