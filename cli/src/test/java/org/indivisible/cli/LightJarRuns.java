package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the integration tests that {@code run} the light scenario ({@link Cli#LIGHT}, copied
 * into each test's folder {@link #out}) by the shaded jar as a child process of this JVM's java,
 * so that a test can signal or kill it. A run's errors go to {@code <name>.err} in {@link #out}.
 */
abstract class LightJarRuns {

    private final Path jar = Path.of("target/indivisible.jar").toAbsolutePath();

    @TempDir
    Path out;

    private String scenario;

    /** Replications of every run: 600, unless a test needs more. */
    int replications() {
        return 600;
    }

    @BeforeEach
    final void copyTheScenario() throws IOException {
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built in package, before integration tests");
        scenario = Files.copy(Cli.LIGHT, out.resolve("light.yaml")).toString();
    }

    /** The scenario file the runs read. */
    String scenario() {
        return scenario;
    }

    /** {@code run <scenario> -n N --threads T --out <runs> <extra>}, not started, its errors in {@code <name>.err}. */
    ProcessBuilder command(String name, Path runs, int threads, String... extra) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "run", scenario, "-n", Integer.toString(replications()), "--threads",
                Integer.toString(threads), "--out", runs.toString()));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(out.resolve(name + ".err").toFile());
    }

    /** The run started, its standard output discarded. */
    Process start(String name, Path runs, int threads, String... extra) throws IOException {
        return command(name, runs, threads, extra).start();
    }

    /**
     * The run started and left running until the journals under {@code runs} hold at least
     * {@code journalled} replications (at most 120 s); it must still be running then.
     */
    Process startedUntilJournalled(long journalled, String name, Path runs, int threads, String... extra) throws Exception {
        Process p = start(name, runs, threads, extra);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive() && RunOutputs.journalled(runs) < journalled) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run " + name + " ended before " + journalled + " replications were journalled: "
                + err(name));
        return p;
    }

    /** What the run {@code name} wrote to its standard error. */
    String err(String name) throws IOException {
        return Files.readString(out.resolve(name + ".err"));
    }
}
