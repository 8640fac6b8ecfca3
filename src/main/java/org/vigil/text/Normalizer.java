package org.vigil.text;

import java.util.Locale;

/**
 * The form names are compared in: lower case, without diacritics, apostrophes or dots, so that "Peshāwar",
 * "PESHAWAR" and "Peshawar" meet, as do "D.I. Khan" and "DI Khan", "Shi'ite" and "Shiite".
 */
public final class Normalizer {
    private Normalizer() {
    }

    public static String key(CharSequence s) {
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 && c != '\'' && c != '.' && !(c >= 'A' && c <= 'Z')) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n);
                b.append(s, 0, i);
            }
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            } else if (c == '\'' || c == '.' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BF'
                    || c == '`' || c == '\u00B4') {
                // dropped: "Shi'ite" = "Shiite", "D.I." = "DI"
            } else {
                String folded = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                for (int k = 0; k < folded.length(); k++) {
                    char f = folded.charAt(k);
                    if (Character.getType(f) != Character.NON_SPACING_MARK) {
                        b.append(Character.toLowerCase(f));
                    }
                }
            }
        }
        return b == null ? s.toString() : b.toString().toLowerCase(Locale.ROOT);
    }
}
