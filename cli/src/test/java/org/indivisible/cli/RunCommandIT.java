package org.indivisible.cli;

import static org.indivisible.cli.RunOutputs.onlyRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandIT {

    private static final String STUDY = Cli.ROOT.resolve("scenarios/default-study.yaml").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    private static Path oneThread;
    private static Cli oneThreadRun;

    @BeforeAll
    static void runOnce() throws IOException {
        oneThreadRun = Cli.run("run", STUDY, "-n", "10", "--threads", "1", "--out", out.resolve("a").toString(), "--check");
        assertEquals(0, oneThreadRun.exitCode(), oneThreadRun.err());
        oneThread = onlyRun(out.resolve("a"));
    }

    @Test
    void sameSeedGivesByteIdenticalSummaryOnOneAndTwoThreadsAndOnARerun() throws IOException {
        Cli two = Cli.run("run", STUDY, "-n", "10", "--threads", "2", "--out", out.resolve("b").toString());
        Cli again = Cli.run("run", STUDY, "-n", "10", "--threads", "2", "--out", out.resolve("c").toString());
        Cli otherSeed = Cli.run("run", STUDY, "-n", "10", "--seed", "7", "--out", out.resolve("d").toString());
        assertEquals(0, two.exitCode() + again.exitCode() + otherSeed.exitCode());
        byte[] reference = Files.readAllBytes(oneThread.resolve("summary.json"));
        assertArrayEquals(reference, Files.readAllBytes(onlyRun(out.resolve("b")).resolve("summary.json")));
        assertArrayEquals(reference, Files.readAllBytes(onlyRun(out.resolve("c")).resolve("summary.json")));
        assertFalse(java.util.Arrays.equals(reference, Files.readAllBytes(onlyRun(out.resolve("d")).resolve("summary.json"))));
    }

    @Test
    void summaryHoldsEveryScenarioTreatmentAndStatistic() throws IOException {
        JsonNode summary = JSON.readTree(oneThread.resolve("summary.json").toFile());
        assertEquals("indivisible.summary/1", summary.get("format").asText());
        assertEquals(10, summary.get("replications").asInt());
        JsonNode results = summary.get("results");
        List<String> scenarios = List.of("baseline", "taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency");
        assertEquals(scenarios, iterate(results.fieldNames()));
        for (String s : scenarios) {
            assertEquals(List.of("P0", "baseline-pledges", "P1", "P2", "P3", "P4", "ALL", "ALL-P4"),
                    iterate(results.get(s).fieldNames()));
            for (String t : List.of("P0", "P1", "P3", "ALL")) {
                JsonNode metric = results.get(s).get(t).get("defence_spending_usd_cum.NATO_EUROPE");
                assertEquals(List.of("mean", "sd", "p05", "p50", "p95", "n"), iterate(metric.fieldNames()));
                assertEquals(10, metric.get("n").asInt());
                assertTrue(metric.get("p05").asDouble() <= metric.get("p50").asDouble());
                assertTrue(metric.get("p50").asDouble() <= metric.get("p95").asDouble());
            }
        }
        // The scenarios force their wars; in the baseline the decision rule decides every pair
        // (docs/decisions.md), so a forced pair has no decision metric and a decided one has.
        assertEquals(1.0, results.at("/taiwan-invasion/P0/p_conflict.taiwan/mean").asDouble());
        assertTrue(results.at("/taiwan-invasion/P0/decision_war.CHN.taiwan").isMissingNode());
        assertFalse(results.at("/baseline/P0/decision_war.CHN.taiwan/mean").isMissingNode());
        assertFalse(results.at("/taiwan-invasion/P0/p_decision.RUS.nato_europe/mean").isMissingNode());
        assertTrue(results.at("/baseline/P3/policy_cost_eur/mean").asDouble() > 0);
        assertTrue(results.at("/baseline/P4/policy_cost_eur/mean").asDouble() > 0);
        assertEquals(1.0, results.at("/dual-contingency/P1/p_conflict.korea/mean").asDouble());
        assertEquals(0.0, results.at("/baseline/P0/policy_cost_usd/mean").asDouble());
        assertTrue(results.at("/baseline/P1/policy_cost_usd/mean").asDouble() > 0);
        // Common random numbers: the policy does not move when the war starts.
        assertEquals(results.at("/dual-contingency/P0/conflict_start_week.taiwan"),
                results.at("/dual-contingency/P1/conflict_start_week.taiwan"));
    }

    @Test
    void manifestNamesEverythingNeededToReproduce() throws Exception {
        JsonNode manifest = JSON.readTree(oneThread.resolve("manifest.json").toFile());
        assertEquals(20261128L, manifest.get("seed").asLong());
        assertEquals(10, manifest.get("replications").asInt());
        assertEquals("default-study", manifest.get("study").asText());
        assertEquals(12, manifest.get("dataSnapshot").asText().length());
        assertTrue(manifest.get("reproduce").asText().contains("--seed 20261128 --replications 10"));
        JsonNode files = manifest.get("inputFiles");
        for (String name : List.of("default-study.yaml", "baseline.yaml", "taiwan-invasion.yaml", "korea-war.yaml")) {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(Cli.ROOT.resolve("scenarios").resolve(name))));
            assertEquals(hash, files.get(name).asText(), name);
        }
        assertTrue(oneThreadRun.out().contains("taiwan-invasion"));
        assertTrue(oneThreadRun.out().contains("Reproduce: indivisible run"));
        assertTrue(oneThreadRun.out().contains("Russia attacks NATO's eastern flank, with and without an Indo-Pacific war"));
        assertTrue(oneThreadRun.out().contains("Each policy's effect on the chance of war against P0"));
        // No interval anywhere in the brief has zero width ("[+0.0, +0.0]", "[1.00, 1.00]"): where no
        // replication differs the text says so, binary outcomes get exact intervals.
        java.util.regex.Matcher zeroWidth = java.util.regex.Pattern.compile("\\[([-+]?[0-9][0-9.e+-]*)%?, \\1%?\\]")
                .matcher(oneThreadRun.out());
        assertFalse(zeroWidth.find(), () -> "zero-width interval: " + zeroWidth.group());
        assertTrue(oneThreadRun.out().contains("MDE"));
        assertTrue(oneThreadRun.out().contains("hazard ratio"));
    }

    @Test
    void jsonPrintsTheSummaryAndNothingElse() throws IOException {
        Cli json = Cli.run("run", STUDY, "-n", "10", "--threads", "1", "--json", "--out", out.resolve("e").toString());
        assertEquals(0, json.exitCode(), json.err());
        assertEquals(Files.readString(oneThread.resolve("summary.json"), StandardCharsets.UTF_8), json.out());
    }

    @Test
    void badCommandLinesAndFilesGiveTheirExitCodes() {
        Cli zero = Cli.run("run", STUDY, "-n", "0", "--out", out.resolve("f").toString());
        assertEquals(ExitCodes.USAGE, zero.exitCode());
        assertTrue(zero.err().contains("--replications must be between 1 and 10,000,000, got 0"), zero.err());
        assertEquals(ExitCodes.USAGE, Cli.run("run", "--no-such-option").exitCode());
        Cli missing = Cli.run("run", "no-such-study.yaml");
        assertEquals(ExitCodes.INVALID_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("no such file: no-such-study.yaml"));
        Cli invalid = Cli.run("run", Cli.ROOT.resolve("data/src/test/resources/invalid/nan.yaml").toString(),
                "--out", out.resolve("g").toString());
        assertEquals(ExitCodes.INVALID_INPUT, invalid.exitCode());
        assertTrue(invalid.err().contains("nothing was run"), invalid.err());
        assertFalse(Files.exists(out.resolve("g")), "an invalid run must not create its output folder");
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
