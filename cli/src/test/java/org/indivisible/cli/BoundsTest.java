package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, item 4: replications, threads and seeds out of bounds get a clear error at once.
 * Before, {@code -n 10^9} used 4.5 GB in 80 s before the first replication and {@code --threads}
 * at 2^29 or more overflowed {@code threads * 4} and hung.
 */
class BoundsTest {

    private static final String STUDY = Cli.ROOT.resolve("scenarios/default-study.yaml").toString();

    @TempDir
    Path out;

    /** Runs the command, checks it is refused with {@code message} within 2 s and wrote nothing. */
    private void refused(String message, String... args) {
        long start = System.nanoTime();
        Cli r = Cli.run(args);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(seconds < 2, "refused after " + seconds + " s");
        assertFalse(Files.exists(out.resolve("runs")), "nothing written");
    }

    @Test
    void replicationsHaveACeiling() {
        refused("indivisible run: --replications must be between 1 and 10,000,000, got 1,000,000,000",
                "run", STUDY, "-n", "1000000000", "-o", out.resolve("runs").toString());
        refused("got -3", "run", STUDY, "-n", "-3", "-o", out.resolve("runs").toString());
        refused("indivisible oat: --replications must be between 1 and 10,000,000, got 0",
                "oat", STUDY, "-m", "p_conflict.taiwan", "-n", "0");
        refused("indivisible sensitivity: --replications-per-point must be between 1 and 10,000,000, got 20,000,000",
                "sensitivity", STUDY, "-m", "p_conflict.taiwan", "-r", "20000000");
    }

    @Test
    void cellsTimesReplicationsHasACeiling() {
        // 40 cells x 10,000,000 = 4 x 10^8 replications, each allowed alone.
        Cli r = Cli.run("run", STUDY, "-n", "10000000", "-o", out.resolve("runs").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("40 cells x 10000000 replications is more than the 100000000 replications a run may have"),
                r.err());
        assertFalse(Files.exists(out.resolve("runs")));
    }

    @Test
    void threadsHaveACeiling() {
        for (String threads : new String[] {"1073741824", "536870912", "257", "0"}) {
            refused("--threads must be between 1 and 256, got ", "run", STUDY, "--threads", threads, "-o",
                    out.resolve("runs").toString());
        }
        refused("indivisible serve: --threads must be between 1 and 256, got 1,073,741,824", "serve", "--threads", "1073741824");
        refused("indivisible oat: --threads must be between 1 and 256", "oat", STUDY, "-m", "p_conflict.taiwan", "-t", "1073741824");
        refused("indivisible sensitivity: --threads must be between 1 and 256", "sensitivity", STUDY, "-m", "p_conflict.taiwan", "-t", "-1");
    }

    @Test
    void seedsAreZeroOrMore() {
        refused("indivisible run: --seed must be 0 or more, got -1", "run", STUDY, "--seed", "-1", "-o",
                out.resolve("runs").toString());
        refused("indivisible oat: --seed must be 0 or more, got -1", "oat", STUDY, "-m", "p_conflict.taiwan", "--seed", "-1");
        refused("indivisible sensitivity: --seed must be 0 or more, got -9", "sensitivity", STUDY, "-m", "p_conflict.taiwan", "-s", "-9");
    }
}
