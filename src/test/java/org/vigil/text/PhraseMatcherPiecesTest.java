package org.vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher's handling of possessives and brackets in phrases, and its one-walk visitor. */
class PhraseMatcherPiecesTest {
    private static List<Token> tokens(String text) {
        return new Tokenizer().tokenize(text, 0, text.length(), 0);
    }

    @Test
    void aPossessiveInAPhraseMeetsTheTokenTheTokenizerMakes() {
        PhraseMatcher<String> m = new PhraseMatcher<String>().add("army's media wing", "ISPR");
        List<Token> t = tokens("The army's media wing said so.");
        PhraseMatcher.Match<String> found = m.longestAt(t, 1, t.size());
        assertEquals(List.of("ISPR"), found.values());
        assertEquals("army's media wing", "The army's media wing said so.".substring(found.start(), found.end()));
    }

    @Test
    void bracketsInAPhraseAreWordsOfTheirOwn() {
        PhraseMatcher<String> m = new PhraseMatcher<String>().add("Jamiat Ulema-e-Islam (Fazl)", "JUI_F");
        List<Token> t = tokens("Jamiat Ulema-e-Islam (Fazl) held a rally.");
        assertEquals(List.of("JUI_F"), m.longestAt(t, 0, t.size()).values());
        assertNull(m.longestAt(tokens("Jamiat Ulema-e-Islam Fazl"), 0, 4));
    }

    @Test
    void oneWalkVisitsEveryPhraseStartingAtAToken() {
        PhraseMatcher<String> m = new PhraseMatcher<String>().add("Islamic", "A").add("Islamic State", "B")
                .add("Islamic State Khorasan Province", "C");
        List<Token> t = tokens("Islamic State Khorasan Province claimed it.");
        List<String> seen = new ArrayList<>();
        m.forEachAt(t, 0, t.size(), (end, values) -> seen.add(end + ":" + values.get(0)));
        assertEquals(List.of("1:A", "2:B", "4:C"), seen);
    }
}
