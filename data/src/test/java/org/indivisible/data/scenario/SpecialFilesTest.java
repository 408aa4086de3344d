package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22's small defect: a folder or a named pipe given as a scenario gets a message that says what it is, at once. */
class SpecialFilesTest {

    @Test
    void aFolderIsNamedAsAFolder(@TempDir Path dir) {
        var result = ScenarioFiles.loadScenario(dir, FakeSnapshot.INSTANCE);
        assertFalse(result.ok());
        assertTrue(result.report().contains("this is a folder, not a YAML file"), result.report());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("scenario.yaml");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        var result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ScenarioFiles.loadScenario(fifo, FakeSnapshot.INSTANCE));
        assertFalse(result.ok());
        assertTrue(result.report().contains("not a regular file (a named pipe, device or socket)"), result.report());
    }
}
