package org.vigil.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells what an input is from its first bytes: its encoding, whether it is binary, and its format. */
final class Sniffer {
    /** How much of an input is looked at before reading it. */
    static final int PEEK = 8192;

    enum Format { TEXT, HTML, JSON, OTHER }

    /** How to decode an input: a charset known from a BOM or from the byte pattern, or UTF-8 to be verified. */
    record Encoding(Charset charset, int bomLength, boolean certain) {
        static final Encoding UTF8_UNVERIFIED = new Encoding(StandardCharsets.UTF_8, 0, false);

        boolean isUtf8() {
            return charset.equals(StandardCharsets.UTF_8);
        }
    }

    private record Magic(String name, int[] bytes) {
    }

    private static final Magic[] MAGICS = {
        new Magic("PDF", new int[] {'%', 'P', 'D', 'F', '-'}),
        new Magic("ZIP", new int[] {'P', 'K', 3, 4}),
        new Magic("ZIP", new int[] {'P', 'K', 5, 6}),
        new Magic("GZIP", new int[] {0x1F, 0x8B}),
        new Magic("PNG", new int[] {0x89, 'P', 'N', 'G'}),
        new Magic("JPEG", new int[] {0xFF, 0xD8, 0xFF}),
        new Magic("GIF", new int[] {'G', 'I', 'F', '8'}),
        new Magic("XZ", new int[] {0xFD, '7', 'z', 'X', 'Z', 0}),
        new Magic("7-Zip", new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}),
        new Magic("executable", new int[] {0x7F, 'E', 'L', 'F'}),
        new Magic("Java class", new int[] {0xCA, 0xFE, 0xBA, 0xBE}),
        new Magic("Word or Excel document", new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
        new Magic("SQLite database", new int[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'}),
        new Magic("RTF document", new int[] {'{', '\\', 'r', 't', 'f'}),
    };

    /** Tags that occur in HTML pages and in HTML pasted into text; "<b and c>" in prose is too rare to matter. */
    private static final Pattern MARKUP = Pattern.compile(
            "<(?:!doctype\\s+html|!--|/?(?:html|head|body|p|div|span|br|hr|nav|header|footer|article|section|main"
                    + "|aside|h[1-6]|ul|ol|li|table|tr|td|th|a|b|i|em|strong|blockquote|script|style|meta|link|title"
                    + "|time|figure|figcaption|img|iframe|form|noscript)(?:\\s[^<>]{0,500})?/?>)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern JSON_OBJECT_START = Pattern.compile("\\{\\s*(?:\"|\\}|$)");
    private static final Pattern JSON_ARRAY_START = Pattern.compile("\\[\\s*(?:\\{|\\]|$)");

    private Sniffer() {
    }

    /** The encoding a BOM or a UTF-16 byte pattern announces; else UTF-8, to be verified when decoding. */
    static Encoding encoding(byte[] head) {
        if (starts(head, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Encoding(Charset.forName("UTF-32BE"), 4, true);
        }
        if (starts(head, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Encoding(Charset.forName("UTF-32LE"), 4, true);
        }
        if (starts(head, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3, true);
        }
        if (starts(head, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, true);
        }
        if (starts(head, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, true);
        }
        // UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte
        int pairs = head.length / 2;
        if (pairs >= 2) {
            int evenZero = 0;
            int oddZero = 0;
            for (int i = 0; i + 1 < head.length; i += 2) {
                if (head[i] == 0) {
                    evenZero++;
                }
                if (head[i + 1] == 0) {
                    oddZero++;
                }
            }
            if (oddZero > pairs * 0.4 && evenZero < pairs * 0.02) {
                return new Encoding(StandardCharsets.UTF_16LE, 0, true);
            }
            if (evenZero > pairs * 0.4 && oddZero < pairs * 0.02) {
                return new Encoding(StandardCharsets.UTF_16BE, 0, true);
            }
        }
        return Encoding.UTF8_UNVERIFIED;
    }

    /** "PDF", "ZIP", ... when the head starts with a known file signature. */
    static Optional<String> magic(byte[] head) {
        for (Magic m : MAGICS) {
            if (starts(head, m.bytes())) {
                return Optional.of(m.name());
            }
        }
        return Optional.empty();
    }

    /**
     * "PDF", "ZIP", ... when the head starts with a known file signature; "binary" when more than 1% of it is
     * NUL bytes or more than 5% control bytes; empty for text. Only meaningful when {@link #encoding} found no UTF-16/32.
     */
    static Optional<String> binaryKind(byte[] head) {
        Optional<String> magic = magic(head);
        if (magic.isPresent()) {
            return magic;
        }
        // a stray NUL or escape in text is noise to clean away; many of them mean a binary format
        int nuls = 0;
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                nuls++;
            } else if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        boolean binary = (nuls >= 4 && nuls * 100 > head.length) || (nuls + controls >= 4 && (nuls + controls) * 20 > head.length);
        return binary ? Optional.of("binary") : Optional.empty();
    }

    /**
     * The format of an input from its first characters, its extension's format breaking ties: JSON when it
     * opens like a JSON object or array, HTML when it opens with a tag, else what the extension says.
     */
    static Format format(String prefix, Format byExtension) {
        String s = prefix.stripLeading();
        if (s.isEmpty()) {
            return byExtension;
        }
        char c = s.charAt(0);
        if (c == '{' && (byExtension == Format.JSON || JSON_OBJECT_START.matcher(s).lookingAt())) {
            return Format.JSON;
        }
        if (c == '[' && (byExtension == Format.JSON || JSON_ARRAY_START.matcher(s).lookingAt())) {
            return Format.JSON;
        }
        if (c == '<' && hasMarkup(s)) {
            return Format.HTML;
        }
        return byExtension;
    }

    /** True when the text holds HTML tags (a whole page, or a nav bar and paragraphs pasted into text). */
    static boolean hasMarkup(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '<') {
                return MARKUP.matcher(text).region(i, n).find();
            }
        }
        return false;
    }

    /**
     * True when the first JSON value in the prefix spans several lines (a pretty-printed object or array),
     * so the input must be parsed as one document rather than line by line. A raw newline is never inside a
     * JSON string, so one seen before the first value closes means the value goes on past its first line.
     */
    static boolean firstValueSpansLines(String prefix) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean started = false;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (!started) {
                if (Character.isWhitespace(c) || c == '\uFEFF') {
                    continue;
                }
                started = true;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth <= 0) {
                    return false;
                }
            } else if (c == '\n') {
                return depth > 0;
            }
        }
        return false;
    }

    /** .jsonl and .ndjson promise one article a line; a .json file may also be one object or array. */
    static boolean isJsonLinesName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    static Format formatOfName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return Format.TEXT;
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> Format.TEXT;
            case "html", "htm", "xhtml" -> Format.HTML;
            case "jsonl", "ndjson", "json" -> Format.JSON;
            default -> Format.OTHER;
        };
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
