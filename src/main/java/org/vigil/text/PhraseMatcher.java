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
    /** What separates the words of a phrase: spaces and hyphens. Compiled once: building a lexicon splits thousands. */
    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s\\-\u2010\u2011]+");

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

    /** Receives every phrase that starts at a given token, shortest first; see {@link #forEachAt}. */
    @FunctionalInterface
    public interface Visitor<T> {
        /** A phrase covering tokens [start, endToken) holds {@code values}; the list is shared, do not modify it. */
        void visit(int endToken, List<T> values);
    }

    /**
     * Calls the visitor for every phrase that starts at token {@code i} and ends before {@code to}, shortest first.
     * One walk serves callers that keep several kinds of values in one matcher and choose among them; it
     * allocates nothing but the normalised keys of the tokens it reads.
     */
    public void forEachAt(List<Token> tokens, int i, int to, Visitor<T> visitor) {
        Node<T> node = root;
        for (int t = i; t < to && node != null; t++) {
            node = step(node, tokens.get(t).text());
            if (node != null && node.values != null) {
                visitor.visit(t + 1, node.values);
            }
        }
    }

    /** The node reached from {@code node} by the hyphen-separated pieces of one token, or null. */
    private Node<T> step(Node<T> node, String text) {
        int p = 0;
        int len = text.length();
        while (node != null && p <= len) {
            int dash = text.indexOf('-', p);
            int pieceEnd = dash < 0 ? len : dash;
            if (pieceEnd > p) {
                String piece = Normalizer.key(text.substring(p, pieceEnd));
                node = node.next == null || piece.isEmpty() ? null : node.next.get(piece);
            }
            p = pieceEnd + 1;
        }
        return node;
    }

    /** The longest match that starts at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i, int to) {
        Node<T> node = root;
        Match<T> best = null;
        for (int t = i; t < to && node != null; t++) {
            node = step(node, tokens.get(t).text());
            if (node != null && node.values != null) {
                best = new Match<>(i, t + 1, tokens.get(i).start(), tokens.get(t).end(), node.values);
            }
        }
        return best;
    }

    /**
     * The pieces a phrase is matched by, cut as the {@link Tokenizer} cuts text: a possessive "'s" and brackets are
     * pieces of their own, so "army's media wing" meets the tokens "army", "'s", "media", "wing" and
     * "Jamiat Ulema-e-Islam (Fazl)" meets "(", "Fazl", ")".
     */
    static List<String> pieces(String phrase) {
        List<String> out = new ArrayList<>();
        for (String word : WORDS.split(phrase.trim())) {
            int from = 0;
            int to = word.length();
            while (from < to && (word.charAt(from) == '(' || word.charAt(from) == '[')) {
                out.add(String.valueOf(word.charAt(from)));
                from++;
            }
            int closing = 0;
            while (to > from && (word.charAt(to - 1) == ')' || word.charAt(to - 1) == ']')) {
                to--;
                closing++;
            }
            boolean possessive = to - from > 2 && Tokenizer.isApostrophe(word.charAt(to - 2))
                    && (word.charAt(to - 1) == 's' || word.charAt(to - 1) == 'S');
            String k = Normalizer.key(word.substring(from, possessive ? to - 2 : to));
            if (!k.isEmpty()) {
                out.add(k);
            }
            if (possessive) {
                out.add("s");
            }
            for (int c = 0; c < closing; c++) {
                out.add(String.valueOf(word.charAt(to + c)));
            }
        }
        return out;
    }
}
