package org.indivisible.cli;

import static org.indivisible.cli.RunOutputs.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory bounded in cells (issue 22): a study of 100 cells runs in a 320 MiB heap. Before, every
 * cell kept about 1,400 accumulators of 52 KB alive to the end (7 GB for 100 cells), and such a
 * study died with OutOfMemoryError whatever the replications.
 */
class ManyCellsIT {

    private static final int CELLS = 100;

    @TempDir
    Path out;

    @Test
    void aStudyOfAHundredCellsRunsInABoundedHeap() throws Exception {
        Files.copy(Cli.LIGHT, out.resolve("light.yaml"));
        StringBuilder study = new StringBuilder("study: many\nscenarios: [light.yaml]\nreplications: 2\nseed: 5\ntreatments:\n");
        for (int t = 0; t < CELLS; t++) {
            study.append("  - id: T").append(t).append('\n');
        }
        Path file = Files.writeString(out.resolve("many.yaml"), study);
        Path jar = Path.of("target/indivisible.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built in package, before integration tests");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(), "run", file.toString(), "--threads", "2",
                "--out", out.resolve("runs").toString(), "-q"));
        Process p = new ProcessBuilder(command).redirectOutput(out.resolve("run.out").toFile())
                .redirectError(out.resolve("run.err").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(out.resolve("run.err")));
        Path folder = out.resolve("runs").resolve(names(out.resolve("runs")).get(0));
        JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
        JsonNode cells = summary.path("results").path("light");
        assertEquals(CELLS, cells.size());
        assertEquals(2, cells.path("T99").path("p_conflict.taiwan").path("n").asLong(), cells.path("T99").toString());
    }
}
