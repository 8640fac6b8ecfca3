package org.vigil.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than one line, and no line longer than a cap:
 * a longer line is skipped to its end and reported with its length, so a 100 MB line costs no memory.
 */
final class ByteLines {
    private final InputStream in;
    private final int maxLine;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int lim;
    private byte[] line = new byte[4096];
    private int length;
    private long fullLength;
    private boolean tooLong;
    private long number;

    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        fullLength = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= lim) {
                lim = in.read(chunk);
                pos = 0;
                if (lim <= 0) {
                    lim = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < lim; i++) {
                if (chunk[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? lim : nl;
            append(pos, end - pos);
            pos = nl < 0 ? lim : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        number++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private void append(int from, int n) {
        fullLength += n;
        if (tooLong || n == 0) {
            return;
        }
        if ((long) length + n > maxLine) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + n > line.length) {
            byte[] bigger = new byte[(int) Math.min(maxLine, Math.max((long) line.length * 2, (long) length + n))];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    /** The current line's bytes, valid up to {@link #length()} and until the next call to {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    /** True when the line was longer than the cap; its bytes are then not kept, only {@link #fullLength()}. */
    boolean tooLong() {
        return tooLong;
    }

    long fullLength() {
        return fullLength;
    }

    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
