package org.vigil;

/**
 * A problem the user can cause and fix (a missing file, a locked store, a bad flag).
 * The message is one line that says what went wrong and what to do; the CLI prints it without a stack trace.
 */
public class VigilException extends RuntimeException {
    private final int exitCode;

    public VigilException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public VigilException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Exit codes follow sysexits(3) where one fits, so scripts can tell input errors from store errors. */
    public int exitCode() {
        return exitCode;
    }

    public static final int USAGE = 64;       // EX_USAGE: bad flags or arguments
    public static final int DATA = 65;        // EX_DATAERR: input that is not an article
    public static final int NO_INPUT = 66;    // EX_NOINPUT: a file that does not exist or cannot be read
    public static final int SOFTWARE = 70;    // EX_SOFTWARE: a bug in Vigil
    public static final int CANT_CREATE = 73; // EX_CANTCREAT: the store cannot be created or written
    public static final int IO = 74;          // EX_IOERR
    public static final int TEMP_FAIL = 75;   // EX_TEMPFAIL: the store is busy (locked by another process)
}
