package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bytes to text: UTF-8 checked strictly, a declared or windows-1252 fallback, and UTF-16/32 transcoding. */
final class Decoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    /** Decoded text and whether the windows-1252 fallback was taken. */
    record Decoded(String text, boolean fellBack) {
    }

    /**
     * Decodes a whole input. Invalid UTF-8 is read with the charset an HTML page declares, else as
     * windows-1252 (the usual culprit: text saved by Word or an old CMS), and says so.
     */
    static Decoded decode(byte[] bytes, int length, Sniffer.Encoding enc, boolean html) {
        if (enc.certain()) {
            return new Decoded(new String(bytes, enc.bomLength(), length - enc.bomLength(), enc.charset()), false);
        }
        if (isValidUtf8(bytes, 0, length)) {
            return new Decoded(new String(bytes, 0, length, StandardCharsets.UTF_8), false);
        }
        if (html) {
            Optional<Charset> declared = declaredCharset(bytes, length);
            if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, 0, length, declared.get()), false);
            }
        }
        return new Decoded(new String(bytes, 0, length, WINDOWS_1252), true);
    }

    static Optional<Charset> declaredCharset(byte[] bytes, int length) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            // browsers read pages labelled latin-1 as windows-1252, and so do we
            return Optional.of(name.equals("iso-8859-1") || name.equals("latin1") ? WINDOWS_1252 : Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence. */
    static boolean isValidUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= to) {
                return false; // truncated sequence
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }

    /**
     * Re-encodes a UTF-16 or UTF-32 reader as a UTF-8 byte stream, so that JSON Lines in any encoding go
     * through the same line splitter.
     */
    static final class Utf8Stream extends InputStream {
        private final Reader reader;
        private final char[] chars = new char[8192];
        private byte[] buf = new byte[0];
        private int pos;
        private char pendingHigh;
        private boolean eof;

        Utf8Stream(Reader reader) {
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return buf[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] out, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, buf.length - pos);
            System.arraycopy(buf, pos, out, off, n);
            pos += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (pos >= buf.length) {
                if (eof) {
                    return false;
                }
                int start = 0;
                if (pendingHigh != 0) {
                    chars[0] = pendingHigh;
                    pendingHigh = 0;
                    start = 1;
                }
                int n = reader.read(chars, start, chars.length - start);
                if (n < 0) {
                    eof = true;
                    n = 0;
                }
                int end = start + n;
                if (!eof && end > 0 && Character.isHighSurrogate(chars[end - 1])) {
                    pendingHigh = chars[--end]; // keep a pair together across reads
                }
                buf = new String(chars, 0, end).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
