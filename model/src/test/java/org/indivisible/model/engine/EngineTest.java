package org.indivisible.model.engine;

import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.config.Configuration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final RunSettings CHECKED = new RunSettings(20261128L, true, true);

    @Test
    void flatGdpAndShareGiveClosedFormSpending() {
        Configuration config = Fixtures.twoActors(List.of(), List.of(), 2);
        Outcome outcome = StandardModel.engine().run(config, CHECKED, 0);
        int steps = config.horizon().steps(); // 2026-01-05 .. 2028-01-05 = 730 days = 104.3 -> 105 steps
        assertEquals(105, steps);
        double expectedDeu = 1000e9 * 0.02 * steps * 7 / 365.2425;
        assertEquals(expectedDeu, outcome.metrics().get("defence_spending_usd_cum.DEU"), 1e-6 * expectedDeu);
        assertEquals(2.0, outcome.metrics().get("defence_spending_pct_gdp_final.DEU"), 1e-12);
        assertEquals(2.0, outcome.metrics().get("defence_spending_pct_gdp_final.NATO_EUROPE"), 1e-12);
        // WORLD share is the GDP-weighted mean: (20 + 5) / 1500.
        assertEquals(100 * 25.0 / 1500, outcome.metrics().get("defence_spending_pct_gdp_final.WORLD"), 1e-12);
        assertEquals(0.0, outcome.metrics().get("policy_cost_usd"));
        assertEquals(0.0, outcome.metrics().get("p_conflict.nato_europe"));
        assertFalse(outcome.metrics().containsKey("conflict_start_week.nato_europe"));
    }

    @Test
    void fixedDateEventStartsAndEndsOnItsWeek() {
        // 2026-03-02 is 56 days after 2026-01-05: week 8. Ten weeks of war, then ceasefire.
        LocalDate day = LocalDate.of(2026, 3, 2);
        Configuration config = Fixtures.twoActors(List.of(Fixtures.war("attack", day, day, 1.0, 10.0)), List.of(), 1);
        Map<String, Double> m = StandardModel.engine().run(config, CHECKED, 3).metrics();
        assertEquals(1.0, m.get("p_conflict.nato_europe"));
        assertEquals(8.0, m.get("conflict_start_week.nato_europe"));
        assertEquals(10.0, m.get("war_weeks.nato_europe"));
    }

    @Test
    void eventWithProbabilityZeroNeverHappens() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Configuration config = Fixtures.twoActors(List.of(Fixtures.war("attack", day, day, 0.0, null)), List.of(), 1);
        for (int r = 0; r < 20; r++) {
            assertEquals(0.0, StandardModel.engine().run(config, CHECKED, r).metrics().get("p_conflict.nato_europe"));
        }
    }

    @Test
    void windowDrawsAreUniformOverTheWindow() {
        // A 364-day window starting at week 0: start weeks should be uniform on 0..51, mean 25.5.
        Configuration config = Fixtures.twoActors(List.of(Fixtures.war("attack", Fixtures.START,
                Fixtures.START.plusDays(363), 1.0, null)), List.of(), 2);
        double sum = 0;
        int n = 4000;
        for (int r = 0; r < n; r++) {
            sum += StandardModel.engine().run(config, CHECKED, r).metrics().get("conflict_start_week.nato_europe");
        }
        double sd = Math.sqrt((52.0 * 52 - 1) / 12 / n); // discrete uniform 0..51
        assertEquals(25.5, sum / n, 5 * sd);
    }

    @Test
    void p1FloorCostsTheSpendingAboveTheOwnPath() {
        // DEU spends 2%; a 3% floor adds 1% of 1000 bn a year; RUS is not a member.
        var p1 = new PrepareForReducedUsPresence("NATO_EUROPE", new TreeMap<>(Map.of(2026, 3.0)));
        Configuration config = Fixtures.twoActors(List.of(), List.of(p1), 1);
        Map<String, Double> m = StandardModel.engine().run(config, CHECKED, 0).metrics();
        int steps = config.horizon().steps();
        double expected = 1000e9 * 0.01 * steps * 7 / 365.2425;
        assertEquals(expected, m.get("policy_cost_usd"), 1e-6 * expected);
        assertEquals(3.0, m.get("defence_spending_pct_gdp_final.DEU"), 1e-12);
        assertEquals(1.0, m.get("defence_spending_pct_gdp_final.RUS"), 1e-12);
    }

    @Test
    void invariantViolationNamesStepAndActor() {
        Configuration config = Fixtures.twoActors(List.of(), List.of(), 1);
        Engine broken = new Engine(c -> () -> {
            Model standard = StandardModel.build(c);
            var processes = new java.util.ArrayList<>(standard.processes());
            processes.add(new Process() {
                @Override
                public String name() {
                    return "breaks-budgets";
                }

                @Override
                public void step(World world) {
                    if (world.step() == 4) {
                        world.defenceBudgetUsdBillions()[1] = -1;
                    }
                }
            });
            return new Model(processes, standard.observers(), standard.invariants());
        });
        InvariantViolation e = assertThrows(InvariantViolation.class, () -> broken.run(config, CHECKED, 0));
        assertEquals(4, e.step());
        assertTrue(e.getMessage().contains("RUS: defence budget must be non-negative"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-02-02"), e.getMessage());
    }

    @Property(tries = 30)
    void sameSeedSameOutcomeAndReplicationsDiffer(@ForAll @IntRange(min = 0, max = 10_000) int replication) {
        Configuration config = Fixtures.twoActors(List.of(Fixtures.war("attack", Fixtures.START,
                Fixtures.START.plusYears(1), 0.5, null)), List.of(), 2);
        Outcome a = StandardModel.engine().run(config, CHECKED, replication);
        Outcome b = StandardModel.engine().run(config, CHECKED, replication);
        assertEquals(a, b);
        boolean anyDiffer = false;
        for (int other = replication + 1; other < replication + 20 && !anyDiffer; other++) {
            anyDiffer = !a.metrics().equals(StandardModel.engine().run(config, CHECKED, other).metrics());
        }
        assertTrue(anyDiffer, "replications near " + replication + " all gave the same outcome");
        boolean seedMatters = false;
        for (int other = replication; other < replication + 20 && !seedMatters; other++) {
            seedMatters = !StandardModel.engine().run(config, CHECKED, other).metrics().equals(
                    StandardModel.engine().run(config, new RunSettings(1, true, true), other).metrics());
        }
        assertTrue(seedMatters, "another master seed gave the same outcomes");
    }
}
