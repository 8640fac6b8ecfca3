package org.vigil.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.event.EventType;
import org.vigil.text.PhraseMatcher;
import org.vigil.text.Token;

/** The extractor's word lists and event cues, loaded once from the versioned data files beside this class. */
public final class Lexicon {
    private final Map<String, Set<String>> words;
    private final PhraseMatcher<Cue> cues;

    private Lexicon(Map<String, Set<String>> words, PhraseMatcher<Cue> cues) {
        this.words = words;
        this.cues = cues;
    }

    public static Lexicon loadDefault() {
        Map<String, Set<String>> words = new HashMap<>();
        for (String[] row : rows("lexicon.tsv", 2)) {
            words.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        PhraseMatcher<Cue> cues = new PhraseMatcher<>();
        Set<String> seen = new HashSet<>();
        for (String[] row : rows("cues.tsv", 5)) {
            // A phrase listed twice would count twice toward a frame's weight; an editing slip, not a choice.
            if (!seen.add(row[0].toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("cues.tsv: phrase listed twice: " + row[0]);
            }
            Cue cue = new Cue(row[0], EventType.valueOf(row[1]), row[2], Integer.parseInt(row[3]),
                    Cue.Kind.valueOf(row[4].toUpperCase(Locale.ROOT)));
            cues.add(row[0], cue);
        }
        return new Lexicon(words, cues);
    }

    private static List<String[]> rows(String name, int columns) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new java.util.ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(name + ":" + n + ": expected " + columns + " columns, found " + row.length);
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PhraseMatcher<Cue> cues() {
        return cues;
    }

    public boolean is(String category, String lowerWord) {
        Set<String> s = words.get(category);
        return s != null && s.contains(lowerWord);
    }

    public boolean isPeopleNoun(String w) {
        return is("people", w);
    }

    public boolean isPersonNounSingular(String w) {
        return is("person", w);
    }

    public boolean isAttackerNoun(String w) {
        return is("attacker", w);
    }

    public boolean isCasualtyVerb(String w) {
        return is("killed", w);
    }

    public boolean isInjuryVerb(String w) {
        return is("injured", w);
    }

    public boolean isTollVerb(String w) {
        return is("toll", w);
    }

    public boolean isDeathNoun(String w) {
        return is("death", w);
    }

    /** "embraced martyrdom" (translated copy) at token k. */
    public boolean isMartyrdom(List<Token> t, int k, int to) {
        return t.get(k).lower().equals("embraced") && k + 1 < to && t.get(k + 1).lower().equals("martyrdom");
    }

    /** Whether a toll phrase between {@code from} and {@code to} counts the injured ("the number of injured rose to"). */
    public boolean isInjuryPhrase(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isInjuryVerb(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
