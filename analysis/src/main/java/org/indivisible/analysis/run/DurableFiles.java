package org.indivisible.analysis.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that a kill (or a power cut) cannot leave half done: bytes go to a temporary file
 * beside the target, are forced to disk, and the file is renamed over the target in one atomic
 * step; a reader sees the old file or the new one, never a torn one. Stateless and thread safe.
 */
public final class DurableFiles {

    /** Suffix of the temporary files; a leftover one is debris of a kill and may be deleted. */
    public static final String TEMP_SUFFIX = ".tmp";

    private DurableFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically (through {@code target.tmp}). */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = temp(target);
        Files.write(temp, bytes);
        moveIntoPlace(temp, target);
    }

    /** What writes a file's bytes to a stream (not closing it). */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes what {@code content} gives to {@code target} atomically, streamed (no byte array of it all). */
    public static void write(Path target, Content content) throws IOException {
        Path temp = temp(target);
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            content.writeTo(out);
        }
        moveIntoPlace(temp, target);
    }

    /** The temporary file a durable write of {@code target} goes through. */
    public static Path temp(Path target) {
        return target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    }

    /**
     * Forces {@code written} to disk and renames it over {@code target} atomically, then forces
     * the folder so that the rename itself is durable.
     */
    public static void moveIntoPlace(Path written, Path target) throws IOException {
        force(written);
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a file's bytes to disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Forces a folder's entries (renames, new files) to disk where the platform allows it. */
    public static void forceFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // Not every platform can open a folder (Windows cannot); the rename is still atomic.
        }
    }
}
