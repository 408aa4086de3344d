package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code search:} section of a study: candidates become cells; mistakes are named by line. */
class SearchSpaceTest {

    static final Path SCENARIOS = Path.of("..", "scenarios");

    @Test
    void theDefaultStudysSearchTurnsCandidatesIntoCells() {
        SearchSpace space = SearchSpace.load(SCENARIOS.resolve("default-study.yaml"), EmbeddedSnapshot.load()).orElseThrow();
        assertEquals("baseline", space.scenarioId());
        assertEquals("ALL", space.template());
        assertEquals(9, space.variables().size());
        // Everything on, P1's 2030 floor at 4.2 and P3's credibility at 0.3.
        double[] x = {1, 4.2, 1, 300000, 1, 0.3, 50, 1, 0.5};
        Cell on = space.cell("S1", x);
        assertEquals(4.2, on.scenario().policies().p1().floorPctGdpByYear().get(2030), 1e-12);
        assertEquals(2.0, on.scenario().policies().p1().floorPctGdpByYear().get(2026), 1e-12, "the template's 2026 stays");
        assertEquals(0.3, on.scenario().policies().p3().credibility(), 1e-12);
        assertNotNull(on.scenario().policies().p2());
        assertTrue(on.treatment().description().contains("p1Floor2030=4.20"));
        // Switches off: those levers are gone, whatever their settings.
        double[] off = x.clone();
        off[0] = 0;
        off[4] = 0;
        Cell without = space.cell("S2", off);
        assertNull(without.scenario().policies().p1());
        assertNull(without.scenario().policies().p3());
        assertNotNull(without.scenario().policies().p4());
    }

    private static String errors(Path dir, String search) throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String study = Files.readString(SCENARIOS.resolve("default-study.yaml"), StandardCharsets.UTF_8);
        study = study.substring(0, study.indexOf("\nsearch:")) + "\nsearch:\n" + search;
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, study, StandardCharsets.UTF_8);
        Checked<SearchSpace> loaded = SearchSpace.load(file, EmbeddedSnapshot.load());
        assertFalse(loaded.ok());
        return loaded.report();
    }

    @Test
    void reversedBoundsAreNamedWithTheirLine(@TempDir Path dir) throws IOException {
        String report = errors(dir, """
                  variables:
                    - {id: f, path: policies.p1.floorPctGdp.2030, min: 5, max: 2}
                  objectives: [{metric: policy_cost_usd}]
                """);
        assertTrue(report.contains("search.variables[0].max: must be above min (5), got 2"), report);
        assertTrue(report.matches("(?s).*s\\.yaml:\\d+:\\d+: .*"), report);
    }

    @Test
    void unknownTemplateAndSwitchOfAnAbsentLever(@TempDir Path dir) throws IOException {
        assertTrue(errors(dir, """
                  from: P9
                  variables: [{id: f, path: policies.p3, switch: true}]
                  objectives: [{metric: policy_cost_usd}]
                """).contains("no treatment `P9`"));
        assertTrue(errors(dir, """
                  from: P1
                  variables: [{id: f, path: policies.p3, switch: true}]
                  objectives: [{metric: policy_cost_usd}]
                """).contains("nothing at `policies.p3` to switch off"));
    }

    @Test
    void aBoundTheScenarioFormatRefusesIsReportedAtLoad(@TempDir Path dir) throws IOException {
        String report = errors(dir, """
                  variables: [{id: cred, path: policies.p3.credibility, min: 0.5, max: 1.5}]
                  objectives: [{metric: p_war_cond.CHN.taiwan, sense: min}]
                """);
        assertTrue(report.contains("search candidate cred=1.50"), report);
        assertTrue(report.contains("credibility"), report);
    }

    @Test
    void unknownKeysAndSensesAreRefused(@TempDir Path dir) throws IOException {
        String report = errors(dir, """
                  variable: []
                  objectives: [{metric: policy_cost_usd, sense: lowest}]
                """);
        assertTrue(report.contains("variable"), report);
        assertTrue(report.contains("must be min or max, got lowest"), report);
    }
}
