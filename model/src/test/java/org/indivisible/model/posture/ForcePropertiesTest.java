package org.indivisible.model.posture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.indivisible.model.combat.CampaignOutcome;

/**
 * Over generated attrition rates, with invariants checked after every step:
 * no force goes negative, losses never exceed what a side had, Europe's balance never rises
 * above its start (nothing but US movements and the allies' partial response changes it),
 * and exactly one campaign outcome is recorded.
 */
class ForcePropertiesTest {

    @Property(tries = 40)
    void forcesStaySoundUnderAnyAttrition(@ForAll @DoubleRange(min = 0, max = 0.05) double defenderLoss,
                                          @ForAll @DoubleRange(min = 0, max = 0.05) double attackerLoss) {
        RedeploymentTest.Trace trace = new RedeploymentTest.Trace();
        Map<String, Double> m = RedeploymentTest.run(ForceFixtures.world(List.of(), defenderLoss, attackerLoss), trace)
                .metrics();
        double start = m.get("europe_balance_ratio_start");
        for (double r : trace.ratio) {
            assertTrue(r <= start * (1 + 1e-12), "ratio " + r + " above the start " + start);
        }
        // China had 40 ships and 30 squadrons in the Pacific; it cannot lose more.
        assertTrue(m.get("losses.taiwan.CHN.surface_combatant") <= 40 + 1e-9);
        assertTrue(m.get("losses.taiwan.CHN.fighter_squadron") <= 30 + 1e-9);
        double outcomes = 0;
        for (CampaignOutcome o : CampaignOutcome.values()) {
            outcomes += m.get("campaign_" + o.id() + ".taiwan");
        }
        assertEquals(1.0, outcomes);
    }
}
