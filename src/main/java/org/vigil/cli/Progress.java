package org.vigil.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;

/**
 * A progress line on stderr for runs longer than a few seconds: count, articles/s and, when the total is known,
 * a bar and the time left. Redrawn in place on a terminal, printed every few seconds otherwise.
 */
final class Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final OptionalLong total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, OptionalLong total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || now - lastDraw < (terminal ? 250_000_000L : 10_000_000_000L)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        String line = line(done, (now - start) / 1e9);
        if (terminal) {
            err.print("\r" + line + "   ");
        } else {
            err.println("vigil: " + line);
        }
        err.flush();
    }

    /** Draws the final count over the last line, if a line was drawn at all. */
    void finish(long done) {
        if (drawn && terminal) {
            err.println("\r" + line(done, (System.nanoTime() - start) / 1e9) + "   ");
            err.flush();
        }
    }

    String line(long done, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder b = new StringBuilder();
        if (total.isPresent() && total.getAsLong() > 0) {
            long t = total.getAsLong();
            int width = 24;
            int filled = (int) Math.min(width, width * done / t);
            b.append('[').append("=".repeat(filled)).append(filled < width ? ">" : "")
                    .append(" ".repeat(Math.max(0, width - filled - 1))).append("] ");
            b.append(done).append('/').append(t).append(" articles");
            b.append(String.format(java.util.Locale.ROOT, "  %.0f/s", rate));
            if (rate > 0 && done < t) {
                long eta = (long) ((t - done) / rate);
                b.append(String.format(java.util.Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
            }
        } else {
            b.append(done).append(" articles").append(String.format(java.util.Locale.ROOT, "  %.0f/s", rate));
        }
        return b.toString();
    }
}
