package org.indivisible.cli;

import static org.indivisible.cli.RunOutputs.onlyRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --precision}: the baseline under P0 and P3 (the sanctions announcement, which moves
 * China's hazard), stages of 4, 8 and 16 replications. An unreachable target runs every stage to
 * the cap and keeps only the last run, the same on one and two threads and the same as a plain run
 * of 16; a loose target stops at the first stage.
 */
class PrecisionIT {

    @TempDir
    static Path dir;

    private static synchronized Path study() throws IOException {
        Path f = dir.resolve("precision-study.yaml");
        if (!Files.exists(f)) {
            Files.copy(Cli.ROOT.resolve("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
            Files.writeString(f, String.join("\n",
                    "study: precision-study",
                    "name: Precision test",
                    "description: The baseline with and without P3.",
                    "scenarios:",
                    "  - baseline.yaml",
                    "replications: 4",
                    "seed: 20261128",
                    "treatments:",
                    "  - id: P0",
                    "    description: No new NATO policy",
                    "  - id: P3",
                    "    description: Sanctions announcement",
                    "    overrides:",
                    "      policies:",
                    "        p3:",
                    "          target: CHN",
                    "          coalition: [NATO, EU27, IP4]",
                    "          sectors: [S05_CHEM, S07_MACH, S08_ELEC, S09_TREQ]",
                    "          tradeSharePct: 50",
                    "          credibility: 0.6",
                    "          announced: 2026-07-01",
                    "          costEurMillionsPerYear: 50",
                    ""));
        }
        return f;
    }

    @Test
    void stagesToTheCapAreTheSameOnOneAndTwoThreadsAndMatchAPlainRun() throws IOException {
        String file = study().toString();
        Cli one = Cli.run("run", file, "--precision", "0.0001", "--max-replications", "16", "--threads", "1", "-q",
                "--out", dir.resolve("one").toString());
        Cli two = Cli.run("run", file, "--precision", "0.0001", "--max-replications", "16", "--threads", "2", "-q",
                "--out", dir.resolve("two").toString());
        Cli plain = Cli.run("run", file, "-n", "16", "--threads", "2", "-q", "--out", dir.resolve("plain").toString());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        assertEquals(0, plain.exitCode(), plain.err());
        for (String stage : List.of("precision: 4 replications", "precision: 8 replications", "precision: 16 replications",
                "cap of 16 replications reached")) {
            assertTrue(one.out().contains(stage), stage + " in\n" + one.out());
            assertTrue(two.out().contains(stage), stage);
        }
        byte[] reference = Files.readAllBytes(onlyRun(dir.resolve("one")).resolve("summary.json"));
        assertArrayEquals(reference, Files.readAllBytes(onlyRun(dir.resolve("two")).resolve("summary.json")));
        assertArrayEquals(reference, Files.readAllBytes(onlyRun(dir.resolve("plain")).resolve("summary.json")));
        assertEquals(16, new ObjectMapper().readTree(onlyRun(dir.resolve("one")).resolve("manifest.json").toFile())
                .get("replications").asInt());
    }

    @Test
    void aLooseTargetStopsAtTheFirstStage() throws IOException {
        Cli loose = Cli.run("run", study().toString(), "--precision", "100", "--threads", "2", "-q",
                "--out", dir.resolve("loose").toString());
        assertEquals(0, loose.exitCode(), loose.err());
        assertTrue(loose.out().contains("precision: target met at 4 replications."), loose.out());
        assertFalse(loose.out().contains("precision: 8 replications"));
        // The report is written once, into the run that is kept (the stages before it are deleted).
        Path kept = onlyRun(dir.resolve("loose"));
        assertTrue(Files.isRegularFile(kept.resolve("report.html")), "report.html in " + kept);
        assertTrue(loose.out().contains("Report (opens offline): " + kept.resolve("report.html")), loose.out());
    }

    @Test
    void withoutPrecisionOrReplicationsTheStudysOwnCountRuns() throws IOException {
        Cli plain = Cli.run("run", study().toString(), "--threads", "2", "-q", "--out", dir.resolve("own").toString());
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(4, new ObjectMapper().readTree(onlyRun(dir.resolve("own")).resolve("manifest.json").toFile())
                .get("replications").asInt());
        assertFalse(plain.out().contains("precision:"));
    }

    @Test
    void refusesANonPositiveTarget() throws IOException {
        Cli bad = Cli.run("run", study().toString(), "--precision", "0", "--out", dir.resolve("bad").toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode());
    }
}
