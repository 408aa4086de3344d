package org.indivisible.cli;

import static org.indivisible.cli.RunOutputs.names;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A real process stopped by a signal (what Ctrl-C and kill do: the JVM runs its shutdown hooks),
 * then {@code run --resume}: the summary is byte-identical to an uninterrupted run.
 */
class ResumeIT extends LightJarRuns {

    private static final String N = "2000";

    @Override
    int replications() {
        return Integer.parseInt(N);
    }

    @Test
    void killedThenResumedGivesTheSameSummary() throws Exception {
        String scenario = scenario();
        Path stopped = out.resolve("stopped");
        Process p = start("stopped", stopped, 2, "-q");
        // Wait until some replications are journalled, then send SIGTERM (Process.destroy).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && journalBytes(stopped) < 200_000) {
            Thread.sleep(50);
        }
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = err("stopped");
        assertTrue(err.contains("interrupted after"), err);
        assertTrue(err.contains("--resume"), err);
        assertTrue(err.contains(" -o " + stopped + " --resume"), "the hint names the output folder: " + err);
        assertTrue(names(stopped).stream().allMatch(n -> n.endsWith(".partial")), "no complete-looking folder: " + names(stopped));

        Cli runs = Cli.run("runs", "--out", stopped.toString());
        assertTrue(runs.out().contains("interrupted:"), runs.out());

        Cli resumed = Cli.run("run", scenario, "-n", N, "--threads", "1", "--out", stopped.toString(), "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("Resumed"), resumed.out());
        List<String> after = names(stopped);
        assertEquals(1, after.size(), after.toString());
        assertFalse(after.get(0).startsWith("."), after.toString());

        Cli straight = Cli.run("run", scenario, "-n", N, "--threads", "2", "--out", out.resolve("straight").toString(), "-q");
        assertEquals(0, straight.exitCode(), straight.err());
        assertArrayEquals(Files.readAllBytes(stopped.resolve(after.get(0)).resolve("summary.json")),
                Files.readAllBytes(out.resolve("straight").resolve(names(out.resolve("straight")).get(0)).resolve("summary.json")));

        Cli nothing = Cli.run("run", scenario, "-n", N, "--out", out.resolve("straight").toString(), "--resume");
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("no interrupted run"), nothing.err());
    }

    private static long journalBytes(Path outRoot) throws IOException {
        if (!Files.isDirectory(outRoot)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(outRoot)) {
            return s.map(p -> p.resolve("outcomes.journal")).filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
