package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.DecisionMode;
import org.indivisible.model.config.DecisionPair;
import org.indivisible.model.config.Configuration;
import org.junit.jupiter.api.Test;

/** The shipped study compiles decisions and P3 as docs/decisions.md says. */
class DecisionsCompileTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    private static final Study STUDY = ScenarioFiles.loadStudy(
            ShippedScenariosTest.SCENARIOS.resolve("default-study.yaml"), SNAPSHOT).orElseThrow();

    private static Configuration cell(String scenario, String treatment) {
        return ScenarioCompiler.compile(STUDY.cell(scenario, treatment), SNAPSHOT);
    }

    private static double value(Configuration c, String id) {
        return c.parameter(id).orElseThrow().value();
    }

    @Test
    void contingencyScenariosForceTheirWarAndLeaveTheOthersToTheRule() {
        Configuration invasion = cell("taiwan-invasion", "P0");
        assertEquals(DecisionMode.SCHEDULE, invasion.decisions().mode(new DecisionPair("CHN", "taiwan"), invasion.events()));
        assertEquals(DecisionMode.DECIDE, invasion.decisions().mode(new DecisionPair("RUS", "nato_europe"), invasion.events()));
        assertEquals(DecisionMode.DECIDE, invasion.decisions().mode(new DecisionPair("PRK", "korea"), invasion.events()));
        Configuration dual = cell("dual-contingency", "P0");
        assertEquals(DecisionMode.SCHEDULE, dual.decisions().mode(new DecisionPair("PRK", "korea"), dual.events()));
        Configuration baseline = cell("baseline", "P0");
        for (DecisionPair p : DecisionPair.STANDARD) {
            assertEquals(DecisionMode.DECIDE, baseline.decisions().mode(p, baseline.events()), p.id());
        }
    }

    @Test
    void p3SetsTheEconomysSanctionsToWhatWasAnnounced() {
        Configuration p0 = cell("baseline", "P0");
        Configuration p3 = cell("baseline", "P3");
        assertEquals(4, value(p0, "economy.sanctions.startWeeks"));
        assertEquals(0, value(p3, "economy.sanctions.startWeeks"));
        assertEquals(50, value(p3, "economy.sanctions.tradeSharePct"));
        assertEquals(1, value(p3, "economy.sanctions.covers.S08_ELEC"));
        assertEquals(0, value(p3, "economy.sanctions.covers.S04_FUEL"), "fuels are not in the default study's P3");
        assertEquals(1, value(p3, "economy.sanctions.coalition.IP4"));
        assertTrue(p3.parameter("economy.sanctions.startWeeks").orElseThrow().distribution().high() == 0);
    }

    @Test
    void everyDecisionParameterIsInTheSnapshotWithASourceItLists() {
        var listed = EmbeddedSnapshot.table("sources.csv").rows().stream().map(r -> r.get("source_id")).toList();
        for (var p : org.indivisible.model.decision.DecisionParameters.defaults()) {
            assertTrue(SNAPSHOT.parameters().contains(p), p.id());
            assertTrue(listed.contains(p.sourceId()), p.id() + " cites " + p.sourceId());
        }
    }
}
