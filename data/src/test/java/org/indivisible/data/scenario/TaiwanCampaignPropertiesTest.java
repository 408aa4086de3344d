package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    /** A replication's draws and the forces in theater (jqwik's), for two campaigns that differ in one parameter. */
    record Trial(TaiwanCampaign.Draws draws, TaiwanCampaign.Levels levels) {

        /** The results with every parameter central but {@code id}, at {@code from} and then at {@code to}. */
        CampaignOutcome[] outcomes(String id, double from, double to) {
            Map<String, Double> a = central();
            a.put(id, from);
            Map<String, Double> b = central();
            b.put(id, to);
            return new CampaignOutcome[] {fight(a, draws, levels).outcome(), fight(b, draws, levels).outcome()};
        }
    }

    @Provide
    Arbitrary<Trial> trials() {
        Arbitrary<Double> u = Arbitraries.doubles().between(0, 0.99);
        Arbitrary<Double> forces = Arbitraries.doubles().between(0.5, 2);
        return Combinators.combine(u, u, u, forces, forces)
                .as((u1, u2, u3, pla, us) -> new Trial(new TaiwanCampaign.Draws(u1, u2, u3), levels(pla, 1, us, 1)));
    }

    @Property(tries = 200)
    void moreAmphibiousLiftNeverLowersTheInvadersResult(@ForAll("trials") Trial trial,
                                                        @ForAll @DoubleRange(min = 1, max = 100) double extra) {
        double ships = central().get(P + "pla.liftShips");
        CampaignOutcome[] o = trial.outcomes(P + "pla.liftShips", ships, ships + extra);
        assertTrue(rank(o[1]) >= rank(o[0]), o[0] + " with " + ships + " ships, " + o[1] + " with " + extra + " more");
    }

    @Property(tries = 200)
    void moreTaiwaneseAntiShipMissilesNeverRaiseTheInvadersResult(@ForAll("trials") Trial trial,
                                                                  @ForAll @DoubleRange(min = 1, max = 1000) double extra) {
        double harpoons = central().get(P + "twn.harpoons");
        CampaignOutcome[] o = trial.outcomes(P + "twn.harpoons", harpoons, harpoons + extra);
        assertTrue(rank(o[1]) <= rank(o[0]), o[0] + " with the snapshot's Harpoons, " + o[1] + " with " + extra + " more");
    }

    @Property(tries = 200)
    void anEarlierUsInterventionNeverRaisesTheInvadersResult(@ForAll("trials") Trial trial,
                                                             @ForAll @DoubleRange(min = 0.01, max = 0.99) double earlier) {
        CampaignOutcome[] o = trial.outcomes(P + "us.interventionDelayWeeks", 3.0, 3.0 * earlier);
        assertTrue(rank(o[1]) <= rank(o[0]), o[0] + " with a mean delay of 3 weeks, " + o[1] + " with " + 3 * earlier);
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
