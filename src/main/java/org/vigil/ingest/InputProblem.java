package org.vigil.ingest;

/**
 * Something wrong with one input that does not stop the run: an unreadable file, an invalid JSON Lines line.
 *
 * @param where    "path", or "path:line" for JSON Lines
 * @param message  one line saying what is wrong and, where it helps, what to do
 * @param exitCode the exit code the run ends with if this is the worst problem (see VigilException)
 */
public record InputProblem(String where, String message, int exitCode) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
