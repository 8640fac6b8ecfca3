package org.vigil.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds dictionary phrases (actor names, place names, event cues) in a token stream, longest match first.
 * Phrases and tokens are compared word piece by word piece in {@link Normalizer#key} form, with hyphens
 * splitting pieces, so "Tehreek-e-Taliban" matches "Tehreek e Taliban" and "al-Qaeda" matches "al Qaeda".
 * A match starts at the start of a token and ends at the end of one: "pro-Taliban" does not hold "Taliban".
 *
 * <p>Built once from data files and shared; {@link #find} allocates only for the matches it returns.
 *
 * <p>A dictionary too large for a trie of objects to load quickly (the gazetteer's 350,000 names) can instead be
 * held as sorted keys in one byte array ({@link #ofSortedKeys}); it matches the same way and is read-only.
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

    /** Sorted mode: key i is UTF-8 bytes [keyOffsets[i], keyOffsets[i+1]) of keyBytes. Null in trie mode. */
    private final byte[] keyBytes;
    private final int[] keyOffsets;
    private final IntFunction<List<T>> sortedValues;
    /** Sorted mode: keys whose first two bytes are (a, b) are [bucket[a << 8 | b], bucket[(a << 8 | b) + 1]). */
    private final int[] bucket;

    public PhraseMatcher() {
        this(null, null, null);
    }

    private PhraseMatcher(byte[] keyBytes, int[] keyOffsets, IntFunction<List<T>> values) {
        this.keyBytes = keyBytes;
        this.keyOffsets = keyOffsets;
        this.sortedValues = values;
        this.size = keyOffsets == null ? 0 : keyOffsets.length - 1;
        this.bucket = keyOffsets == null ? null : buckets(keyBytes, keyOffsets, size);
    }

    /** Where each two-byte prefix starts, so a lookup searches a few hundred keys instead of all of them. */
    private static int[] buckets(byte[] keyBytes, int[] keyOffsets, int size) {
        int[] b = new int[(1 << 16) + 1];
        int k = 0;
        for (int p = 0; p <= 1 << 16; p++) {
            while (k < size && prefix2(keyBytes, keyOffsets, k) < p) {
                k++;
            }
            b[p] = k;
        }
        return b;
    }

    private static int prefix2(byte[] keyBytes, int[] keyOffsets, int k) {
        int a = keyOffsets[k];
        int len = keyOffsets[k + 1] - a;
        int b0 = len > 0 ? keyBytes[a] & 0xFF : 0;
        int b1 = len > 1 ? keyBytes[a + 1] & 0xFF : 0;
        return b0 << 8 | b1;
    }

    /**
     * A read-only matcher over keys in key form (see {@link #addKey}) stored as UTF-8 in ascending byte order,
     * key i at {@code keyBytes[keyOffsets[i] .. keyOffsets[i + 1])}; {@code values.apply(i)} gives key i's values.
     */
    public static <T> PhraseMatcher<T> ofSortedKeys(byte[] keyBytes, int[] keyOffsets, IntFunction<List<T>> values) {
        return new PhraseMatcher<>(keyBytes, keyOffsets, values);
    }

    /** Adds a phrase; several values may share one phrase (two places called "Khar"). */
    public PhraseMatcher<T> add(String phrase, T value) {
        requireTrie();
        Node<T> node = root;
        int pieces = 0;
        for (String piece : pieces(phrase)) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(piece, k -> new Node<>());
            pieces++;
        }
        if (pieces > 0) {
            store(node, value);
        }
        return this;
    }

    private void store(Node<T> node, T value) {
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
    }

    /**
     * Adds a phrase already in key form: its word pieces in {@link Normalizer#key} form joined by single spaces
     * ("dera ismail khan"). For bulk loads (the gazetteer's names) that were normalised when the data was built.
     */
    public PhraseMatcher<T> addKey(String key, T value) {
        requireTrie();
        Node<T> node = root;
        int p = 0;
        int len = key.length();
        while (p < len) {
            int space = key.indexOf(' ', p);
            int end = space < 0 ? len : space;
            if (end > p) {
                if (node.next == null) {
                    node.next = new HashMap<>(2);
                }
                String piece = key.substring(p, end);
                Node<T> child = node.next.get(piece);
                if (child == null) {
                    child = new Node<>();
                    node.next.put(piece, child);
                }
                node = child;
            }
            p = end + 1;
        }
        if (node != root) {
            store(node, value);
        }
        return this;
    }

    public int size() {
        return size;
    }

    /** The values stored under exactly this phrase. */
    public List<T> lookup(String phrase) {
        if (keyBytes != null) {
            byte[] q = String.join(" ", pieces(phrase)).getBytes(StandardCharsets.UTF_8);
            int k = lowerBound(q, 0, size);
            return k < size && compare(k, q) == 0 ? sortedValues.apply(k) : List.of();
        }
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
        if (keyBytes != null) {
            return longestAtSorted(tokens, i, to);
        }
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

    /** Sorted mode: narrows the range of keys that start with the pieces read so far, token by token. */
    private Match<T> longestAtSorted(List<Token> tokens, int i, int to) {
        Match<T> best = null;
        StringBuilder q = new StringBuilder(24);
        int lo = 0;
        int hi = size;
        for (int t = i; t < to; t++) {
            String text = tokens.get(t).text();
            int p = 0;
            int len = text.length();
            byte[] qb = null;
            while (p <= len) {
                int dash = text.indexOf('-', p);
                int pieceEnd = dash < 0 ? len : dash;
                if (pieceEnd > p) {
                    String piece = Normalizer.key(text.substring(p, pieceEnd));
                    if (piece.isEmpty()) {
                        return best;
                    }
                    if (q.length() > 0) {
                        q.append(' ');
                    }
                    q.append(piece);
                    qb = q.toString().getBytes(StandardCharsets.UTF_8);
                    if (lo == 0 && hi == size) {
                        int p2 = (qb[0] & 0xFF) << 8 | (qb.length > 1 ? qb[1] & 0xFF : 0);
                        lo = bucket[p2];
                        hi = bucket[qb.length > 1 ? p2 + 1 : ((qb[0] & 0xFF) + 1) << 8];
                    }
                    lo = lowerBound(qb, lo, hi);
                    hi = prefixEnd(qb, lo, hi);
                    if (lo >= hi) {
                        return best;
                    }
                }
                p = pieceEnd + 1;
            }
            if (qb == null) {
                return best;
            }
            if (compare(lo, qb) == 0) {
                best = new Match<>(i, t + 1, tokens.get(i).start(), tokens.get(t).end(), sortedValues.apply(lo));
            }
        }
        return best;
    }

    /** First key in [lo, hi) not less than q. */
    private int lowerBound(byte[] q, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, q) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First key in [lo, hi) that does not start with q, given that keys from lo on are not less than q. */
    private int prefixEnd(byte[] q, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startsWith(mid, q)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int compare(int k, byte[] q) {
        int a = keyOffsets[k];
        int n = keyOffsets[k + 1] - a;
        int m = Math.min(n, q.length);
        for (int j = 0; j < m; j++) {
            int c = (keyBytes[a + j] & 0xFF) - (q[j] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return n - q.length;
    }

    private boolean startsWith(int k, byte[] q) {
        int a = keyOffsets[k];
        if (keyOffsets[k + 1] - a < q.length) {
            return false;
        }
        for (int j = 0; j < q.length; j++) {
            if (keyBytes[a + j] != q[j]) {
                return false;
            }
        }
        return true;
    }

    private void requireTrie() {
        if (keyBytes != null) {
            throw new UnsupportedOperationException("a matcher built from sorted keys is read-only");
        }
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
