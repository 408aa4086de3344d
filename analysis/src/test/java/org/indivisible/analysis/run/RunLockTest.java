package org.indivisible.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterInThisProcessIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve(".run.partial"));
        long me = ProcessHandle.current().pid();
        try (RunLock first = RunLock.acquire(folder)) {
            RunLock.InUse refused = assertThrows(RunLock.InUse.class, () -> RunLock.acquire(folder));
            assertEquals(me, refused.pid());
            assertTrue(refused.getMessage().contains("in use by process " + me), refused.getMessage());
            // Another spelling of the same folder (a link to it, a dot) is the same folder.
            Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
            assertThrows(RunLock.InUse.class, () -> RunLock.acquire(link));
            assertThrows(RunLock.InUse.class, () -> RunLock.acquire(dir.resolve("./.run.partial")));
            assertEquals(me + "\n", Files.readString(folder.resolve(RunLock.FILE)));
        }
        // Released: the next writer gets it, and the file (kept while partial) is reused.
        try (RunLock again = RunLock.acquire(folder)) {
            assertTrue(Files.exists(folder.resolve(RunLock.FILE)));
        }
        assertThrows(NoSuchFileException.class, () -> RunLock.acquire(dir.resolve("gone")));
    }

    @Test
    void aSecondWriterInAnotherProcessIsRefusedWithItsProcessId() throws Exception {
        Path folder = Files.createDirectory(dir.resolve(".run.partial"));
        Process holder = holder(folder);
        try {
            RunLock.InUse refused = assertThrows(RunLock.InUse.class, () -> RunLock.acquire(folder));
            assertEquals(holder.pid(), refused.pid());
            assertTrue(refused.getMessage().contains("in use by process " + holder.pid()), refused.getMessage());
            assertFalse(refused.getMessage().contains("(this one)"));
        } finally {
            holder.getOutputStream().close(); // the holder exits when its input ends
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        RunLock.acquire(folder).close();
    }

    @Test
    void aKilledWriterLeavesNoStaleLock() throws Exception {
        Path folder = Files.createDirectory(dir.resolve(".run.partial"));
        Process holder = holder(folder);
        assertThrows(RunLock.InUse.class, () -> RunLock.acquire(folder));
        holder.destroyForcibly(); // kill -9
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        try (RunLock mine = RunLock.acquire(folder)) {
            assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(folder.resolve(RunLock.FILE)));
        }
    }

    @Test
    void finishingDeletesTheLockFileFromTheFinishedFolder() throws Exception {
        Path partial = Files.createDirectory(dir.resolve(".run.partial"));
        RunLock lock = RunLock.acquire(partial);
        Path finished = Files.move(partial, dir.resolve("run"));
        lock.deleteAndClose(finished);
        assertFalse(Files.exists(finished.resolve(RunLock.FILE)));
    }

    /** A child JVM that holds the lock until its standard input ends. */
    private static Process holder(Path folder) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Holder.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine());
        return p;
    }

    /** Takes the lock, says so, and holds it until standard input ends. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (RunLock lock = RunLock.acquire(Path.of(args[0]))) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait
                }
            }
        }
    }
}
