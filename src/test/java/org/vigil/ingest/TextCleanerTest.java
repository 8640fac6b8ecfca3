package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void plainAsciiIsReturnedAsItIs() {
        String s = "Police said.\n\tIndented line.";
        assertSame(s, TextCleaner.clean(s));
    }

    @Test
    void lineEndingsBecomeNewlines() {
        assertEquals("a\nb\nc\nd\ne", TextCleaner.clean("a\r\nb\rc\u2028d\u0085e"));
    }

    @Test
    void controlCharactersGoButTabsAndNewlinesStay() {
        assertEquals("ab\tc\nd", TextCleaner.clean("a\u0000b\tc\n\u0007d\u009B"));
    }

    @Test
    void invisibleCharactersThatSplitAWordGo() {
        assertEquals("Peshawar", TextCleaner.clean("Pe\u200Bsha\u00ADwar"));
        assertEquals("Kabul", TextCleaner.clean("\u202EKa\u200Ebul\u2069"));
        assertEquals("Quetta", TextCleaner.clean("Quet\u2060ta\uFEFF"));
    }

    @Test
    void noBreakSpacesBecomeSpaces() {
        assertEquals("12 killed", TextCleaner.clean("12\u00A0killed"));
        assertEquals("5 km", TextCleaner.clean("5\u202Fkm"));
    }

    @Test
    void zeroWidthNonJoinerIsKeptInsidePersianWordsOnly() {
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        assertEquals(persian, TextCleaner.clean(persian));
        assertEquals("Lahore", TextCleaner.clean("La\u200Chore"));
    }

    @Test
    void decomposedLettersAreComposed() {
        assertEquals("Pesh\u0101war", TextCleaner.clean("Pesha\u0304war"));
    }

    @Test
    void unpairedSurrogatesAndTagCharactersGo() {
        assertEquals("ab", TextCleaner.clean("a\uD800b"));
        assertEquals("ok", TextCleaner.clean("o\uDB40\uDC41k"));
        assertEquals("\uD83D\uDE00", TextCleaner.clean("\uD83D\uDE00"));
    }
}
