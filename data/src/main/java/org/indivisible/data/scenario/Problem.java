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
        path = readable(path);
        message = readable(message);
    }

    /** Longest run of non-blank text kept whole in a problem; longer runs (echoed values) are cut. */
    static final int MAX_WORD = 80;

    /**
     * The text with each run of more than {@link #MAX_WORD} non-blank characters cut to its start
     * and length (a value echoed from a hostile file can be a megabyte long), and invisible or
     * reordering characters (controls, bidi marks, BOM, zero-width, lone surrogates) written as
     * a backslash, u and four hex digits (e.g. for U+202E) so that a message shows what the file holds.
     */
    static String readable(String text) {
        if (plain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1_024));
        int word = 0; // characters written since the last space
        int wordStart = 0; // where the current word began in text
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == ' ') {
                out.append(' ');
                word = 0;
                wordStart = ++i;
                continue;
            }
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            String piece = hidden ? String.format("\\u%04X", cp) : Character.toString(cp);
            if (word + piece.length() > MAX_WORD) {
                int end = text.indexOf(' ', i);
                end = end < 0 ? text.length() : end;
                out.append(" ... (").append(end - wordStart).append(" characters)");
                word = 0;
                i = end;
                continue;
            }
            out.append(piece);
            word += piece.length();
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** True if {@link #readable} would return the text unchanged: short words, all visible. */
    private static boolean plain(String text) {
        int word = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                word = 0;
                continue;
            }
            if (++word > MAX_WORD || c < 0x20 || c >= 0x7F && (c < 0xA0 || !Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return true;
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
