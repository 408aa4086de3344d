package org.indivisible.data.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario or study file, located so that a person can go and fix it.
 * {@link #toString()} gives the one-line form {@code file:line:column: path: message} that
 * editors and terminals turn into a link. Immutable.
 *
 * @param file the file as the user named it (relative paths stay relative)
 * @param line 1-based line
 * @param column 1-based column
 * @param path where in the document, e.g. {@code events[1].window.from}; empty for the whole file
 * @param message what is wrong, the bad value, and what would be valid
 */
public record Problem(String file, int line, int column, String path, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    static Problem at(Location where, String path, String message) {
        return new Problem(where.file(), where.line(), where.column(), path, message);
    }

    @Override
    public String toString() {
        String place = file + ":" + line + ":" + column + ": ";
        return path.isEmpty() ? place + message : place + path + ": " + message;
    }
}
