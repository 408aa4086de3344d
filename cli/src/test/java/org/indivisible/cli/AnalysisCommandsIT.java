package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, runs and sensitivity on small real runs. */
class AnalysisCommandsIT {

    private static final String STUDY = Cli.ROOT.resolve("scenarios/default-study.yaml").toString();

    @TempDir
    static Path out;

    static Path runA;
    static Path runB;
    static Path runOtherSeed;

    @BeforeAll
    static void runs() throws IOException {
        assertEquals(0, Cli.run("run", STUDY, "-n", "12", "--out", out.resolve("a").toString(), "-q").exitCode());
        assertEquals(0, Cli.run("run", STUDY, "-n", "12", "--out", out.resolve("b").toString(), "-q").exitCode());
        assertEquals(0, Cli.run("run", STUDY, "-n", "12", "--seed", "9", "--out", out.resolve("c").toString(), "-q").exitCode());
        runA = only(out.resolve("a"));
        runB = only(out.resolve("b"));
        runOtherSeed = only(out.resolve("c"));
    }

    static Path only(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
    }

    @Test
    void compareWithinARunPairsTreatmentsWithP0() {
        Cli c = Cli.run("compare", runA.toString(), "--metric", "policy_cost_usd,defence_spending_usd_cum.NATO_EUROPE");
        assertEquals(0, c.exitCode(), c.err());
        // P1 raises European spending in every scenario; paired by replication; cost-effectiveness shown.
        for (String scenario : new String[] {"baseline", "taiwan-invasion", "korea-war"}) {
            assertTrue(c.out().lines().anyMatch(l -> l.startsWith(scenario) && l.contains("P1") && l.contains("P0")
                    && l.contains("defence_spending_usd_cum.NATO_EUROPE") && l.contains("*")), c.out());
        }
        assertTrue(c.out().contains("paired by replication"), c.out());
        String line = c.out().lines().filter(l -> l.startsWith("baseline") && l.contains("defence_spending_usd_cum.NATO_EUROPE"))
                .findFirst().orElseThrow();
        assertTrue(!line.trim().endsWith("-"), "cost-effectiveness column: " + line);
    }

    @Test
    void compareByRunIdUnderOut() {
        Cli c = Cli.run("compare", runA.getFileName().toString(), "--out", out.resolve("a").toString(), "--all", "-m", "p_conflict.taiwan");
        assertEquals(0, c.exitCode(), c.err());
        // Common random numbers: P1 does not change whether a war starts (forced in taiwan-invasion), so the
        // difference is exactly 0; a 0/1 outcome gets the exact McNemar interval, which is never [0, 0].
        assertTrue(c.out().lines().anyMatch(l -> l.startsWith("taiwan-invasion") && l.contains("p_conflict.taiwan")
                && l.contains("exact McNemar") && !l.contains("[0, 0]")), c.out());
        assertFalse(c.out().contains("[0, 0]"), c.out());
    }

    @Test
    void compareTwoRunsWithTheSameSeedIsPairedAndFindsNoDifference() {
        Cli c = Cli.run("compare", runA.toString(), runB.toString());
        assertEquals(0, c.exitCode(), c.err());
        // Two runs of the same inputs and seed: every difference is 0 (or floating-point rounding), none is marked.
        assertTrue(c.out().contains("No metric changed beyond what chance explains"), c.out());
        assertTrue(c.out().contains("same seed"), c.out());
        assertTrue(c.out().contains(" 0 marked"), c.out());
    }

    @Test
    void compareTwoRunsWithOtherSeedsIsUnpaired() {
        Cli c = Cli.run("compare", runA.toString(), runOtherSeed.toString(), "--all", "-m", "p_conflict.taiwan");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("Welch"), c.out());
        assertTrue(c.out().contains("p_conflict.taiwan") && c.out().contains("P0"), c.out());
        assertTrue(c.out().contains("Benjamini-Hochberg"), c.out());
    }

    @Test
    void compareNamesWhatIsWrong() {
        Cli missing = Cli.run("compare", "no-such-run", "--out", out.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no run no-such-run"), missing.err());
        Cli baseline = Cli.run("compare", runA.toString(), "--baseline", "P9");
        assertEquals(2, baseline.exitCode());
        assertTrue(baseline.err().contains("no treatment P9"), baseline.err());
    }

    @Test
    void runsListsRunsNewestFirst() {
        Cli c = Cli.run("runs", "--out", out.resolve("a").toString());
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains(runA.getFileName().toString()), c.out());
        assertTrue(c.out().contains("default-study") && c.out().contains("5 x 8"), c.out());
        Cli none = Cli.run("runs", "--out", out.resolve("nothing-here").toString());
        assertTrue(none.out().contains("No runs"), none.out());
    }

    @Test
    void sensitivityMorrisPrintsAndSaves() throws IOException {
        Path sens = out.resolve("s");
        Cli c = Cli.run("sensitivity", Cli.ROOT.resolve("scenarios/taiwan-invasion.yaml").toString(),
                "-m", "defence_spending_usd_cum.NATO_EUROPE", "--method", "morris", "--samples", "4", "--out", sens.toString(), "-q",
                "-p", "economy.trendGrowthPct.DEU,economy.trendGrowthPct.LUX");
        assertEquals(0, c.exitCode(), c.err());
        // Germany's economy is some 50 times Luxembourg's: its growth moves European spending more.
        int deu = c.out().indexOf("economy.trendGrowthPct.DEU");
        int lux = c.out().indexOf("economy.trendGrowthPct.LUX");
        assertTrue(deu > 0 && lux > deu, c.out());
        JsonNode saved = new ObjectMapper().readTree(only(sens).resolve("sensitivity.json").toFile());
        assertEquals("morris", saved.get("method").asText());
        assertEquals(2, saved.get("parameters").size());
        assertTrue(saved.get("parameters").get(0).get("mu_star").asDouble() > saved.get("parameters").get(1).get("mu_star").asDouble());
        assertEquals(4 * 3 + 1, Files.readAllLines(only(sens).resolve("points.csv")).size());
    }

    @Test
    void sensitivitySobolAndItsErrors() {
        Path sens = out.resolve("t");
        Cli c = Cli.run("sensitivity", Cli.ROOT.resolve("scenarios/baseline.yaml").toString(), "-m", "defence_spending_usd_cum.NATO_EUROPE",
                "--samples", "16", "-p", "economy.trendGrowthPct.DEU", "--out", sens.toString(), "-q");
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("S1") && c.out().contains("ST"), c.out());
        Cli badMetric = Cli.run("sensitivity", Cli.ROOT.resolve("scenarios/baseline.yaml").toString(), "-m", "no_such_metric",
                "--samples", "4", "-p", "economy.trendGrowthPct.DEU", "--out", sens.toString(), "-q");
        assertEquals(2, badMetric.exitCode());
        assertTrue(badMetric.err().contains("metric no_such_metric is not recorded"), badMetric.err());
        Cli badParameter = Cli.run("sensitivity", Cli.ROOT.resolve("scenarios/baseline.yaml").toString(), "-m", "policy_cost_usd",
                "-p", "nope", "--out", sens.toString(), "-q");
        assertEquals(2, badParameter.exitCode());
        assertTrue(badParameter.err().contains("no parameter nope"), badParameter.err());
    }
}
