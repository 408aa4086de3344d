package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22's small defect: one bad manifest must not make `runs` fail for every folder. */
class RunsCommandTest {

    @Test
    void aDamagedManifestIsSkippedWithAMessageAndTheCommandSucceeds(@TempDir Path out) throws IOException {
        Path bad = Files.createDirectories(out.resolve("20261202-000000-broken"));
        Files.writeString(bad.resolve("manifest.json"), "{ not json");
        Path partial = Files.createDirectories(out.resolve(".20261202-000001-broken.partial"));
        Files.writeString(partial.resolve("pending.json"), "[]");
        Cli c = Cli.run("runs", "--out", out.toString());
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("skipped: 20261202-000000-broken: its manifest.json cannot be read"), c.out());
        assertTrue(c.out().contains("skipped: .20261202-000001-broken.partial: its pending.json cannot be read"), c.out());
    }
}
