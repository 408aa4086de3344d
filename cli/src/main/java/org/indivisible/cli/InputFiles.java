package org.indivisible.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.indivisible.data.scenario.Checked;

/**
 * What is wrong with a path given as an input file, in the reader's words: missing, a folder, or
 * something that is not a regular file (a named pipe or a device, which would block or never end).
 */
final class InputFiles {

    private InputFiles() {
    }

    /** A sentence naming the path and what is wrong with it, or null when it is a readable regular file. */
    static String problem(Path file, String what) {
        if (Files.isRegularFile(file)) {
            return Files.isReadable(file) ? null : file + ": cannot be read (permission denied)";
        }
        if (Files.isDirectory(file)) {
            return file + " is a folder; give " + what + " inside it";
        }
        if (Files.exists(file)) {
            return file + " is not a regular file (a pipe or a device?); give " + what;
        }
        return "no such file: " + file;
    }

    /**
     * The input file as {@code loader} reads it, or a {@link CommandFailure} (exit {@link
     * ExitCodes#INVALID_INPUT}) with what is wrong: the path itself, or every located problem and
     * a line saying nothing was run.
     */
    static <T> T load(String command, Path file, String what, Function<Path, Checked<T>> loader) {
        String problem = problem(file, what);
        if (problem != null) {
            throw new CommandFailure(ExitCodes.INVALID_INPUT, "indivisible " + command + ": " + problem);
        }
        Checked<T> loaded = loader.apply(file);
        if (!loaded.ok()) {
            int n = loaded.problems().size();
            throw new CommandFailure(ExitCodes.INVALID_INPUT, loaded.report() + System.lineSeparator() + "indivisible "
                    + command + ": " + n + " problem" + (n == 1 ? "" : "s") + " in " + file + "; nothing was run.");
        }
        return loaded.orElseThrow();
    }
}
