package org.vigil.actors;

import java.util.List;
import java.util.regex.Pattern;
import org.vigil.text.Token;

/**
 * One phrase of the actor lexicon as the tagger meets it in the shared phrase matcher: a name of an actor, a
 * generic noun, a country name or demonym, a role word, or a cue. Carries the case rule of its surface form.
 * Internal to the tagger; fields may be null where the type does not use them.
 */
final class Entry {
    private static final Pattern WORDS = Pattern.compile("[\\s\\-\u2010\u2011]+");

    enum Type { ACTOR, GENERIC, COUNTRY, DEMONYM, ROLE, SHORT, TITLE, MEMBER, FACTION, QUALIFIER }

    /** How the case of the text must agree with the phrase's. */
    enum CaseRule {
        /** Acronyms ("IS", "TTP", "LeJ", "PML-N"): letters must match exactly, so "is" and "Is" are not "IS". */
        EXACT,
        /** Names ("Dar", "Taliban", "al-Qaeda"): each capitalised word of the phrase must be capitalised in the text. */
        PROPER,
        /** Common nouns ("gunmen", "security forces"): any case. */
        ANY
    }

    final Type type;
    final Actor actor;
    final String kind;
    final String label;
    final String country;
    final String role;
    final String surface;
    final CaseRule rule;
    /** Bit n set: piece n of the phrase starts with a capital (PROPER). */
    final long capitals;
    /** Letters and digits of the phrase (EXACT). */
    final String letters;
    /** Position in the data: the earlier entry wins a tie. */
    final int order;

    Entry(Type type, Actor actor, String kind, String label, String country, String role, String surface, int order) {
        this.type = type;
        this.actor = actor;
        this.kind = kind;
        this.label = label;
        this.country = country;
        this.role = role;
        this.surface = surface;
        this.order = order;
        this.letters = lettersOf(surface);
        this.rule = ruleOf(surface, letters);
        this.capitals = rule == CaseRule.PROPER ? capitalsOf(surface) : 0L;
    }

    static CaseRule ruleOf(String surface, String letters) {
        boolean oneWord = surface.indexOf(' ') < 0;
        int upper = 0;
        for (int i = 0; i < letters.length(); i++) {
            if (Character.isUpperCase(letters.charAt(i))) {
                upper++;
            }
        }
        if (oneWord && letters.length() >= 2 && letters.length() <= 7 && upper >= 2) {
            return CaseRule.EXACT;
        }
        return upper > 0 ? CaseRule.PROPER : CaseRule.ANY;
    }

    private static String lettersOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Which pieces (cut as PhraseMatcher cuts them: spaces, hyphens, possessives, brackets) start with a capital. */
    private static long capitalsOf(String surface) {
        long mask = 0;
        int piece = 0;
        for (String word : WORDS.split(surface.trim())) {
            int from = 0;
            int to = word.length();
            while (from < to && (word.charAt(from) == '(' || word.charAt(from) == '[')) {
                from++;
                piece++;
            }
            int closing = 0;
            while (to > from && (word.charAt(to - 1) == ')' || word.charAt(to - 1) == ']')) {
                to--;
                closing++;
            }
            boolean possessive = to - from > 2 && isApostrophe(word.charAt(to - 2))
                    && (word.charAt(to - 1) == 's' || word.charAt(to - 1) == 'S');
            if (hasKeyCharacter(word, from, to)) {
                if (Character.isUpperCase(word.charAt(from)) && piece < 64) {
                    mask |= 1L << piece;
                }
                piece++;
            }
            piece += (possessive ? 1 : 0) + closing;
        }
        return mask;
    }

    /** Whether the word keeps anything in Normalizer.key form, which drops dots and apostrophes. */
    private static boolean hasKeyCharacter(String word, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = word.charAt(i);
            if (c != '.' && !isApostrophe(c) && c != '`' && c != '\u02BC' && c != '\u02BF' && c != '\u00B4') {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    /**
     * Whether the text of tokens [from, to) meets this phrase's case rule.
     *
     * @param shouting the sentence is written in capitals (a headline): two-letter acronyms are not trusted there
     */
    boolean accepts(List<Token> tokens, int from, int to, boolean shouting) {
        switch (rule) {
            case ANY:
                return true;
            case EXACT: {
                if (shouting && letters.length() <= 2) {
                    return false;
                }
                int k = 0;
                for (int t = from; t < to; t++) {
                    String text = tokens.get(t).text();
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (Character.isLetterOrDigit(c)) {
                            if (k >= letters.length() || letters.charAt(k) != c) {
                                return false;
                            }
                            k++;
                        }
                    }
                }
                return k == letters.length();
            }
            default: {
                int piece = 0;
                for (int t = from; t < to; t++) {
                    String text = tokens.get(t).text();
                    int p = 0;
                    int len = text.length();
                    while (p <= len) {
                        int dash = text.indexOf('-', p);
                        int end = dash < 0 ? len : dash;
                        if (end > p) {
                            if (piece < 64 && (capitals & (1L << piece)) != 0 && !startsUpper(text, p, end)) {
                                return false;
                            }
                            piece++;
                        }
                        p = end + 1;
                    }
                }
                return true;
            }
        }
    }

    private static boolean startsUpper(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return type + ":" + surface + (actor != null ? "->" + actor.id() : "");
    }
}
