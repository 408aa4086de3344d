package org.indivisible.model.industry;

import static org.indivisible.model.industry.IndustryFixtures.params;
import static org.indivisible.model.industry.IndustryProcessTest.YEAR_SHARE;
import static org.indivisible.model.industry.IndustryProcessTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.IndustrialCooperation.CoProduction;
import org.indivisible.model.policy.IndustrialCooperation.StandardAdoption;
import org.indivisible.model.policy.IndustrialCooperation.TechnologySharing;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;

/** Each lever moves what it should (issue 4, "Must show"), with the size worked out by hand. */
class LeverTest {

    private static IndustrialCooperation p2(List<StandardAdoption> standards, List<CoProduction> lines,
                                            List<TechnologySharing> sharing) {
        return new IndustrialCooperation(standards, lines, sharing);
    }

    private static CoProduction line(LocalDate start) {
        // KOR builds 200,000 rounds a year of 155 mm, half for itself and half for DEU, 2 years after signature.
        return new CoProduction("kor-deu-155", "shell155", "KOR", 200_000, start, 2,
                new TreeMap<>(Map.of("KOR", 0.5, "DEU", 0.5)));
    }

    private static final Map<String, Double> LINE_PARAMS = params(
            MunitionParameters.stockRounds("shell155", "DEU"), 0,
            MunitionParameters.stockRounds("shell155", "KOR"), 0,
            MunitionParameters.capacityCostUsdPerRoundPerYear("shell155"), 10_000);

    /** KOR's 155 mm shells (100,000, 5,000 fired a day in Korea) beside the US's (1,000,000 with a 50% floor). */
    private static final Map<String, Double> KOREAN_SHELLS = params(
            MunitionParameters.stockRounds("shell155", "KOR"), 100_000,
            MunitionParameters.firingRoundsPerDay("shell155", "KOR", "korea"), 5_000,
            MunitionParameters.stockRounds("shell155", "USA"), 1_000_000,
            MunitionParameters.reserveFloorShare("USA"), 0.5);

    /** KOR adopts the NATO standard for 155 mm (the JBMOU) from 2025. */
    private static final List<Policy> KOR_ADOPTS_THE_STANDARD = List.of(p2(List.of(new StandardAdoption("shell155",
            List.of("KOR"), LocalDate.of(2025, 1, 1))), List.of(), List.of()));

    @Test
    void coProductionRaisesThePartnersCapacityAfterItsLag() {
        // Signed 2026-06-01 (week 21); lag 2 years = round(104.4) = 104 weeks: first output in week 125
        // (2028-05-29). DEU's share, 100,000 a year, is there from then on; nothing in 2026-2027.
        var without = run(IndustryFixtures.config(LINE_PARAMS, List.of(), TheaterState.PEACE, 4));
        var with = run(IndustryFixtures.config(LINE_PARAMS,
                List.of(p2(List.of(), List.of(line(LocalDate.of(2026, 6, 1))), List.of())), TheaterState.PEACE, 4));
        assertEquals(0.0, without.get("munitions_capacity_end.DEU.shell155"));
        assertEquals(100_000, with.get("munitions_capacity_end.DEU.shell155"), 1e-9);
        assertEquals(100_000, with.get("munitions_capacity_end.KOR.shell155"), 1e-9);
        assertEquals(0.0, with.get("munitions_production_2027.DEU.shell155"));
        // 2029: weeks 156..208 are dated in 2029 (2029-01-01 .. 2029-12-31), 53 weeks.
        assertEquals(100_000 * 53 * YEAR_SHARE, with.get("munitions_production_2029.DEU.shell155"), 1e-6);
        // The line's capital cost, 200,000 x 10,000 US$ = 2 bn, is paid over the 104 weeks of construction.
        assertEquals(2e9, with.get("policy_cost_usd"), 1e-3);
        assertEquals(0.0, without.get("policy_cost_usd"));
    }

    @Test
    void technologySharingShortensTheLag() {
        // The same line with the host's lag halved: first output after 52 weeks (week 73, 2027-05-31).
        Policy shared = p2(List.of(), List.of(line(LocalDate.of(2026, 6, 1))),
                List.of(new TechnologySharing("shell155", List.of("KOR"), 50, LocalDate.of(2026, 1, 1))));
        var m = run(IndustryFixtures.config(LINE_PARAMS, List.of(shared), TheaterState.PEACE, 4));
        // 2027: weeks 52..103 are in 2027; weeks 73..103 (31 weeks) produce.
        assertEquals(100_000 * 31 * YEAR_SHARE, m.get("munitions_production_2027.DEU.shell155"), 1e-6);
    }

    @Test
    void technologySharingShortensTheLagOfOwnInvestment() {
        // KOR invests 1% of 45 bn a year with a 2-year lag; halved, capacity arrives after 52 weeks not 104.
        Map<String, Double> p = new TreeMap<>(params(
                MunitionParameters.stockRounds("shell155", "KOR"), 0,
                MunitionParameters.investPctBudget("shell155", "KOR"), 1,
                MunitionParameters.capacityCostUsdPerRoundPerYear("shell155"), 10_000,
                MunitionParameters.rampLagYears("shell155"), 2));
        var slow = run(IndustryFixtures.config(p, List.of(), TheaterState.PEACE, 2));
        var fast = run(IndustryFixtures.config(p, List.of(p2(List.of(), List.of(),
                List.of(new TechnologySharing("shell155", List.of("KOR"), 50, LocalDate.of(2026, 1, 1))))),
                TheaterState.PEACE, 2));
        double perOrder = 45e9 * 0.01 * YEAR_SHARE / 10_000;
        // 2 years = 105 steps: slow orders arrive at s + 104 <= 104 -> only week 0's; fast: s + 52 <= 104 -> 53.
        assertEquals(perOrder, slow.get("munitions_capacity_end.KOR.shell155"), 1e-6);
        assertEquals(53 * perOrder, fast.get("munitions_capacity_end.KOR.shell155"), 1e-6);
    }

    @Test
    void adoptingTheStandardLetsAPartnersStockCountTowardDaysOfSupply() {
        // KOR holds 100,000 rounds of 155 mm and would fire 5,000 a day in Korea: 20 days alone. The US holds
        // 1,000,000 with a 50% floor: 500,000 above it. Once KOR adopts the NATO standard (155 mm JBMOU) its
        // days of supply count the US surplus too: (100,000 + 500,000) / 5,000 = 120 days.
        var alone = run(IndustryFixtures.config(KOREAN_SHELLS, List.of(), TheaterState.PEACE, 1));
        var adopted = run(IndustryFixtures.config(KOREAN_SHELLS, KOR_ADOPTS_THE_STANDARD, TheaterState.PEACE, 1));
        assertEquals(20.0, alone.get("munitions_days_of_supply_min.KOR.shell155"), 1e-9);
        assertEquals(120.0, adopted.get("munitions_days_of_supply_min.KOR.shell155"), 1e-9);
    }

    @Test
    void adoptingTheStandardLetsAPartnerFireFromTheAlliesStocksInWar() {
        // Korea at war from week 0 for 52 weeks: KOR fires 5,000 a day from 100,000 (20 days alone); the US
        // holds 1,000,000 with a 50% floor. Alone, KOR's fires fail after 3 weeks; with the standard it draws
        // the US surplus (500,000 = 100 more days), so its fires hold for 17 weeks and the US stops at its floor.
        var war = List.of(new org.indivisible.model.config.ScheduledEvent("korea-war", "korea",
                TheaterState.WAR, "PRK", IndustryFixtures.START, IndustryFixtures.START, 1.0,
                org.indivisible.model.parameter.UncertainParameter.fixed("korea-war.duration", 52, "weeks", "test",
                        org.indivisible.model.parameter.Status.ASSUMPTION), TheaterState.CEASEFIRE));
        var horizon = org.indivisible.model.config.Horizon.ofYears(IndustryFixtures.START, 7, 1);
        var alone = run(IndustryFixtures.config(KOREAN_SHELLS, List.of(), TheaterState.PEACE, war, horizon));
        var adopted = run(IndustryFixtures.config(KOREAN_SHELLS, KOR_ADOPTS_THE_STANDARD, TheaterState.PEACE, war,
                horizon));
        assertEquals(100_000, alone.get("munitions_consumed_cum.KOR.shell155"), 1e-6);
        assertEquals(600_000, adopted.get("munitions_consumed_cum.KOR.shell155"), 1e-6);
        assertEquals(500_000, adopted.get("munitions_received_cum.KOR.shell155"), 1e-6);
        assertEquals(500_000, adopted.get("munitions_stock_end.USA.shell155"), 1e-6);
    }

    @Test
    void exportControlsLowerRussiasProductionWhenItsInputShareIsHigh() {
        // Capacity 3,000,000 a year. Production = capacity x (1 - importShare x cut x (1 - restore)).
        double[] expected = new double[4];
        double[][] cases = {{0.6, 0.0, 0.0}, {0.6, 0.8, 0.0}, {0.6, 0.8, 0.5}, {0.0, 0.8, 0.0}};
        for (int i = 0; i < cases.length; i++) {
            Map<String, Double> p = IndustryFixtures.russiaUnderExportControls(3e6, cases[i][0], cases[i][1],
                    MunitionParameters.stockRounds("shell152", "RUS"), 0,
                    MunitionParameters.partnerInputRestore("RUS", "PRK"), cases[i][2]);
            double factor = 1 - cases[i][0] * cases[i][1] * (1 - cases[i][2]);
            var m = run(IndustryFixtures.config(p, List.of(), TheaterState.PEACE, 1));
            assertEquals(3e6 * factor * 53 * YEAR_SHARE, m.get("munitions_production_cum.RUS.shell152"), 1e-6);
            expected[i] = m.get("munitions_production_cum.RUS.shell152");
            if (i == 2) {
                // China's dual-use supply made 0.6 x 0.8 x 0.5 = 0.24 of capacity possible, of 0.76 produced.
                assertEquals(0.24 / 0.76, m.get("munitions_partner_share.RUS"), 1e-12);
                assertEquals(0.24 / 0.76, m.get("munitions_supply_share.RUS.PRK"), 1e-12);
            }
        }
        assertTrue(expected[1] < expected[0], "export controls cut production");
        assertTrue(expected[2] > expected[1], "a partner's inputs restore part of it");
        assertEquals(expected[0], expected[3], 1e-9, "no imported inputs, nothing to cut");
    }

    @Test
    void p1IndustryShareBuysCapacity() {
        // P1 with a 1% industry share: DEU (its only holding) invests 1% of 80 bn a year; lag 1 year, 3 years.
        Map<String, Double> p = params(
                MunitionParameters.stockRounds("shell155", "DEU"), 0,
                MunitionParameters.capacityCostUsdPerRoundPerYear("shell155"), 10_000,
                MunitionParameters.rampLagYears("shell155"), 1);
        var floor = new TreeMap<Integer, Double>(Map.of(2026, 2.0));
        var none = run(IndustryFixtures.config(p, List.of(new PrepareForReducedUsPresence("NATO_EUROPE", floor)),
                TheaterState.PEACE, 3));
        var share = run(IndustryFixtures.config(p, List.of(new PrepareForReducedUsPresence("NATO_EUROPE", floor, 1.0, false)),
                TheaterState.PEACE, 3));
        assertEquals(0.0, none.get("munitions_capacity_end.DEU.shell155"));
        assertEquals(105 * 0.8e9 * YEAR_SHARE / 10_000, share.get("munitions_capacity_end.DEU.shell155"), 1e-6);
    }
}
