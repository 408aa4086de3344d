package org.indivisible.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A failure that reached the top of a command, said in the reader's words: what happened to which
 * path, not the Java class that carried it. Environment failures (files, space, memory) name what to
 * do; anything else is a bug in indivisible and is called one.
 */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable e) {
        Throwable t = e;
        while (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile()
                    + (f.getOtherFile() != null ? " (or " + f.getOtherFile() + ")" : "")
                    + "; check the path, and that its parent folder exists";
        }
        if (t instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (t instanceof FileAlreadyExistsException f) {
            return "already exists: " + f.getFile();
        }
        if (t instanceof NotDirectoryException f) {
            return "not a folder: " + f.getFile();
        }
        if (t instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "file system error");
        }
        if (t instanceof IOException) {
            return "input or output failed: " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory; give the JVM more (JAVA_TOOL_OPTIONS=-Xmx8g) or run fewer cells at once";
        }
        String message = t.getMessage();
        return "internal error, a bug in indivisible"
                + (message != null && !message.isBlank() ? ": " + message : " (" + t.getClass().getSimpleName() + ")")
                + "; please report it with the command you ran";
    }
}
