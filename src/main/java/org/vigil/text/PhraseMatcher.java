package org.vigil.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases (actor names, place names, event cues) in a token stream, longest match first.
 * Phrases and tokens are compared word piece by word piece in {@link Normalizer#key} form, with hyphens
 * splitting pieces, so "Tehreek-e-Taliban" matches "Tehreek e Taliban" and "al-Qaeda" matches "al Qaeda".
 * A match starts at the start of a token and ends at the end of one: "pro-Taliban" does not hold "Taliban".
 *
 * <p>Built once from data files and shared; {@link #find} allocates only for the matches it returns.
 */
public final class PhraseMatcher<T> {

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> values;
    }

    /** A phrase found in the text: token range [startToken, endToken) and character range [start, end). */
    public record Match<T>(int startToken, int endToken, int start, int end, List<T> values) {
    }

    private final Node<T> root = new Node<>();
    private int size;

    /** Adds a phrase; several values may share one phrase (two places called "Khar"). */
    public PhraseMatcher<T> add(String phrase, T value) {
        Node<T> node = root;
        int pieces = 0;
        for (String piece : pieces(phrase)) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(piece, k -> new Node<>());
            pieces++;
        }
        if (pieces == 0) {
            return this;
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
        return this;
    }

    public int size() {
        return size;
    }

    /** The values stored under exactly this phrase. */
    public List<T> lookup(String phrase) {
        Node<T> node = root;
        for (String piece : pieces(phrase)) {
            if (node.next == null || (node = node.next.get(piece)) == null) {
                return List.of();
            }
        }
        return node.values == null ? List.of() : node.values;
    }

    /**
     * Longest, non-overlapping matches in tokens [from, to), left to right.
     */
    public List<Match<T>> find(List<Token> tokens, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> m = longestAt(tokens, i, to);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.endToken();
            }
        }
        return out;
    }

    /** The longest match that starts at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i, int to) {
        Node<T> node = root;
        Match<T> best = null;
        for (int t = i; t < to && node != null; t++) {
            String text = tokens.get(t).text();
            int p = 0;
            int len = text.length();
            // walk the hyphen-separated pieces of this token
            while (node != null && p <= len) {
                int dash = text.indexOf('-', p);
                int pieceEnd = dash < 0 ? len : dash;
                if (pieceEnd > p) {
                    String piece = Normalizer.key(text.substring(p, pieceEnd));
                    node = node.next == null || piece.isEmpty() ? null : node.next.get(piece);
                }
                p = pieceEnd + 1;
            }
            if (node != null && node.values != null) {
                best = new Match<>(i, t + 1, tokens.get(i).start(), tokens.get(t).end(), node.values);
            }
        }
        return best;
    }

    static List<String> pieces(String phrase) {
        List<String> out = new ArrayList<>();
        for (String word : phrase.trim().split("[\\s\\-\u2010\u2011]+")) {
            String k = Normalizer.key(word);
            // a possessive written into a phrase is matched as the separate token the tokenizer makes of it
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }
}
