package org.vigil.text;

/**
 * A word, number or punctuation mark. {@code text} is the surface form; offsets are into the document text.
 *
 * @param sentence index of the sentence the token belongs to
 * @param lower    the text in lower case
 */
public record Token(int start, int end, String text, int sentence, String lower) {

    /** A token with its lower-case form computed once: rules ask for it many times per token. */
    public Token(int start, int end, String text, int sentence) {
        this(start, end, text, sentence, text.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

}
