package org.indivisible.model.industry;

import org.indivisible.model.assembly.StandardModel;
import static org.indivisible.model.industry.IndustryFixtures.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;

/**
 * Stock-flow arithmetic of the munitions process against closed forms worked out by hand (each
 * test's comment shows the sum). A weekly step is 7 / 365.2425 of a year; one year from
 * 2026-01-05 is 365 days, hence 53 steps.
 */
class IndustryProcessTest {

    static final RunSettings CHECKED = new RunSettings(7L, true, true);
    static final double YEAR_SHARE = 7 / 365.2425;

    /** Russia's 152 mm shells: 1,000,000 in stock, 10,000 fired a day while Ukraine is at war. */
    private static final Map<String, Double> RUSSIAN_SHELLS = params(
            MunitionParameters.stockRounds("shell152", "RUS"), 1e6,
            MunitionParameters.firingRoundsPerDay("shell152", "RUS", "ukraine"), 10_000);

    /** Russia fires 10 SRBMs a day from the stock given at Ukraine, which holds 100,000 PAC-3 and spends 2 on each. */
    private static Configuration missileWar(double srbmStock) {
        return IndustryFixtures.config(params(
                MunitionParameters.stockRounds("srbm", "RUS"), srbmStock,
                MunitionParameters.firingRoundsPerDay("srbm", "RUS", "ukraine"), 10,
                MunitionParameters.stockRounds("pac3", "UKR"), 1e5,
                MunitionParameters.interceptorsPerMissile("pac3", "UKR"), 2), List.of(), TheaterState.WAR, 1);
    }

    static Map<String, Double> run(Configuration config) {
        return StandardModel.engine().run(config, CHECKED, 0).metrics();
    }

    @Test
    void productionAddsCapacityTimesTimeToTheStock() {
        var config = IndustryFixtures.config(params(
                MunitionParameters.stockRounds("shell152", "RUS"), 1e6,
                MunitionParameters.capacityRoundsPerYear("shell152", "RUS"), 3.65e6), List.of(), TheaterState.PEACE, 1);
        assertEquals(53, config.horizon().steps());
        Map<String, Double> m = run(config);
        double produced = 3.65e6 * 53 * YEAR_SHARE;
        assertEquals(produced, m.get("munitions_production_cum.RUS.shell152"), 1e-6);
        assertEquals(1e6 + produced, m.get("munitions_stock_end.RUS.shell152"), 1e-6);
        assertEquals(3.65e6, m.get("munitions_capacity_end.RUS.shell152"));
        // 52 weeks of 2026 (5 Jan .. 27 Dec) are in the 2026 trajectory.
        assertEquals(3.65e6 * 52 * YEAR_SHARE, m.get("munitions_production_2026.RUS.shell152"), 1e-6);
    }

    @Test
    void warDrawsTheStockDownAndFiresFallWhenItRunsOut() {
        // 10,000 rounds a day from 1,000,000: 70,000 a week, 14 full weeks (980,000), then 20,000 of 70,000.
        var config = IndustryFixtures.config(RUSSIAN_SHELLS, List.of(), TheaterState.WAR, 1);
        Map<String, Double> m = run(config);
        assertEquals(0.0, m.get("munitions_stock_end.RUS.shell152"));
        assertEquals(1e6, m.get("munitions_consumed_cum.RUS.shell152"), 1e-6);
        assertEquals(0.0, m.get("munitions_days_of_supply_min.RUS.shell152"));
        assertEquals(0.0, m.get("munitions_fires_supplied_min.RUS.ukraine"));
    }

    @Test
    void combatPowerSeesTheFiresTheStocksDeliver() {
        // The same war: weeks 0-13 fully supplied, week 14 delivers 20,000 of 70,000, then nothing.
        var config = IndustryFixtures.config(RUSSIAN_SHELLS, List.of(), TheaterState.WAR, 1);
        int rus = config.actorIndex("RUS");
        int ukraine = config.theaterIndex("ukraine");
        double[] share = new double[config.horizon().steps()];
        Engine engine = new Engine(c -> () -> {
            var m = org.indivisible.model.assembly.StandardModel.build(c);
            var observers = new java.util.ArrayList<>(m.observers());
            observers.add(new org.indivisible.model.engine.Observer() {
                @Override
                public void afterStep(org.indivisible.model.engine.World world) {
                    var seam = world.part(org.indivisible.model.posture.MunitionsSufficiency.class);
                    share[world.step()] = seam.fireShare(rus, ukraine);
                    assertEquals(share[world.step()], seam.fireShare(rus), 1e-15); // its only front
                }

                @Override
                public void finish(org.indivisible.model.engine.World world,
                                   org.indivisible.model.engine.Outcome.Builder outcome) {
                }
            });
            return new org.indivisible.model.engine.Model(m.processes(), observers, m.invariants());
        });
        engine.run(config, new RunSettings(1, false, true), 0);
        assertEquals(1.0, share[0]);
        assertEquals(1.0, share[13]);
        assertEquals(20_000.0 / 70_000, share[14], 1e-12);
        assertEquals(0.0, share[15]);
    }

    @Test
    void daysOfSupplyIsStockOverTheReferenceRate() {
        // At peace nothing is fired: days of supply = 1,000,000 / 10,000 = 100 every week.
        var config = IndustryFixtures.config(RUSSIAN_SHELLS, List.of(), TheaterState.PEACE, 1);
        assertEquals(100.0, run(config).get("munitions_days_of_supply_min.RUS.shell152"), 1e-9);
    }

    @Test
    void transferStopsAtTheDonorsFloor() {
        // PRK holds 500,000 with a floor of 40% (200,000): at 1,000,000 a year (19,165.3 a week) it sends
        // 300,000 in 16 weeks and then nothing more.
        var config = IndustryFixtures.config(params(
                MunitionParameters.stockRounds("shell152", "PRK"), 500_000,
                MunitionParameters.reserveFloorShare("PRK"), 0.4,
                MunitionParameters.stockRounds("shell152", "RUS"), 0,
                MunitionParameters.transferRoundsPerYear("shell152", "PRK", "RUS"), 1e6), List.of(),
                TheaterState.PEACE, 1);
        Map<String, Double> m = run(config);
        assertEquals(200_000, m.get("munitions_stock_end.PRK.shell152"), 1e-6);
        assertEquals(300_000, m.get("munitions_received_cum.RUS.shell152"), 1e-6);
        assertEquals(300_000, m.get("munitions_sent_cum.PRK.shell152"), 1e-6);
        // Every round RUS gets from a partner is PRK's.
        for (String share : List.of("munitions_partner_share.RUS", "munitions_supply_share.RUS.PRK")) {
            assertEquals(1.0, m.get(share), 1e-12, share);
        }
    }

    @Test
    void supplyFromEachPartnerAddsUpToThePartnerShare() {
        // RUS makes 3 M a year with 60% imported inputs, 80% of them denied; PRK restores 0.3 and CHN 0.1 of
        // the denied share (0.4 in all): production factor 1 - 0.48 x 0.6 = 0.712, of which 0.48 x 0.3 = 0.144
        // is PRK's and 0.048 CHN's. PRK also delivers 1 M rounds a year.
        var config = IndustryFixtures.config(IndustryFixtures.russiaUnderExportControls(3e6, 0.6, 0.8,
                MunitionParameters.partnerInputRestore("RUS", "PRK"), 0.3,
                MunitionParameters.partnerInputRestore("RUS", "CHN"), 0.1,
                MunitionParameters.stockRounds("shell152", "PRK"), 1e9,
                MunitionParameters.transferRoundsPerYear("shell152", "PRK", "RUS"), 1e6), List.of(),
                TheaterState.PEACE, 1);
        Map<String, Double> m = run(IndustryFixtures.configWithChina(config));
        double supply = 3e6 * 0.712 + 1e6;
        assertEquals((3e6 * 0.144 + 1e6) / supply, m.get("munitions_supply_share.RUS.PRK"), 1e-12);
        assertEquals(3e6 * 0.048 / supply, m.get("munitions_supply_share.RUS.CHN"), 1e-12);
        assertEquals(m.get("munitions_supply_share.RUS.PRK") + m.get("munitions_supply_share.RUS.CHN"),
                m.get("munitions_partner_share.RUS"), 1e-12);
    }

    @Test
    void transferStartsInItsYear() {
        // Start 2026.5 = 2 July 2026 (day 182 of 365): week 25 (days 175-181) is before, week 26 on.
        var config = IndustryFixtures.config(params(
                MunitionParameters.stockRounds("shell152", "PRK"), 1e7,
                MunitionParameters.transferRoundsPerYear("shell152", "PRK", "RUS"), 1e6,
                MunitionParameters.transferStartYear("shell152", "PRK", "RUS"), 2026.5), List.of(),
                TheaterState.PEACE, 1);
        assertEquals(1e6 * YEAR_SHARE * (53 - 25), run(config).get("munitions_received_cum.RUS.shell152"), 1e-6);
    }

    @Test
    void investmentBecomesCapacityAfterTheLag() {
        // DEU: budget 2% of 4,000 = 80 bn a year; 1% of it, 0.8 bn a year, buys capacity at 10,000 US$ per round
        // per year and arrives after 1 year (52 weeks). Over 3 years (157 steps) orders of weeks 0..104 arrive.
        var config = IndustryFixtures.config(params(
                MunitionParameters.stockRounds("shell155", "DEU"), 0,
                MunitionParameters.investPctBudget("shell155", "DEU"), 1,
                MunitionParameters.capacityCostUsdPerRoundPerYear("shell155"), 10_000,
                MunitionParameters.rampLagYears("shell155"), 1), List.of(), TheaterState.PEACE, 3);
        assertEquals(157, config.horizon().steps());
        double perOrder = 0.8e9 * YEAR_SHARE / 10_000;
        Map<String, Double> m = run(config);
        assertEquals(105 * perOrder, m.get("munitions_capacity_end.DEU.shell155"), 1e-6);
        assertEquals(0.0, m.get("munitions_production_2026.DEU.shell155"));
    }

    @Test
    void interceptorsAreSpentPerIncomingMissile() {
        // RUS fires 10 SRBMs a day (70 a week); UKR spends 2 interceptors on each: 140 a week, 53 weeks.
        Map<String, Double> m = run(missileWar(1e5));
        assertEquals(140.0 * 53, m.get("munitions_consumed_cum.UKR.pac3"), 1e-9);
        assertEquals(1e5 / 20, m.get("munitions_days_of_supply_min.UKR.pac3") + 140.0 * 53 / 20, 1e-6);
    }

    @Test
    void noInterceptorIsSpentWhenNoMissileFlies() {
        // RUS has no SRBMs left: nothing incoming, nothing spent.
        assertEquals(0.0, run(missileWar(0)).get("munitions_consumed_cum.UKR.pac3"));
    }

    @Test
    void capacityGrowsAtItsExogenousRate() {
        // PRK SRBM capacity 100 a year growing 10% a year: 100 * 1.1^(53 * 7 / 365.2425) after 53 steps.
        var config = IndustryFixtures.config(params(
                MunitionParameters.capacityRoundsPerYear("srbm", "PRK"), 100,
                MunitionParameters.capacityGrowthPctPerYear("srbm", "PRK"), 10), List.of(), TheaterState.PEACE, 1);
        assertEquals(100 * Math.pow(1.1, 53 * YEAR_SHARE), run(config).get("munitions_capacity_end.PRK.srbm"), 1e-9);
    }

    @Test
    void malformedParameterNamesFailWithTheirId() {
        var unknownMunition = IndustryFixtures.config(params("munitions.stockRounds.shell999.RUS", 1), List.of(),
                TheaterState.PEACE, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> IndustryPlan.of(unknownMunition));
        assertTrue(e.getMessage().contains("shell999") && e.getMessage().contains("shell155"), e.getMessage());
        var notParticipant = IndustryFixtures.config(params(
                MunitionParameters.firingRoundsPerDay("shell155", "DEU", "ukraine"), 1), List.of(), TheaterState.PEACE, 1);
        e = assertThrows(IllegalArgumentException.class, () -> IndustryPlan.of(notParticipant));
        assertTrue(e.getMessage().contains("DEU does not take part in theater ukraine"), e.getMessage());
        var unknownQuantity = IndustryFixtures.config(params("munitions.stockTons.shell155.DEU", 1), List.of(),
                TheaterState.PEACE, 1);
        e = assertThrows(IllegalArgumentException.class, () -> IndustryPlan.of(unknownQuantity));
        assertTrue(e.getMessage().contains("stockTons"), e.getMessage());
    }

    @Test
    void noMunitionsParametersMeanNoMunitionsMetrics() {
        Map<String, Double> m = run(IndustryFixtures.config(Map.of(), List.of(), TheaterState.WAR, 1));
        assertFalse(m.keySet().stream().anyMatch(k -> k.startsWith("munitions_")), m.keySet().toString());
    }
}
