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
                    shocks.tradeOpen[shocks.tradeIndex(1, 0, to)] = 0;
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
                shocks.tradeOpen[shocks.tradeIndex(s, 0, to)] = 0;
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
}
