package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.RunSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden summaries: each shipped scenario under P0 at a fixed seed and five replications, its
 * headline metrics' means written exactly ({@link Double#toString}). Any change to results, from
 * code, data or a parameter's default, fails here with the lines that moved, so that it is a
 * visible diff in review. Regenerate after an intended change, from the repository root:
 * <pre>
 *   mvn -q -pl model,data test -Dtest=GoldenSummaryTest -Dgolden.update=true
 * </pre>
 * and commit {@code data/src/test/resources/golden/}.
 */
class GoldenSummaryTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final long SEED = 20261128L;
    private static final int REPLICATIONS = 5;
    /** The headline metrics: war risk, GDP, Europe's balances and bills, forces bought and rebuilt, costs. */
    private static final List<String> PREFIXES = List.of("p_conflict.", "p_decision.", "p_war_cond.", "gdp_change_pct_y1.",
            "europe_balance_", "europe_replace_us_", "europe_gap_usd", "forces_added.", "russia_reconstituted.",
            "campaign_", "policy_cost_usd", "war_weeks.");
    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"baseline", "taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency",
        "us-withdrawal"})
    void headlineMetricsAreAsCheckedIn(String scenario) throws IOException {
        String now = summary(scenario);
        Path file = GOLDEN.resolve(scenario + ".csv");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, now, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden summary " + file.toAbsolutePath() + "; regenerate it (see the class comment)");
        String then = Files.readString(file, StandardCharsets.UTF_8);
        if (!then.equals(now)) {
            fail(scenario + ": the results changed (P0, seed " + SEED + ", " + REPLICATIONS + " replications). "
                    + "If intended, regenerate with: mvn -q -pl model,data test -Dtest=GoldenSummaryTest -Dgolden.update=true\n"
                    + diff(then, now));
        }
    }

    /** metric,n,mean lines, sorted by metric. */
    static String summary(String scenario) {
        Scenario s = ScenarioFiles.loadScenario(Path.of("..", "scenarios", scenario + ".yaml").toAbsolutePath().normalize(),
                SNAPSHOT).orElseThrow();
        Configuration config = ScenarioCompiler.compile(s, "P0", SNAPSHOT);
        Engine.Prepared prepared = EmbeddedData.engine().prepare(config);
        Map<String, double[]> sums = new TreeMap<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            for (Map.Entry<String, Double> e : prepared.run(new RunSettings(SEED, true, false), r).metrics().entrySet()) {
                if (PREFIXES.stream().anyMatch(e.getKey()::startsWith)) {
                    double[] s2 = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
                    s2[0] += e.getValue();
                    s2[1]++;
                }
            }
        }
        StringBuilder out = new StringBuilder("metric,n,mean\n");
        sums.forEach((k, v) -> out.append(k).append(',').append((long) v[1]).append(',').append(v[0] / v[1]).append('\n'));
        return out.toString();
    }

    /** The lines that differ, as "metric: old -> new" (missing on one side shown as "-"). */
    static String diff(String then, String now) {
        Map<String, String> a = byMetric(then);
        Map<String, String> b = byMetric(now);
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        List<String> lines = new ArrayList<>();
        for (String metric : all.keySet()) {
            String x = a.getOrDefault(metric, "-");
            String y = b.getOrDefault(metric, "-");
            if (!x.equals(y)) {
                lines.add("  " + metric + ": " + x + " -> " + y);
            }
        }
        return lines.size() + " of " + all.size() + " lines changed (n,mean):\n" + String.join("\n", lines);
    }

    private static Map<String, String> byMetric(String text) {
        Map<String, String> m = new TreeMap<>();
        for (String line : text.split("\n")) {
            int comma = line.indexOf(',');
            if (comma > 0 && !line.startsWith("metric,")) {
                m.put(line.substring(0, comma), line.substring(comma + 1));
            }
        }
        return m;
    }
}
