package org.vigil.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation, keeping offsets. Words keep inner hyphens and apostrophes
 * ("Tehreek-e-Taliban", "Shi'ite"); a possessive "'s" or "’s" becomes a token of its own so that "TTP's"
 * still matches the dictionary entry "TTP". Numbers keep thousands separators and decimals ("1,200", "2.5").
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to, int sentence) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                i = wordEnd(text, i, to);
                // split off a possessive 's so the bare name can be looked up
                if (i - start > 2 && isApostrophe(text.charAt(i - 2)) && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')) {
                    out.add(new Token(start, i - 2, text.substring(start, i - 2), sentence));
                    out.add(new Token(i - 2, i, text.substring(i - 2, i), sentence));
                    continue;
                }
            } else if (Character.isDigit(c)) {
                i = numberEnd(text, i, to);
            } else {
                i++;
            }
            out.add(new Token(start, i, text.substring(start, i), sentence));
        }
        return out;
    }

    private static int wordEnd(String text, int i, int to) {
        int abbreviation = initialismEnd(text, i, to);
        if (abbreviation > 0) {
            return abbreviation;
        }
        i++;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || isApostrophe(c)) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The end of a run of two or more single letters each followed by a dot ("U.S.", "D.I."), or 0. */
    private static int initialismEnd(String text, int i, int to) {
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2)) || (j + 3 < to && text.charAt(j + 3) == '.'))) {
            j += 2;
            letters++;
        }
        return letters >= 2 ? j : 0;
    }

    private static int numberEnd(String text, int i, int to) {
        i++;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }
}
