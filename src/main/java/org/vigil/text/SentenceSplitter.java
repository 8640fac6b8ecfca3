package org.vigil.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences at '.', '!' and '?' followed by a space and an upper-case letter, a digit
 * or a quote, unless the dot ends a known abbreviation ("Capt.", "Sept.", "D.I.") or an initial ("Syed H. Shah").
 * Newlines always end a sentence; the caller has already split paragraphs.
 */
public final class SentenceSplitter {

    /** Abbreviations that are followed by a capitalised word without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "brig", "cpl", "sgt", "gov", "sen",
            "rep", "st", "mt", "no", "nos", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "co", "corp", "ltd", "dept", "retd", "hon", "rev", "fr", "jr", "sr", "est");

    /** Returns [start, end) pairs of sentences within [from, to), trimmed of surrounding whitespace. */
    public List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            // closing quotes and brackets belong to the sentence they close
            while (end < to && isCloser(text.charAt(end))) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = skipSpace(text, end, to);
            if (next >= to) {
                break;
            }
            if (!startsSentence(text.charAt(next)) || (c == '.' && (isAbbreviation(text, i, from)
                    || isClockTime(text, i, from) && qualifiesTime(text, next, to)))) {
                continue;
            }
            out.add(new int[] {start, end});
            start = next;
            i = next - 1;
        }
        int end = trimEnd(text, start, to);
        if (end > start) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '\'' || c == '"' || c == '\u2018'
                || c == '\u201C' || c == '(';
    }

    private static boolean isCloser(char c) {
        return c == '\'' || c == '"' || c == '\u2019' || c == '\u201D' || c == ')';
    }

    private static boolean isAbbreviation(String text, int dot, int from) {
        int w = dot;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        int len = dot - w;
        if (len == 0) {
            return false;
        }
        if (len == 1) {
            return Character.isUpperCase(text.charAt(w)); // an initial, or the last letter of "U.S."
        }
        return ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(java.util.Locale.ROOT));
    }

    /** "5 p.m." or "9 a.m.": a dotted time of day ends at this dot. */
    private static boolean isClockTime(String text, int dot, int from) {
        return dot - 3 >= from && text.charAt(dot - 1) == 'm' && text.charAt(dot - 2) == '.'
                && (text.charAt(dot - 3) == 'a' || text.charAt(dot - 3) == 'p');
    }

    /**
     * What may follow a time of day inside its sentence: a zone or a day ("5 p.m. Indian time", "9 a.m. Monday",
     * "10 p.m. GMT"). Anything else after "p.m." starts a new sentence.
     */
    private static boolean qualifiesTime(String text, int next, int to) {
        int e = next;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(next, e);
        if (TIME_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) || word.length() >= 2 && word.length() <= 4
                && word.chars().allMatch(Character::isUpperCase)) {
            return true; // "Monday", "GMT", "IST", "PKT"
        }
        int n = skipSpace(text, e, to);
        return text.startsWith("time", n); // "Indian time", "Pakistan Standard Time" is caught by its first word
    }

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "local", "standard");

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
