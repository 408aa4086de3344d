package org.indivisible.cli;

/** Wraps a paragraph at word boundaries for the terminal. */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * {@code text} broken into lines of at most {@code width} characters at spaces (a longer word
     * stands alone on its line), every line after the first starting with {@code indent}.
     */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).toString();
    }
}
