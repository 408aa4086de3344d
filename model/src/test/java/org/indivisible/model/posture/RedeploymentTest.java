package org.indivisible.model.posture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.engine.World;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.junit.jupiter.api.Test;

/**
 * The US swing to the Pacific in {@link ForceFixtures}' world, worked out by hand (powers in
 * armoured brigade equivalents = elements x weight x readiness):
 * <pre>
 *   US in Europe   3 x 1 x 0.5 + 6 x 0.5 x 0.6 = 3.30     Germany 8 x 0.5 + 4 x 0.5 x 0.6 = 5.20
 *   Russia         20 x 1 x 0.5                 = 10.00    start ratio (3.30 + 5.20) / 10 = 0.85
 *   war from step 52, departure after 2 weeks (step 54): 0.9 brigades and 3 squadrons leave
 *   US left        2.1 x 0.5 + 3 x 0.3          = 1.95     ratio 7.15 / 10 = 0.715
 *   allies respond 6 weeks later (step 60): 0.25 x (3.30 - 1.95) = 0.3375, ratio 0.74875
 *   ceasefire at step 72, return ordered after 4 weeks (step 76); fighters back at 78, brigades at 84
 *   steps 78-83    US 1.05 + 1.80 = 2.85, response 0.25 x 0.45 = 0.1125, ratio 0.81625
 *   step 84 on     ratio 0.85 again: below it for steps 54-83, 30 weeks
 *   gap            0.85 x 10 - 7.15 = 1.35 units = exactly what left: 0.9 x 4,000 + 3 x 2,000 = US$ 9.6 bn
 *   gap years      Germany's budget 2% of 1,000 bn, a tenth to new forces: 2 bn a year -> 4.8 years
 *                  (longer than the cost-weighted lead time (3,600 x 3 + 6,000 x 4) / 9,600 = 3.625 years)
 *   keeping them   3.9 elements at 100 US$m a year each: US$ 390 m a year
 * </pre>
 * With P1's operational planning (factor 0.5) decision, transit and response halve: departure at
 * step 53, fighters back at 77, brigades at 80 (return order still at 76): 27 weeks below.
 */
class RedeploymentTest {

    private static final RunSettings CHECKED = new RunSettings(7L, false, true);

    /** Europe's balance ratio after every step. */
    static class Trace implements Observer {
        final List<Double> ratio = new ArrayList<>();

        @Override
        public void afterStep(World world) {
            ratio.add(world.part(Forces.class).balanceRatio(world, Location.EUROPE.ordinal()));
        }

        @Override
        public void finish(World world, Outcome.Builder outcome) {
        }
    }

    static Outcome run(Configuration config, Trace trace) {
        var models = StandardModel.plan(config);
        Engine engine = new Engine(c -> () -> {
            Model m = models.get();
            List<Observer> observers = new ArrayList<>(m.observers());
            observers.add(trace);
            return new Model(m.processes(), observers, m.invariants());
        });
        return engine.run(config, CHECKED, 0);
    }

    @Test
    void europesBalanceIsLowerExactlyWhileTheForcesAreAwayAndInTransit() {
        Trace trace = new Trace();
        Map<String, Double> m = run(ForceFixtures.world(List.of(), 0, 0), trace).metrics();
        for (int s = 0; s < trace.ratio.size(); s++) {
            double r = trace.ratio.get(s);
            double expected = s < 54 || s >= 84 ? 0.85 : s < 60 ? 0.715 : s < 78 ? 0.74875 : 0.81625;
            assertEquals(expected, r, 1e-12, "Europe's balance ratio after step " + s);
        }
        assertEquals(0.85, m.get("europe_balance_ratio_start"), 1e-12);
        assertEquals(0.715, m.get("europe_balance_ratio_min"), 1e-12);
        assertEquals(0.85, m.get("europe_balance_ratio_final"), 1e-12);
        assertEquals(30.0, m.get("europe_dip_weeks"));
        assertEquals(30.0, m.get("europe_weeks_below_start"));
        assertEquals(9.6e9, m.get("europe_gap_usd"), 1);
        assertEquals(4.8, m.get("europe_gap_years"), 1e-9);
        assertEquals(390e6, m.get("europe_gap_keep_usd_per_year"), 1e-3);
        // Year by year: the ratio after steps 52 (52.18 steps make a year: (52 + 1) x 7 / 365.2425 >= 1),
        // 104 and 156 (the horizon's 3 years end in step 156 of 157).
        assertEquals(trace.ratio.get(52), m.get("europe_balance_ratio_y1"));
        assertEquals(trace.ratio.get(104), m.get("europe_balance_ratio_y2"));
        assertEquals(trace.ratio.get(156), m.get("europe_balance_ratio_y3"));
        assertEquals(null, m.get("europe_balance_ratio_y4"));
    }

    @Test
    void theYearlyTrajectoryCatchesTheDipWhenAYearEndsInIt() {
        // A war that starts one year in (step 52) and stays: the US leaves at step 54 and never comes back.
        Configuration base = ForceFixtures.world(List.of(), 0, 0);
        var war = base.events().get(0);
        var endless = new org.indivisible.model.config.ScheduledEvent(war.id(), war.theater(), war.state(), war.aggressor(),
                war.earliest(), war.latest(), 1.0, null, war.stateAfter());
        Configuration config = new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(),
                base.groups(), base.treaties(), base.theaters(), List.of(endless), base.parameters(), base.gdp(),
                base.spending(), base.policies());
        Map<String, Double> m = run(config, new Trace()).metrics();
        assertEquals(0.85, m.get("europe_balance_ratio_y1"), 1e-12);
        assertEquals(0.74875, m.get("europe_balance_ratio_y2"), 1e-12);
        assertEquals(0.74875, m.get("europe_balance_ratio_y3"), 1e-12);
        assertEquals(157.0 - 54, m.get("europe_dip_weeks"));
        assertEquals(157.0 - 54, m.get("europe_weeks_below_start"));
    }

    @Test
    void aRichEuropeIsLimitedByLeadTimeNotMoney() {
        // Same world with Germany's budget share of new forces at 1: 20 bn a year buys the 9.6 bn gap in
        // 0.48 years, so the cost-weighted lead time of 3.625 years decides.
        Configuration base = ForceFixtures.world(List.of(), 0, 0);
        List<org.indivisible.model.parameter.UncertainParameter> params = new ArrayList<>(base.parameters());
        params.removeIf(p -> p.id().equals(ForcesObserver.NEW_FORCES_BUDGET_SHARE));
        params.add(ForceFixtures.fixed(ForcesObserver.NEW_FORCES_BUDGET_SHARE, 1));
        Configuration rich = new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(),
                base.groups(), base.treaties(), base.theaters(), base.events(), params, base.gdp(), base.spending(),
                base.policies());
        assertEquals(3.625, run(rich, new Trace()).metrics().get("europe_gap_years"), 1e-12);
    }

    @Test
    void operationalPlanningShortensTheDip() {
        Policy p1 = new PrepareForReducedUsPresence("NATO_EUROPE", new TreeMap<>(Map.of(2026, 2.0)), 0, true);
        Trace trace = new Trace();
        Map<String, Double> planned = run(ForceFixtures.world(List.of(p1), 0, 0), trace).metrics();
        Map<String, Double> unplanned = run(ForceFixtures.world(List.of(), 0, 0), new Trace()).metrics();
        assertEquals(27.0, planned.get("europe_dip_weeks"));
        assertEquals(27.0, planned.get("europe_weeks_below_start"));
        assertTrue(planned.get("europe_dip_weeks") < unplanned.get("europe_dip_weeks"));
        double start = planned.get("europe_balance_ratio_start");
        for (int s = 0; s < trace.ratio.size(); s++) {
            boolean away = s >= 53 && s < 80;
            assertEquals(away, trace.ratio.get(s) < start * (1 - 1e-12), "below the start ratio after step " + s);
        }
        // Planning also raises Germany's readiness: 0.5 -> 0.6 (brigades), 0.6 -> 0.68 (squadrons).
        assertEquals((3.3 + 8 * 0.6 + 4 * 0.5 * 0.68) / (20 * 0.5), start, 1e-12);
        assertTrue(planned.get("europe_balance_ratio_min") > unplanned.get("europe_balance_ratio_min"));
    }

    @Test
    void munitionsSufficiencyScalesCombatPower() {
        // An industry part that leaves Russia half its fires: Russian power 10 -> 5, ratio 0.85 -> 1.7.
        Configuration config = ForceFixtures.world(List.of(), 0, 0);
        int rus = config.actorIndex("RUS");
        Engine engine = StandIn.engine(config, actor -> actor == rus ? 0.5 : 1.0, null);
        assertEquals(1.7, engine.run(config, CHECKED, 0).metrics().get("europe_balance_ratio_start"), 1e-12);
    }

    @Test
    void withoutAnIndoPacificWarNothingMoves() {
        Configuration base = ForceFixtures.world(List.of(), 0, 0);
        Configuration peace = new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(),
                base.groups(), base.treaties(), base.theaters(), List.of(), base.parameters(), base.gdp(), base.spending(),
                base.policies());
        Map<String, Double> m = run(peace, new Trace()).metrics();
        assertEquals(0.0, m.get("europe_dip_weeks"));
        assertEquals(0.0, m.get("europe_gap_usd"));
        assertEquals(0.0, m.get("europe_gap_years"));
        assertEquals(0.85, m.get("europe_balance_ratio_min"), 1e-12);
    }

    @Test
    void combatLossesComeBackFewerAndAreRecorded() {
        Trace trace = new Trace();
        Map<String, Double> m = run(ForceFixtures.world(List.of(), 0.01, 0.01), trace).metrics();
        assertTrue(m.get("losses.taiwan.USA.fighter_squadron") > 0);
        assertTrue(m.get("losses.taiwan.CHN.surface_combatant") > 0);
        assertTrue(m.get("europe_balance_ratio_final") < 0.85, "the contingent came back smaller");
        // At 1% a day China's larger fleet and air force destroy the US and Taiwanese forces by
        // week 60: no contingent is left to bring back, so the redeployment is over when the
        // (empty) return is done at step 77, but Europe stays below its start to the end.
        assertEquals(77.0 - 54, m.get("europe_dip_weeks"));
        assertEquals(157.0 - 54, m.get("europe_weeks_below_start"));
        assertEquals(1.0, m.get("campaign_holds.taiwan") + m.get("campaign_falls.taiwan")
                + m.get("campaign_stalemate.taiwan"));
        assertTrue(trace.ratio.get(53) == 0.85);
    }
}
