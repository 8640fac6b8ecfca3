package org.vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private static List<String> texts(String text, Segmentation s, SentenceKind kind) {
        return s.sentences().stream().filter(x -> x.kind() == kind).map(x -> text.substring(x.start(), x.end())).toList();
    }

    @Test
    void headingsAndFooterAreMarkedNotContent() {
        String text = "Floods cut the highway\nRain washed away two bridges on Tuesday, officials said.\n"
                + "What comes next\nEngineers expect repairs to take a month.\nLeave a Reply\nRelated: Monsoon season";
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("Floods cut the highway"), texts(text, s, SentenceKind.HEADLINE));
        assertEquals(List.of("What comes next"), texts(text, s, SentenceKind.HEADING));
        assertEquals(List.of("Leave a Reply", "Related: Monsoon season"), texts(text, s, SentenceKind.BOILERPLATE));
        assertEquals(2, texts(text, s, SentenceKind.CONTENT).size());
    }

    @Test
    void wireDatelineIsReadAndLeftOutOfTheFirstSentence() {
        String text = "GILGIT, Pakistan, March 3 (Reuters) - A landslide blocked the road. Traffic resumed later.";
        Segmentation s = segmenter.segment(text);
        Dateline d = s.dateline().orElseThrow();
        assertEquals("GILGIT", d.place());
        assertEquals("March 3", d.dateText().orElseThrow());
        assertEquals("Reuters", d.agency().orElseThrow());
        assertTrue(texts(text, s, SentenceKind.CONTENT).get(0).startsWith("A landslide"));
    }

    @Test
    void aOneWordBracketAfterTheFilingPlaceIsTheAgency() {
        String text = "SRINAGAR (PTI): Two soldiers were killed on the border on Tuesday.";
        Dateline d = segmenter.segment(text).dateline().orElseThrow();
        assertEquals("SRINAGAR", d.place());
        assertEquals("PTI", d.agency().orElseThrow());
        Dateline district = segmenter.segment("SEHWAN SHARIF (Jamshoro district): A blast hit the shrine.").dateline().orElseThrow();
        assertEquals("SEHWAN SHARIF (Jamshoro district)", district.place());
        assertTrue(district.agency().isEmpty());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Capt. Ali and Lt. Col. Khan met Dr. Shah in D.I. Khan on Sept. 4. They left at noon.";
        List<String> content = texts(text, segmenter.segment(text), SentenceKind.CONTENT);
        assertEquals(2, content.size());
    }

    @Test
    void aTimeOfDayWithItsZoneOrDayDoesNotEndTheSentence() {
        String text = "The truce began at 5 p.m. Indian time on Saturday. The guns fell silent at 9 p.m. Fighting "
                + "resumed at 2 a.m. Monday near the border.";
        List<String> content = texts(text, segmenter.segment(text), SentenceKind.CONTENT);
        assertEquals(List.of("The truce began at 5 p.m. Indian time on Saturday.", "The guns fell silent at 9 p.m.",
                "Fighting resumed at 2 a.m. Monday near the border."), content);
    }

    @Test
    void navigationBarsAreBoilerplate() {
        String text = "Home | World | Sport | Business\nA strike shut the port on Monday, unions said.";
        assertEquals(1, texts(text, segmenter.segment(text), SentenceKind.BOILERPLATE).size());
    }
}
