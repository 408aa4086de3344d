package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages name the path and what is wrong in words, never a Java class (issue 22, item 9): a folder
 * or a pipe given as a study, and file-system failures that reach the top of a command.
 */
class PlainMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aFolderGivenAsAStudyIsCalledAFolder() {
        Cli r = Cli.run("validate", dir.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exitCode());
        assertTrue(r.err().contains(dir + " is a folder; give a study or scenario file inside it"), r.err());
    }

    @Test
    void aPipeGivenAsAStudyIsRefusedAsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Cli r = Cli.run("run", fifo.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exitCode());
        assertTrue(r.err().contains("is not a regular file"), r.err());
    }

    @Test
    void fileSystemFailuresAreSaidWithoutTheirJavaClass() {
        String missing = Failures.describe(new NoSuchFileException("/proc/x"));
        assertEquals("no such file or folder: /proc/x; check the path, and that its parent folder exists", missing);
        assertEquals("permission denied: /root/x", Failures.describe(new AccessDeniedException("/root/x")));
        for (Throwable t : new Throwable[] {new NoSuchFileException("a"), new IOException("disk"),
                new IllegalStateException("broken"), new NullPointerException()}) {
            String said = Failures.describe(t);
            assertFalse(said.contains("java."), said);
            assertFalse(said.contains("Exception:"), said);
        }
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsNamedWithoutAStackTraceClass() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        Cli r = Cli.run("run", Cli.ROOT.resolve("scenarios/baseline.yaml").toString(), "-n", "1",
                "-o", blocker.resolve("out").toString());
        assertTrue(r.exitCode() != 0);
        assertFalse(r.err().contains("java.nio"), r.err());
        assertTrue(r.err().contains(blocker.toString()), r.err());
    }
}
