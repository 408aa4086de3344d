package org.indivisible.cli;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
