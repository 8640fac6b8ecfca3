package org.vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherSortedKeysTest {

    /** The same phrases in both modes must match the same way. */
    private static final List<String> KEYS = List.of("dasht e barchi", "dera ismail khan", "di khan", "khar", "khyber",
            "khyber pakhtunkhwa", "kohat", "north waziristan", "peshawar");

    private static PhraseMatcher<String> sorted() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] offsets = new int[KEYS.size() + 1];
        for (int i = 0; i < KEYS.size(); i++) {
            offsets[i] = bytes.size();
            bytes.writeBytes(KEYS.get(i).getBytes(StandardCharsets.UTF_8));
        }
        offsets[KEYS.size()] = bytes.size();
        return PhraseMatcher.ofSortedKeys(bytes.toByteArray(), offsets, i -> List.of(KEYS.get(i)));
    }

    private static PhraseMatcher<String> trie() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        KEYS.forEach(k -> m.addKey(k, k));
        return m;
    }

    private static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(text, 0, text.length(), 0);
    }

    @Test
    void longestMatchesAgreeWithTheTrie() {
        String text = "Gunmen in D.I. Khan and Dera Ismail Khan, near Khyber Pakhtunkhwa's Dasht-e-Barchi, Kohat";
        List<Token> toks = tokens(text);
        for (PhraseMatcher<String> m : List.of(sorted(), trie())) {
            List<String> found = m.find(toks, 0, toks.size()).stream().map(x -> x.values().get(0)).toList();
            assertEquals(List.of("di khan", "dera ismail khan", "khyber pakhtunkhwa", "dasht e barchi", "kohat"), found);
        }
    }

    @Test
    void aPrefixOfAKeyIsNoMatchAndAShorterKeyStillIs() {
        PhraseMatcher<String> m = sorted();
        List<Token> toks = tokens("North Korea and Khyber Agency");
        assertNull(m.longestAt(toks, 0, toks.size()));
        assertEquals("khyber", m.longestAt(toks, 3, toks.size()).values().get(0));
        assertEquals(List.of("peshawar"), m.lookup("Peshawar"));
        assertEquals(List.of(), m.lookup("Pesh"));
    }

    @Test
    void sortedMatchersAreReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> sorted().add("quetta", "quetta"));
    }
}
