package org.indivisible.data.scenario;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.Policy;

/**
 * Issue 6's fourth directional property on the shipped Korean-war scenario and the real
 * snapshot: a co-production agreement never lowers a partner's days of supply, over random
 * draws of every parameter (jqwik picks the replication, the line's size and the partner's
 * share). Decisions are switched off so that only the industry differs between the two runs.
 */
class CoProductionPropertyTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    private static final Scenario KOREA = ScenarioFiles.loadScenario(
            Path.of("..", "scenarios", "korea-war.yaml").toAbsolutePath().normalize(), SNAPSHOT).orElseThrow();

    @Property(tries = 6)
    void coProductionNeverLowersAPartnersDaysOfSupply(@ForAll @IntRange(min = 0, max = 10_000) int replication,
                                                     @ForAll @DoubleRange(min = 10_000, max = 1_000_000) double rounds,
                                                     @ForAll @DoubleRange(min = 0.1, max = 0.9) double korShare) {
        Configuration without = ScenarioCompiler.compile(KOREA, "P0", SNAPSHOT).withDecisions(DecisionSettings.OFF);
        SortedMap<String, Double> shares = new TreeMap<>(Map.of("KOR", korShare, "USA", 1 - korShare));
        IndustrialCooperation p2 = new IndustrialCooperation(List.of(), List.of(new IndustrialCooperation.CoProduction(
                "kor-usa-155", "shell155", "KOR", rounds, LocalDate.of(2026, 3, 2), 0.5, shares)), List.of());
        Configuration with = new Configuration(without.scenarioId(), "P2", without.horizon(), without.actors(),
                without.groups(), without.treaties(), without.theaters(), without.events(), without.parameters(),
                without.gdp(), without.spending(), List.<Policy>of(p2), DecisionSettings.OFF);
        RunSettings settings = new RunSettings(20261128L, true, false);
        var a = EmbeddedData.engine().run(without, settings, replication).metrics();
        var b = EmbeddedData.engine().run(with, settings, replication).metrics();
        boolean compared = false;
        for (String partner : List.of("KOR", "USA")) {
            String id = "munitions_days_of_supply_min." + partner + ".shell155";
            if (a.containsKey(id) && b.containsKey(id)) {
                compared = true;
                assertTrue(b.get(id) >= a.get(id) - 1e-9, id + ": " + a.get(id) + " without, " + b.get(id) + " with");
            }
        }
        assertTrue(compared, "the Korean war gives KOR or the US a shell155 days-of-supply metric");
        assertFalse(a.isEmpty());
    }
}
