package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.actor.Treaty;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;

/**
 * Compiles {@code scenario/compile-fixture.yaml} against {@link FakeSnapshot} and checks the
 * configuration against values worked out by hand (comments give the arithmetic).
 */
class ScenarioCompilerTest {

    static final double EPS = 1e-12;

    private final Configuration config = ScenarioCompiler.compile(
            ScenarioFiles.loadScenario(Path.of("src/test/resources/scenario/compile-fixture.yaml"),
                    FakeSnapshot.INSTANCE).orElseThrow(), "P1", FakeSnapshot.INSTANCE);

    @Test
    void horizonCoversTwoYearsOfWeeks() {
        // 2026-01-05 to 2028-01-05 is 365 + 365 = 730 days; ceil(730 / 7) = 105 weeks.
        assertEquals(LocalDate.of(2026, 1, 5), config.horizon().start());
        assertEquals(7, config.horizon().stepDays());
        assertEquals(105, config.horizon().steps());
        assertEquals("compile-fixture", config.scenarioId());
        assertEquals("P1", config.treatmentId());
    }

    @Test
    void actorsGroupsAndGdpComeFromTheSnapshot() {
        assertEquals(26, config.actors().size());
        assertEquals(FakeSnapshot.INSTANCE.gdpPaths(), config.gdp());
        assertEquals(4, config.groups().size());
        // The old pact ended in 1980, before the horizon: only NATO's Article 5 remains.
        assertEquals(List.of("NATO-ART5"), config.treaties().stream().map(Treaty::id).toList());
    }

    @Test
    void theatersAreTranslated() {
        assertEquals(List.of(new Theater("korea", "korea", List.of("KOR", "PRK"), TheaterState.PEACE),
                new Theater("taiwan", "Taiwan Strait", List.of("CHN", "TWN", "USA"), TheaterState.CRISIS)),
                config.theaters());
    }

    @Test
    void eventsAreTranslated() {
        ScheduledEvent fixed = config.events().get(0);
        assertEquals("fixed-date", fixed.id());
        assertEquals(LocalDate.of(2026, 6, 1), fixed.earliest());
        assertEquals(fixed.earliest(), fixed.latest());
        assertEquals(1.0, fixed.probability());
        assertNull(fixed.aggressor());
        assertNull(fixed.durationWeeks());
        assertEquals(TheaterState.CEASEFIRE, fixed.stateAfter());

        ScheduledEvent drawn = config.events().get(1);
        assertEquals(new ScheduledEvent("drawn-date", "korea", TheaterState.WAR, "PRK", LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 2, 28), 0.25, new UncertainParameter("event.drawn-date.durationWeeks", 12,
                new Distribution.Uniform(4, 30), "weeks", "", Status.ASSUMPTION, ""), TheaterState.PEACE), drawn);
    }

    @Test
    void spendingGroupEntriesApplyToMembersAndLaterEntriesWin() {
        // DEU: baseline 2.1 from 2025, NATO_EUROPE sets 2.5 from 2027: the baseline holds to 2026
        // ({2025: 2.1, 2026: 2.1, 2027: 2.5}), so mid-2026 is halfway up the ramp, 2.3.
        SpendingPath deu = path("DEU");
        assertEquals(new TreeMap<>(Map.of(2025, 2.1, 2026, 2.1, 2027, 2.5)), deu.pctGdpByYear());
        assertEquals(2.1, deu.pctGdpAt(2026), EPS);
        assertEquals(2.3, deu.pctGdpAt(2026.5), EPS);
        // POL: baseline 4.1; the group entry (2.5 in 2027) is then overridden by POL's own 5.0 in 2027.
        SpendingPath pol = path("POL");
        assertEquals(new TreeMap<>(Map.of(2025, 4.1, 2026, 4.1, 2027, 5.0)), pol.pctGdpByYear());
        assertEquals(4.55, pol.pctGdpAt(2026.5), EPS);
        // FIN joined NATO in 2023: a member during the horizon, so the group entry applies.
        assertEquals(2.5, path("FIN").pctGdpAt(2027), EPS);
        // USA is not in NATO_EUROPE, CHN in no group: baseline kept.
        assertEquals(new TreeMap<>(Map.of(2025, 3.4)), path("USA").pctGdpByYear());
        assertEquals(new TreeMap<>(Map.of(2025, 1.7)), path("CHN").pctGdpByYear());
        assertEquals(26, config.spending().size());
    }

    @Test
    void scenarioParametersOverrideTheSnapshotDefaults() {
        // CHN: only the value changes (4.0 -> 3.5); the snapshot's uniform [3, 5], unit and source are kept.
        UncertainParameter chn = config.parameter("economy.trendGrowthPct.CHN").orElseThrow();
        assertEquals(3.5, chn.value());
        assertEquals(new Distribution.Uniform(3.0, 5.0), chn.distribution());
        assertEquals("percent per year", chn.unit());
        assertEquals("imf-weo", chn.sourceId());
        assertEquals(Status.ASSUMPTION, chn.status());
        // USA: a plain number fixes the value.
        UncertainParameter usa = config.parameter("economy.trendGrowthPct.USA").orElseThrow();
        assertEquals(new Distribution.Fixed(1.5), usa.distribution());
        // A new parameter: low and high given, so triangular with its peak at the value.
        UncertainParameter moved = config.parameter("posture.usShareMovedPct").orElseThrow();
        assertEquals(new Distribution.Triangular(20, 30, 50), moved.distribution());
        assertEquals("percent", moved.unit());
        // The fake snapshot's three defaults (two trend growths, the blockade switch) and the new one.
        assertEquals(4, config.parameters().size());
    }

    @Test
    void policyP1DefaultsToNatoEurope() {
        PrepareForReducedUsPresence p1 = config.policy(PrepareForReducedUsPresence.class).orElseThrow();
        assertEquals("NATO_EUROPE", p1.group());
        assertEquals(new TreeMap<>(Map.of(2026, 2.0, 2030, 3.5)), p1.floorPctGdpByYear());
        assertFalse(p1.operationalPlanning(), "operational planning is off unless a scenario turns it on");
    }

    @Test
    void policyP1CanTurnOnOperationalPlanning() {
        Configuration planned = ScenarioCompiler.compile(
                ScenarioFiles.loadScenario(Path.of("src/test/resources/scenario/p1-planning.yaml"),
                        FakeSnapshot.INSTANCE).orElseThrow(), "P1", FakeSnapshot.INSTANCE);
        assertTrue(planned.policy(PrepareForReducedUsPresence.class).orElseThrow().operationalPlanning());
    }

    @Test
    void everyCellOfTheDefaultStudyCompiles() {
        Study study = ScenarioFiles.loadStudy(ShippedScenariosTest.SCENARIOS.resolve("default-study.yaml"),
                FakeSnapshot.INSTANCE).orElseThrow();
        for (Cell cell : study.cells()) {
            Configuration c = ScenarioCompiler.compile(cell, FakeSnapshot.INSTANCE);
            assertEquals(List.of("P1", "ALL", "ALL-P4", "baseline-pledges").contains(cell.treatmentId()),
                    c.policy(PrepareForReducedUsPresence.class).isPresent(), cell.toString());
            assertEquals(cell.treatmentId().equals("baseline-pledges"),
                    c.policy(PrepareForReducedUsPresence.class).map(PrepareForReducedUsPresence::floorFromOwnShare)
                            .orElse(false), cell.toString());
            assertEquals(List.of("P3", "ALL", "ALL-P4").contains(cell.treatmentId()),
                    c.policy(org.indivisible.model.policy.SanctionsAnnouncement.class).isPresent(), cell.toString());
            assertEquals(4, c.theaters().size());
            assertEquals(574, c.horizon().steps()); // 11 years = 4018 days (3 leap days); ceil(4018 / 7) = 574
        }
        assertFalse(study.cells().isEmpty());
        assertTrue(study.cells().stream().allMatch(c -> c.scenario().sourceHashes().containsKey("baseline.yaml")));
    }

    private SpendingPath path(String iso3) {
        return config.spending().get(config.actorIndex(iso3));
    }
}
