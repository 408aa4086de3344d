package org.indivisible.model.economy.inputoutput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dynamic model at rest is the base year every week; under shocks the week balances. */
class DynamicEconomyTest {

    static final int WEEKS = 572;

    static DynamicStructure structure() {
        return new DynamicStructure(LeontiefTest.randomTable(4, 3, 5), new boolean[] {true, true, false});
    }

    @Test
    void atRestReproducesBaseYearEveryWeek() {
        DynamicStructure base = structure();
        DynamicEconomy economy = new DynamicEconomy(base, 9, 4, 0.3, true);
        Shocks none = new Shocks(4, 3);
        for (int week = 0; week < WEEKS; week++) {
            economy.step(none, true);
            for (int i = 0; i < 12; i++) {
                assertEquals(base.output(i), economy.production(i), 1e-9 * base.output(i), "week " + week + " node " + i);
            }
            for (int r = 0; r < 4; r++) {
                assertEquals(1.0, economy.valueAddedRatio(r), 1e-12, "week " + week);
            }
            assertTrue(economy.balance().violations().isEmpty(), economy.balance().violations().toString());
        }
    }

    @Test
    void rationingBalancesEveryWeekAndRecovers() {
        DynamicStructure base = structure();
        DynamicEconomy economy = new DynamicEconomy(base, 3, 2, 0.2, false);
        Shocks shocks = new Shocks(4, 3);
        double lowest = 1;
        for (int week = 0; week < WEEKS; week++) {
            boolean on = week >= 10 && week < 60;
            shocks.reset();
            if (on) {
                shocks.capacity[0] = 0.2;          // region 0 sector 0 loses 80%
                for (int to = 1; to < 4; to++) {   // region 0's goods of sector 1 cannot leave
                    shocks.tradeOpen()[shocks.tradeIndex(1, 0, to)] = 0;
                }
                shocks.demand[2] = 0.9;
            }
            economy.step(shocks, !on);
            assertTrue(economy.balance().violations().isEmpty(), "week " + week + ": " + economy.balance().violations());
            for (int i = 0; i < 12; i++) {
                assertTrue(economy.production(i) <= base.output(i) * shocks.capacity[i] * (1 + 1e-12) || !on,
                        "capacity respected");
            }
            lowest = Math.min(lowest, economy.valueAddedRatio(0));
        }
        assertTrue(lowest < 0.9, "region 0 lost value added: " + lowest);
        assertTrue(economy.atRest(), "back to the base after the shock");
        assertEquals(1.0, economy.valueAddedRatio(0), 0);
    }

    @Test
    void blockedTradeWithoutSubstitutionIsLost() {
        DynamicStructure base = structure();
        DynamicEconomy none = new DynamicEconomy(base, 4, 2, 0, false);
        DynamicEconomy full = new DynamicEconomy(base, 4, 2, 1, false);
        Shocks shocks = new Shocks(4, 3);
        for (int to = 1; to < 4; to++) {
            for (int s = 0; s < 3; s++) {
                shocks.tradeOpen()[shocks.tradeIndex(s, 0, to)] = 0;
            }
        }
        shocks.tradeChanged();
        for (int week = 0; week < 20; week++) {
            none.step(shocks, false);
            full.step(shocks, false);
        }
        double world0 = 0, world1 = 0;
        for (int r = 0; r < 4; r++) {
            world0 += none.regionValueAdded(r);
            world1 += full.regionValueAdded(r);
        }
        assertTrue(world1 > world0, "substitution keeps more of world value added: " + world1 + " vs " + world0);
    }

    /**
     * Under a shock held for years the model settles and is no longer computed: the weeks it skips
     * keep its values within the settle tolerance's effect of the exact model (computed every week),
     * and every week, skipped or not, balances.
     */
    @Test
    void settledWeeksAreSkippedAndStayWithinToleranceOfTheExactModel() {
        DynamicStructure base = structure();
        DynamicEconomy exact = new DynamicEconomy(base, 9, 4, 0.3, false, 0);
        DynamicEconomy settling = new DynamicEconomy(base, 9, 4, 0.3, false);
        Shocks shocks = new Shocks(4, 3);
        shocks.capacity[4] = 0.7;                    // region 1 sector 1 keeps 70% of its capacity
        shocks.demand[3] = 0.95;
        for (int to = 1; to < 4; to++) {
            shocks.tradeOpen()[shocks.tradeIndex(0, 0, to)] = 0.5;
        }
        shocks.tradeChanged();
        double worst = 0;
        for (int week = 0; week < WEEKS; week++) {
            exact.step(shocks, false);
            settling.step(shocks, false);
            assertTrue(settling.balance().violations().isEmpty(), "week " + week + ": " + settling.balance().violations());
            for (int r = 0; r < 4; r++) {
                worst = Math.max(worst, Math.abs(exact.valueAddedRatio(r) - settling.valueAddedRatio(r)));
            }
        }
        assertEquals(WEEKS, exact.computedWeeks(), "the exact model computes every week");
        assertEquals(0, exact.skippedWeeks());
        assertTrue(settling.skippedWeeks() > WEEKS / 2, "settled and skipped: " + settling.skippedWeeks());
        assertEquals(WEEKS, settling.computedWeeks() + settling.skippedWeeks());
        // The fixed point is reached to 1e-10 per week; what the skipped weeks leave out is of that order.
        assertTrue(worst < 1e-8, "value added within 1e-8 of the exact model: " + worst);
        assertTrue(exact.valueAddedRatio(1) < 0.99, "the shock costs region 1 value added: " + exact.valueAddedRatio(1));
        // When the shock ends the settled model moves again and returns to the base.
        shocks.reset();
        for (int week = 0; week < WEEKS && !settling.atRest(); week++) {
            settling.step(shocks, true);
            assertTrue(settling.balance().violations().isEmpty(), settling.balance().violations().toString());
        }
        assertTrue(settling.atRest(), "back at the base after the shock");
    }

    @Test
    void settleToleranceMustBeSmall() {
        DynamicStructure base = structure();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new DynamicEconomy(base, 9, 4, 0.3, false, 0.01));
    }
}
