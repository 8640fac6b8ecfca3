package org.vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> words(String s) {
        return new Tokenizer().tokenize(s, 0, s.length(), 0).stream().map(Token::text).toList();
    }

    @Test
    void hyphenatedNamesStayWholeAndPossessivesSplit() {
        assertEquals(List.of("Lashkar-e-Taiba", "\u2019s", "chief", "left", "."), words("Lashkar-e-Taiba\u2019s chief left."));
    }

    @Test
    void numbersKeepSeparatorsAndInitialismsKeepDots() {
        assertEquals(List.of("1,250", "people", "in", "D.I.", "Khan"), words("1,250 people in D.I. Khan"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "  Twin blasts hit Quetta.";
        for (Token t : new Tokenizer().tokenize(s, 0, s.length(), 0)) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
    }

    @Test
    void phrasesMatchAcrossHyphenAndSpaceSpellings() {
        PhraseMatcher<String> m = new PhraseMatcher<String>().add("Tehreek-e-Taliban Pakistan", "TTP").add("al Qaeda", "AQ");
        String s = "Tehreek e Taliban Pakistan and al-Qaeda, not pro-Qaeda.";
        List<Token> t = new Tokenizer().tokenize(s, 0, s.length(), 0);
        List<String> found = m.find(t, 0, t.size()).stream().map(x -> x.values().get(0)).toList();
        assertEquals(List.of("TTP", "AQ"), found);
    }
}
