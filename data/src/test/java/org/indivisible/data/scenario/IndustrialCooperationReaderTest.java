package org.indivisible.data.scenario;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.policy.IndustrialCooperation;
import org.junit.jupiter.api.Test;

/** policies.p2 and p1.industrySharePct as reference.yaml writes them, read and run on the real snapshot. */
class IndustrialCooperationReaderTest {

    @Test
    void referenceScenarioReadsP2AndP1IndustryShare() {
        Scenario s = ScenarioFiles.loadScenario(ShippedScenariosTest.SCENARIOS.resolve("reference.yaml"),
                EmbeddedSnapshot.load()).orElseThrow();
        assertEquals(0.5, s.policies().p1().industrySharePct());
        IndustrialCooperation p2 = s.policies().p2();
        assertEquals(List.of("JPN", "KOR"), p2.standards().get(0).actors());
        assertEquals(LocalDate.of(2027, 1, 1), p2.standards().get(0).from());
        var line = p2.coProduction().get(0);
        assertEquals("kor-pol-155", line.id());
        assertEquals("KOR", line.host());
        assertEquals(300_000, line.capacityRoundsPerYear());
        assertEquals(Map.of("KOR", 0.5, "POL", 0.5), line.sharesByActor());
        assertEquals(30, p2.technologySharing().get(0).lagReductionPct());
    }

    @Test
    void referenceScenarioRunsWithItsLevers() {
        Scenario s = ScenarioFiles.loadScenario(ShippedScenariosTest.SCENARIOS.resolve("reference.yaml"),
                EmbeddedSnapshot.load()).orElseThrow();
        var config = ScenarioCompiler.compile(s, "P2", EmbeddedSnapshot.load());
        Map<String, Double> m = EmbeddedData.engine().run(config, new RunSettings(5, true, true), 0).metrics();
        // The line is signed 2027-01-01 with a 2-year lag shortened 30% by technology sharing (1.4 years):
        // it produces from mid-2028 to the end of 2036, about 8.6 years at 300,000 a year.
        double output = m.get("munitions_coproduction_output_cum.kor-pol-155");
        assertEquals(300_000 * 8.6, output, 300_000 * 0.1);
        assertTrue(m.get("munitions_capacity_end.POL.shell155") >= 150_000, m.toString());
        assertTrue(m.containsKey("munitions_days_of_supply_min.KOR.shell155"));
        assertTrue(m.containsKey("munitions_partner_share.RUS"));
    }
}
