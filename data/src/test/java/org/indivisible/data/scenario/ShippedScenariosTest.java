package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in the project's {@code scenarios/} loads without a problem and says what it should. */
class ShippedScenariosTest {

    /** The project's scenario library, from the data module's folder where tests run. */
    static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    static Stream<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFiles")
    void loadsWithoutProblems(Path file) {
        // The embedded snapshot: scenarios may override any of its parameters (us-withdrawal does).
        Checked<Study> result = ScenarioFiles.loadStudy(file, org.indivisible.data.snapshot.EmbeddedSnapshot.load());
        assertTrue(result.ok(), () -> result.report());
    }

    @Test
    void theLibraryHasTheAgreedFiles() throws IOException {
        List<String> names = yamlFiles().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("baseline.yaml", "default-study.yaml", "dual-contingency.yaml", "korea-russian-help.yaml",
                "korea-war.yaml",
                "reference.yaml", "taiwan-blockade.yaml", "taiwan-invasion.yaml", "us-withdrawal.yaml"), names);
    }

    @Test
    void defaultStudyCrossesFiveScenariosWithEveryLever() throws IOException {
        Study study = ScenarioFiles.loadStudy(SCENARIOS.resolve("default-study.yaml"), FakeSnapshot.INSTANCE)
                .orElseThrow();
        assertEquals(List.of("baseline", "taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency"),
                study.scenarioIds());
        assertEquals(List.of("P0", "baseline-pledges", "P1", "P2", "P3", "P4", "ALL", "ALL-P4"),
                study.treatments().stream().map(Treatment::id).toList());
        assertEquals(40, study.cells().size());
        assertEquals(100, study.replications());
        assertEquals(20261128L, study.seed());
        assertEquals(Set.of("baseline.yaml", "default-study.yaml", "dual-contingency.yaml", "korea-war.yaml",
                "taiwan-blockade.yaml", "taiwan-invasion.yaml"), study.sourceHashes().keySet());
        for (var e : study.sourceHashes().entrySet()) {
            assertEquals(YamlSource.sha256(Files.readAllBytes(SCENARIOS.resolve(e.getKey()))), e.getValue());
        }
        assertTrue(study.cell("baseline", "P0").scenario().policies().all().isEmpty());
        var p1 = study.cell("korea-war", "P1").scenario().policies().p1();
        assertEquals("NATO_EUROPE", p1.group());
        assertEquals(2.0, p1.floorPctGdpByYear().get(2026));
        assertEquals(3.5, p1.floorPctGdpByYear().get(2030));
        var p3 = study.cell("baseline", "P3").scenario().policies().p3();
        assertEquals("CHN", p3.target());
        assertEquals(List.of("EU27", "IP4", "NATO"), p3.coalition());
        assertEquals(0.6, p3.credibility());
        var all = study.cell("taiwan-invasion", "ALL").scenario().policies();
        assertEquals(4, all.all().size());
        assertEquals(p3, all.p3());
        // The Hague pledge (3.5% core by 2035) from each member's own 2025 share; ALL-P4 is ALL without P4.
        var pledges = study.cell("baseline", "baseline-pledges").scenario().policies();
        assertEquals(1, pledges.all().size());
        assertEquals(java.util.Map.of(2035, 3.5), pledges.p1().floorPctGdpByYear());
        assertEquals(2025, pledges.p1().floorFromOwnShareIn());
        assertFalse(pledges.p1().operationalPlanning());
        var withoutP4 = study.cell("baseline", "ALL-P4").scenario().policies();
        assertEquals(List.of(all.p1(), all.p2(), all.p3()), withoutP4.all());
    }

    @Test
    void scenariosSayWhatTheirNamesSay() {
        Scenario baseline = load("baseline.yaml");
        assertEquals(List.of("nato_europe", "ukraine", "taiwan", "korea"),
                baseline.theaters().stream().map(Theater::id).toList());
        assertEquals(TheaterState.WAR, baseline.theaters().get(1).state());
        assertTrue(baseline.events().isEmpty());

        Event invasion = load("taiwan-invasion.yaml").events().get(0);
        assertEquals("CHN", invasion.schedule().aggressor());
        assertEquals(TheaterState.WAR, invasion.schedule().state());
        assertEquals(26, invasion.schedule().durationWeeks().distribution().low());
        assertEquals(104, invasion.schedule().durationWeeks().distribution().high());

        Event blockade = load("taiwan-blockade.yaml").events().get(0);
        assertEquals("blockade", blockade.kind());
        assertEquals(TheaterState.CRISIS, blockade.schedule().state());
        // No fixed duration: the blockade's own hazards end it (docs/forces-and-combat.md 8).
        assertEquals(null, blockade.schedule().durationWeeks());
        assertEquals(1.0, load("taiwan-blockade.yaml").parameters().stream()
                .filter(p -> p.id().equals("blockade.taiwan.enabled")).findFirst().orElseThrow().value());

        Scenario dual = load("dual-contingency.yaml");
        assertEquals(List.of("taiwan-invasion", "korea-war"), dual.events().stream().map(Event::id).toList());
        assertEquals(dual.events().get(0).schedule().earliest(), dual.events().get(1).schedule().earliest());
        assertEquals(dual.events().get(0).schedule().latest(), dual.events().get(1).schedule().latest());
        assertEquals(Set.of("baseline.yaml", "taiwan-invasion.yaml", "dual-contingency.yaml"),
                dual.sourceHashes().keySet());
    }

    private static Scenario load(String name) {
        return ScenarioFiles.loadScenario(SCENARIOS.resolve(name), FakeSnapshot.INSTANCE).orElseThrow();
    }
}
