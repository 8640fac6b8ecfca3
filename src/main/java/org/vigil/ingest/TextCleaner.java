package org.vigil.ingest;

/**
 * Makes decoded text safe to match on, before any offset is taken: line endings become {@code \n}; NUL and
 * other control characters go (except {@code \n} and {@code \t}); no-break and other fixed-width spaces
 * become plain spaces; zero-width characters, soft hyphens and bidi controls that split a word invisibly
 * ("Pesh\u00ADawar") go; the result is NFC, so a precomposed and a decomposed "é" are the same letter.
 *
 * <p>Zero-width joiners and non-joiners are kept between letters of scripts that spell with them
 * (Persian, Urdu, Indic); next to Latin text they can only be noise and are dropped.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    public static String clean(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && plain(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s; // printable ASCII is already clean and NFC
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                b.append(c);
            } else if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029) {
                b.append('\n');
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                // control character: dropped
            } else if (c == 0xA0 || c == 0x2007 || c == 0x202F || (c >= 0x2000 && c <= 0x200A) || c == 0x205F) {
                b.append(' ');
            } else if (invisible(c)) {
                // zero-width, soft hyphen, bidi control: dropped
            } else if (c == 0x200C || c == 0x200D) {
                char prev = b.length() > 0 ? b.charAt(b.length() - 1) : ' ';
                char next = i + 1 < n ? s.charAt(i + 1) : ' ';
                if (prev >= 0x0370 && next >= 0x0370) {
                    b.append(c);
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    if (cp < 0xE0000 || cp > 0xE007F) { // Unicode tag characters hide text; dropped
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                }
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                // unpaired surrogate or non-character: dropped
            } else {
                b.append(c);
            }
        }
        String out = b.toString();
        return java.text.Normalizer.isNormalized(out, java.text.Normalizer.Form.NFC)
                ? out : java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
    }

    /** One line of metadata (a title, a source name): cleaned, with all whitespace runs made one space. */
    public static String oneLine(String s) {
        return clean(s).replaceAll("\\s+", " ").trim();
    }

    private static boolean plain(char c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
    }

    private static boolean invisible(char c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E
                || (c >= 0x2061 && c <= 0x2064)
                || c == 0x200E || c == 0x200F || c == 0x061C
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
