package org.vigil.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vigil.text.Normalizer;

/**
 * The word lists the place tagger reads context with (tagger-cues.tsv): locative prepositions, place nouns,
 * titles, given names, organisation heads, words that are not places, and the verbs and nouns that show a
 * capital speaking for its government. Words are held in {@link Normalizer#key} form.
 */
public final class TaggerCues {
    private final Map<String, Set<String>> byCategory;

    private TaggerCues(Map<String, Set<String>> byCategory) {
        this.byCategory = byCategory;
    }

    public static TaggerCues loadDefault() {
        try (InputStream in = TaggerCues.class.getResourceAsStream("/org/vigil/geo/tagger-cues.tsv")) {
            if (in == null) {
                throw new IOException("missing resource tagger-cues.tsv");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the place tagger's cue lists; rebuild Vigil", e);
        }
    }

    public static TaggerCues load(InputStream in) throws IOException {
        Map<String, Set<String>> m = new HashMap<>();
        for (String[] r : Gazetteer.rows(in)) {
            if (r.length < 2) {
                throw new IOException("tagger-cues.tsv: expected category<TAB>word, got " + String.join(" ", r));
            }
            m.computeIfAbsent(r[0].trim(), k -> new HashSet<>()).add(GazetteerFile.key(r[1]));
        }
        return new TaggerCues(m);
    }

    boolean is(String category, String key) {
        Set<String> s = byCategory.get(category);
        return s != null && s.contains(key);
    }
}
