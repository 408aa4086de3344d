package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.combat.CampaignOutcome;
import org.indivisible.model.combat.campaign.CampaignParameters;
import org.indivisible.model.combat.campaign.TaiwanCampaign;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's directional properties of the Taiwan campaign, with common random numbers so that
 * monotonicity can be checked exactly. Two levels: the campaign alone (jqwik picks the
 * replication's draws, the forces in theater and the size of the change; every other parameter
 * at its snapshot central value), where the invader's result must be monotone replication by
 * replication; and the shipped taiwan-invasion scenario in the whole model, where the share of
 * replications in which Taiwan falls must be monotone over the same replications.
 * Result order: holds < stalemate < falls (the invader's success).
 */
class TaiwanCampaignPropertiesTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    private static final String P = CampaignParameters.PREFIX;
    private static final int REPLICATIONS = 40;

    private static Map<String, Double> central() {
        Map<String, Double> m = new HashMap<>();
        for (UncertainParameter p : SNAPSHOT.parameters()) {
            m.put(p.id(), p.value());
        }
        return m;
    }

    private static int rank(CampaignOutcome o) {
        return switch (o) {
            case HOLDS -> 0;
            case STALEMATE -> 1;
            case FALLS -> 2;
        };
    }

    /** Fights the campaign alone for at most two years of turns against fixed forces. */
    static TaiwanCampaign fight(Map<String, Double> values, TaiwanCampaign.Draws draws, TaiwanCampaign.Levels levels) {
        TaiwanCampaign c = new TaiwanCampaign(new CampaignParameters(id -> {
            Double v = values.get(id);
            if (v == null) {
                throw new IllegalStateException("no parameter " + id);
            }
            return v;
        }), draws);
        c.arm(levels);
        for (int t = 0; t < 208 && c.outcome() == null; t++) {
            c.turn(levels);
        }
        c.end();
        return c;
    }

    private static TaiwanCampaign.Levels levels(double pla, double twn, double us, double scale) {
        // Fighters, escorts, bombers, submarines and ships around the snapshot's ready forces, scaled.
        return new TaiwanCampaign.Levels(pla * 650, pla * 50, twn * 310, us * 140, us * 24, us * scale * 4,
                us * scale * 8, twn * 160);
    }

    @Property(tries = 200)
    void moreAmphibiousLiftNeverLowersTheInvadersResult(
            @ForAll @DoubleRange(min = 0, max = 0.99) double u1, @ForAll @DoubleRange(min = 0, max = 0.99) double u2,
            @ForAll @DoubleRange(min = 0, max = 0.99) double u3, @ForAll @DoubleRange(min = 0.5, max = 2) double pla,
            @ForAll @DoubleRange(min = 0.5, max = 2) double us, @ForAll @DoubleRange(min = 1, max = 100) double extra) {
        Map<String, Double> base = central();
        Map<String, Double> more = central();
        more.put(P + "pla.liftShips", base.get(P + "pla.liftShips") + extra);
        TaiwanCampaign.Draws d = new TaiwanCampaign.Draws(u1, u2, u3);
        TaiwanCampaign.Levels lv = levels(pla, 1, us, 1);
        TaiwanCampaign a = fight(base, d, lv);
        TaiwanCampaign b = fight(more, d, lv);
        assertTrue(rank(b.outcome()) >= rank(a.outcome()), a.outcome() + " with " + base.get(P + "pla.liftShips")
                + " ships, " + b.outcome() + " with " + extra + " more");
    }

    @Property(tries = 200)
    void moreTaiwaneseAntiShipMissilesNeverRaiseTheInvadersResult(
            @ForAll @DoubleRange(min = 0, max = 0.99) double u1, @ForAll @DoubleRange(min = 0, max = 0.99) double u2,
            @ForAll @DoubleRange(min = 0, max = 0.99) double u3, @ForAll @DoubleRange(min = 0.5, max = 2) double pla,
            @ForAll @DoubleRange(min = 0.5, max = 2) double us, @ForAll @DoubleRange(min = 1, max = 1000) double extra) {
        Map<String, Double> base = central();
        Map<String, Double> more = central();
        more.put(P + "twn.harpoons", base.get(P + "twn.harpoons") + extra);
        TaiwanCampaign.Draws d = new TaiwanCampaign.Draws(u1, u2, u3);
        TaiwanCampaign.Levels lv = levels(pla, 1, us, 1);
        TaiwanCampaign a = fight(base, d, lv);
        TaiwanCampaign b = fight(more, d, lv);
        assertTrue(rank(b.outcome()) <= rank(a.outcome()), a.outcome() + " with the snapshot's Harpoons, "
                + b.outcome() + " with " + extra + " more");
    }

    @Property(tries = 200)
    void anEarlierUsInterventionNeverRaisesTheInvadersResult(
            @ForAll @DoubleRange(min = 0, max = 0.99) double u1, @ForAll @DoubleRange(min = 0, max = 0.99) double u2,
            @ForAll @DoubleRange(min = 0, max = 0.99) double u3, @ForAll @DoubleRange(min = 0.5, max = 2) double pla,
            @ForAll @DoubleRange(min = 0.5, max = 2) double us, @ForAll @DoubleRange(min = 0.01, max = 0.99) double earlier) {
        Map<String, Double> late = central();
        late.put(P + "us.interventionDelayWeeks", 3.0);
        Map<String, Double> early = central();
        early.put(P + "us.interventionDelayWeeks", 3.0 * earlier);
        TaiwanCampaign.Draws d = new TaiwanCampaign.Draws(u1, u2, u3);
        TaiwanCampaign.Levels lv = levels(pla, 1, us, 1);
        TaiwanCampaign a = fight(late, d, lv);
        TaiwanCampaign b = fight(early, d, lv);
        assertTrue(rank(b.outcome()) <= rank(a.outcome()), a.outcome() + " with a mean delay of 3 weeks, "
                + b.outcome() + " with " + 3 * earlier);
    }

    // The whole model on the shipped scenario: shares over the same replications (common random numbers).

    private static Configuration shipped(Map<String, Double> shifts) {
        Scenario s = ScenarioFiles.loadScenario(Path.of("..", "scenarios", "taiwan-invasion.yaml").toAbsolutePath()
                .normalize(), SNAPSHOT).orElseThrow();
        Configuration c = ScenarioCompiler.compile(s, "P0", SNAPSHOT).withDecisions(DecisionSettings.OFF);
        List<UncertainParameter> shifted = new ArrayList<>();
        for (UncertainParameter p : c.parameters()) {
            Double k = shifts.get(p.id());
            if (k != null) {
                Distribution d = p.distribution();
                Distribution moved = d instanceof Distribution.Triangular t
                        ? new Distribution.Triangular(t.low() + k, t.mode() + k, t.high() + k)
                        : new Distribution.Fixed(p.value() + k);
                p = new UncertainParameter(p.id(), p.value() + k, moved, p.unit(), p.sourceId(), p.status(), p.note());
            }
            shifted.add(p);
        }
        return c.withParameters(shifted);
    }

    private static int falls(Configuration c) {
        Engine engine = org.indivisible.data.EmbeddedData.engine();
        RunSettings settings = new RunSettings(20261202L, true, false);
        int n = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            n += engine.run(c, settings, r).metrics().getOrDefault("campaign_falls.taiwan", 0.0) > 0.5 ? 1 : 0;
        }
        return n;
    }

    @Test
    void inTheWholeModelTheShareThatFallsMovesTheRightWay() {
        int base = falls(shipped(Map.of()));
        int moreLift = falls(shipped(Map.of(P + "pla.liftShips", 40.0)));
        int moreHarpoons = falls(shipped(Map.of(P + "twn.harpoons", 400.0)));
        int earlier = falls(shipped(Map.of(P + "us.interventionDelayWeeks", -0.45)));
        assertTrue(moreLift >= base, "more lift: " + moreLift + " falls of " + REPLICATIONS + ", base " + base);
        assertTrue(moreHarpoons <= base, "more Harpoons: " + moreHarpoons + ", base " + base);
        assertTrue(earlier <= base, "earlier intervention: " + earlier + ", base " + base);
        assertTrue(moreLift > moreHarpoons, "the levers move the result at all (" + moreLift + " vs " + moreHarpoons + ")");
    }
}
