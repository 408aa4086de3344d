package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.combat.CampaignOutcome;
import org.indivisible.model.combat.campaign.CampaignParameters;
import org.indivisible.model.combat.campaign.TaiwanCampaign;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * The Taiwan campaign's phases at the snapshot's central values against cases worked out by
 * hand: an uncontested crossing lands the full lift's 16,000 troops a turn (F311); with no lift
 * nothing lands and the island holds at once; with no sea denial at all the island falls; the
 * US LRASM magazine (F316) runs dry and the US then fires JASSM-ERs.
 */
class TaiwanCampaignTest {

    private static final String P = CampaignParameters.PREFIX;

    private static Map<String, Double> central() {
        Map<String, Double> m = new HashMap<>();
        for (UncertainParameter p : EmbeddedSnapshot.load().parameters()) {
            m.put(p.id(), p.value());
        }
        return m;
    }

    /** About the snapshot's ready forces in the theater (fighters, escorts, bombers, SSNs, ships). */
    private static final TaiwanCampaign.Levels LEVELS = new TaiwanCampaign.Levels(650, 50, 310, 140, 24, 4, 8, 160);
    /** The US at once and in full, Japan granting basing: uniforms 0 (delay), 1 (scale), 0 (basing). */
    private static final TaiwanCampaign.Draws PROMPT = new TaiwanCampaign.Draws(0, 0.999999, 0);

    @Test
    void anUncontestedFirstCrossingLandsTheWholeLiftsTroops() {
        Map<String, Double> v = central();
        v.put(P + "twn.harpoons", 0.0);
        v.put(P + "us.interventionDelayWeeks", 100.0);
        TaiwanCampaign c = TaiwanCampaignPropertiesTest.fight(v, new TaiwanCampaign.Draws(0.5, 0.5, 0.9), LEVELS);
        assertEquals(CampaignOutcome.FALLS, c.outcome(), "nothing contests the crossing and the US never comes");
        assertEquals(0, c.loss(TaiwanCampaign.Side.CHN, TaiwanCampaign.Loss.LIFT_SHIPS), 1e-12);
        // The first turn lands all 16,000 (nothing ashore to supply yet).
        TaiwanCampaign one = new TaiwanCampaign(new CampaignParameters(v::get), new TaiwanCampaign.Draws(0.5, 0.5, 0.9));
        one.arm(LEVELS);
        one.turn(LEVELS);
        assertEquals(16000, one.troopsLanded(), 1e-9);
    }

    @Test
    void withoutLiftNothingLandsAndTheIslandHolds() {
        Map<String, Double> v = central();
        v.put(P + "pla.liftShips", 0.0);
        TaiwanCampaign c = TaiwanCampaignPropertiesTest.fight(v, PROMPT, LEVELS);
        assertEquals(CampaignOutcome.HOLDS, c.outcome());
        assertEquals(0.5, c.outcomeWeek(), 1e-12, "decided after the first turn");
        assertEquals(0, c.troopsLanded(), 1e-12);
    }

    @Test
    void theLrasmMagazineRunsDryAndJassmErTakesOver() {
        Map<String, Double> v = central();
        // A lift fleet too large to sink soon, so the US keeps firing.
        v.put(P + "pla.liftShips", 2000.0);
        // Without basing (uniform 0.999 above any basing probability) only bombers launch.
        TaiwanCampaign c = new TaiwanCampaign(new CampaignParameters(v::get), new TaiwanCampaign.Draws(0, 0.999999, 0.999));
        c.arm(LEVELS);
        for (int t = 0; t < 20 && c.outcome() == null; t++) {
            c.turn(LEVELS);
        }
        var lrasm = c.magazines()[1];
        var jassm = c.magazines()[2];
        assertEquals("lrasm", lrasm.id());
        // 24 bombers x 16 missiles = 384 a turn: 450 last two turns (week 0.5 is the second turn).
        assertEquals(0.5, lrasm.weekExhausted(), 1e-12);
        assertTrue(jassm.fired() > 0, "after the LRASMs the US fires JASSM-ERs");
        assertEquals(0, lrasm.minDaysOfSupply(), 1e-9);
    }
}
