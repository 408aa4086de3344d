package org.indivisible.model.industry;

import static org.indivisible.model.industry.IndustryFixtures.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;

/** The compatibility matrix: family by holder and date; only standard families pool. */
class CompatibilityTest {

    private static final MunitionType SHELL_155 = MunitionType.byId("shell155").orElseThrow();

    /** The plan of a peaceful year in which each holder has one round of the munition. */
    private static IndustryPlan planWithOneRoundEach(String munition, String... holders) {
        Map<String, Double> stocks = new TreeMap<>();
        for (String holder : holders) {
            stocks.put(MunitionParameters.stockRounds(munition, holder), 1.0);
        }
        return IndustryPlan.of(IndustryFixtures.config(stocks, List.of(), TheaterState.PEACE, 1));
    }

    @Test
    void natoMembersAndListedPartnersHoldTheStandardOthersANationalFamily() {
        Configuration config = IndustryFixtures.config(params(), List.of(), TheaterState.PEACE, 1);
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertEquals("NATO_155", IndustryPlan.family(SHELL_155, "DEU", day, Optional.empty(), config));
        assertEquals("UKR_155", IndustryPlan.family(SHELL_155, "UKR", day, Optional.empty(), config));
        assertEquals("KOR_155", IndustryPlan.family(SHELL_155, "KOR", day, Optional.empty(), config));
        var p2 = Optional.of(new IndustrialCooperation(List.of(new IndustrialCooperation.StandardAdoption("shell155",
                List.of("KOR"), LocalDate.of(2028, 1, 1))), List.of(), List.of()));
        assertEquals("KOR_155", IndustryPlan.family(SHELL_155, "KOR", day, p2, config));
        assertEquals("NATO_155", IndustryPlan.family(SHELL_155, "KOR", LocalDate.of(2028, 1, 1), p2, config));
    }

    @Test
    void sovietCalibresNeverPool() {
        IndustryPlan plan = planWithOneRoundEach("shell152", "RUS", "PRK", "UKR");
        int rus = plan.holding("RUS", "shell152");
        // North Korea's shells reach Russia only through the transfer, never as a shared pool.
        assertNotEquals(plan.pool(rus, 0), plan.pool(plan.holding("PRK", "shell152"), 0));
        assertNotEquals(plan.pool(rus, 0), plan.pool(plan.holding("UKR", "shell152"), 0));
    }

    @Test
    void natoMembersPoolTheStandard() {
        IndustryPlan plan = planWithOneRoundEach("shell155", "DEU", "USA", "KOR");
        assertEquals(plan.pool(plan.holding("DEU", "shell155"), 0), plan.pool(plan.holding("USA", "shell155"), 0));
        assertTrue(plan.pool(plan.holding("KOR", "shell155"), 0) != plan.pool(plan.holding("USA", "shell155"), 0));
    }
}
