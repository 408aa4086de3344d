package org.indivisible.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Lets picocli wrap the help at word boundaries. The descriptions are written as lines of about
 * 100 columns; picocli wraps each line at its width, so a sentence broke mid-line ("compares NATO
 * policy" / "options under uncertainty"). Here the lines of a paragraph are joined into one string
 * that picocli wraps as a whole, at the terminal's width (100 columns when not on a terminal).
 * A line that starts with a space (an example, an aligned list) or is empty keeps its own line. Each
 * command's first sentence becomes its header, which the list of commands shows whole.
 */
final class HelpText {

    /** Columns when standard output is not a terminal: the width the help is written for. */
    static final int WIDTH = 100;

    private HelpText() {
    }

    static void apply(CommandLine cli) {
        cli.setUsageHelpWidth(WIDTH);
        cli.setUsageHelpAutoWidth(true);
        reflow(cli.getCommandSpec(), true);
        for (CommandLine sub : cli.getSubcommands().values()) {
            reflow(sub.getCommandSpec(), false);
        }
    }

    private static void reflow(CommandSpec spec, boolean top) {
        String[] description = paragraphs(spec.usageMessage().description());
        if (!top && description.length > 0 && spec.usageMessage().header().length == 0) {
            String first = description[0];
            int end = first.indexOf(". ");
            String sentence = end < 0 ? first : first.substring(0, end + 1);
            spec.usageMessage().header(sentence);
            // The header says the first sentence; the description goes on from the second.
            String rest = first.substring(sentence.length()).strip();
            List<String> d = new ArrayList<>(List.of(description));
            if (rest.isEmpty()) {
                d.remove(0);
                while (!d.isEmpty() && d.get(0).isEmpty()) {
                    d.remove(0);
                }
            } else {
                d.set(0, rest);
            }
            description = d.toArray(String[]::new);
        }
        spec.usageMessage().description(description);
        for (OptionSpec o : spec.options()) {
            reflowArg(o.description(), d -> setDescription(o, d));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            reflowArg(p.description(), d -> setDescription(p, d));
        }
    }

    private static void reflowArg(String[] description, java.util.function.Consumer<String[]> set) {
        String[] joined = paragraphs(description);
        if (!java.util.Arrays.equals(joined, description)) {
            set.accept(joined);
        }
    }

    /** Options are immutable once built: picocli's description field is set through the spec's builder copy. */
    private static void setDescription(Object arg, String[] d) {
        try {
            java.lang.reflect.Field f = CommandLine.Model.ArgSpec.class.getDeclaredField("description");
            f.setAccessible(true);
            f.set(arg, d);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // The option keeps its lines as written: wrapped less neatly, never lost.
        }
    }

    /**
     * Consecutive lines joined into paragraphs; a line that starts with a space or is empty stands
     * alone. A lone '%' (not %% or %n) is escaped, as picocli formats each line.
     */
    static String[] paragraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder p = null;
        for (String raw : lines) {
            String line = escape(raw);
            if (line.isEmpty() || line.startsWith(" ")) {
                if (p != null) {
                    out.add(p.toString());
                    p = null;
                }
                out.add(line);
            } else if (p == null) {
                p = new StringBuilder(line);
            } else {
                p.append(' ').append(line);
            }
        }
        if (p != null) {
            out.add(p.toString());
        }
        return out.toArray(String[]::new);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                if (next == '%' || next == 'n') {
                    b.append(c).append(next);
                    i++;
                    continue;
                }
                b.append("%%");
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
