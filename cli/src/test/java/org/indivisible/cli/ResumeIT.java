package org.indivisible.cli;

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
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process stopped by a signal (what Ctrl-C and kill do: the JVM runs its shutdown hooks),
 * then {@code run --resume}: the summary is byte-identical to an uninterrupted run.
 */
class ResumeIT {

    private static final String N = "2000";

    /**
     * A light world with no war anywhere (not even Ukraine's), so that the economy stays at rest
     * and 2,000 replications take seconds: the test is about the journal, not the model. China's
     * decision rule is off, or it would start wars. KillResumeIT uses it too.
     */
    static final String LIGHT = """
            id: light
            theaters:
              - {id: taiwan, participants: [CHN, TWN], state: peace}
            decisions:
              pairs: {CHN.taiwan: forbid}
            """;

    @TempDir
    Path out;

    private String scenario;

    @Test
    void killedThenResumedGivesTheSameSummary() throws Exception {
        scenario = Files.writeString(out.resolve("light.yaml"), LIGHT).toString();
        Path jar = Path.of("target/indivisible.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built in package, before integration tests");
        Path stopped = out.resolve("stopped");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "run", scenario, "-n", N, "--threads", "2", "--out", stopped.toString(), "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(out.resolve("stopped.err").toFile()).start();
        // Wait until some replications are journalled, then send SIGTERM (Process.destroy).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && journalBytes(stopped) < 200_000) {
            Thread.sleep(50);
        }
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(out.resolve("stopped.err"));
        assertTrue(err.contains("interrupted after"), err);
        assertTrue(err.contains("--resume"), err);
        assertTrue(err.contains(" -o " + stopped + " --resume"), "the hint names the output folder: " + err);
        assertTrue(listNames(stopped).stream().allMatch(n -> n.endsWith(".partial")), "no complete-looking folder: " + listNames(stopped));

        Cli runs = Cli.run("runs", "--out", stopped.toString());
        assertTrue(runs.out().contains("interrupted:"), runs.out());

        Cli resumed = Cli.run("run", scenario, "-n", N, "--threads", "1", "--out", stopped.toString(), "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("Resumed"), resumed.out());
        List<String> after = listNames(stopped);
        assertEquals(1, after.size(), after.toString());
        assertFalse(after.get(0).startsWith("."), after.toString());

        Cli straight = Cli.run("run", scenario, "-n", N, "--threads", "2", "--out", out.resolve("straight").toString(), "-q");
        assertEquals(0, straight.exitCode(), straight.err());
        assertArrayEquals(Files.readAllBytes(stopped.resolve(after.get(0)).resolve("summary.json")),
                Files.readAllBytes(out.resolve("straight").resolve(listNames(out.resolve("straight")).get(0)).resolve("summary.json")));

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

    private static List<String> listNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
