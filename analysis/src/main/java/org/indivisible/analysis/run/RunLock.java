package org.indivisible.analysis.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one writer of a run folder: an exclusive lock on {@code <partial>/writer.lock}, held from
 * the moment the folder is created or picked up by {@code --resume} until the run is complete
 * (or stopped). A second writer, in this process or another, is refused with
 * {@link InUse} ("in use by process N"), so two writers can never append to one journal.
 *
 * <p>The lock is the operating system's ({@link FileChannel#tryLock()}: {@code fcntl} on Linux
 * and macOS, {@code LockFileEx} on Windows): it goes away with the process, so a run killed with
 * {@code kill -9} leaves no stale lock, only the file (which records the holder's process id).
 * POSIX locks belong to a process, not a channel, and closing any channel to the file would drop
 * them, so this process's own locks are also kept in a set and the file is never opened again
 * while it holds it. The file is not deleted while the folder is partial (deleting a lock file
 * lets two processes lock two different files under one name); the finished folder drops it.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file in a partial run folder. */
    public static final String FILE = "writer.lock";

    /** Folders (real paths) locked by this process. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** Another writer holds the folder. */
    public static final class InUse extends IOException {
        private final long pid;

        InUse(Path folder, long pid) {
            super("run folder " + folder + " is in use by "
                    + (pid > 0 ? "process " + pid : "another process")
                    + (pid == ProcessHandle.current().pid() ? " (this one)" : "")
                    + ": another run or --resume is writing it; wait for it to finish or stop it first");
            this.pid = pid;
        }

        /** The holder's process id, or -1 if it had not written it yet. */
        public long pid() {
            return pid;
        }
    }

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock or refuses at once (never waits).
     *
     * @throws InUse if another writer holds it
     * @throws java.nio.file.NoSuchFileException if the folder does not exist (any more)
     */
    public static RunLock acquire(Path folder) throws IOException {
        Path key = folder.toRealPath();
        long me = ProcessHandle.current().pid();
        if (!HELD.add(key)) {
            throw new InUse(folder, me);
        }
        Path file = folder.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another channel of this JVM (not through RunLock)
            }
            if (lock == null) {
                throw new InUse(folder, holder(channel));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new RunLock(key, channel, lock);
        } catch (IOException | RuntimeException | Error e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(key);
            throw e;
        }
    }

    /** The process id the holder wrote, or -1. */
    private static long holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Deletes the lock file from {@code finished} (the folder renamed into place, which no writer
     * looks for any more), then releases.
     */
    public void deleteAndClose(Path finished) throws IOException {
        try {
            Files.deleteIfExists(finished.resolve(FILE));
        } finally {
            close();
        }
    }

    /** Releases the lock; the file stays (see the class comment). */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } finally {
            HELD.remove(key);
        }
    }
}
