package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.decision.Feature;
import org.indivisible.model.decision.Features;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.engine.World;
import org.indivisible.model.korea.KoreaParameters;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * Russian help to North Korea's missiles (docs/forces-and-combat.md section 9) reaches its
 * decision and the Korean campaign: without it North Korea's missile strike feature starts
 * below the reference by ln(0.5 / r), r the reliability the help has brought by the run's first
 * day, and in a Korean war its missiles hit at least as often with the help as without, in
 * every paired replication.
 */
class KoreaRussianHelpTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    private static final String GROWTH = "munitions.capacityGrowthPctPerYear.srbm.PRK";

    @Test
    void withoutHelpTheMissileFeatureStartsBelowTheReferenceByTheReliabilityGap() {
        double[] help = firstWeekMissileFeature(scenario("baseline.yaml", true));
        double[] none = firstWeekMissileFeature(scenario("baseline.yaml", false));
        // The reference is the baseline's start with the help, at central values.
        assertEquals(0, help[0], 1e-5);
        // Closed form: r(2026-01-05) = 0.5 + 0.1 x (2026 + 4/365 - 2024); the stocks are the same on day one.
        double years = 2026 + 4.0 / 365 - 2024;
        double expected = Math.log(0.5 / (0.5 + 0.1 * years));
        assertEquals(expected, none[0], 1e-5);
    }

    @Test
    void helpNeverLowersTheHitsOnTheDefenders() {
        for (int replication = 0; replication < 3; replication++) {
            var with = run(scenario("korea-war.yaml", true), null, replication).metrics();
            var without = run(scenario("korea-war.yaml", false), null, replication).metrics();
            double hits = with.get("strike_missile_hits.korea");
            double hitsWithout = without.get("strike_missile_hits.korea");
            assertTrue(hits >= hitsWithout, "replication " + replication + ": " + hits + " < " + hitsWithout);
            assertTrue(with.get("strike_defender_power_lost.korea") >= without.get("strike_defender_power_lost.korea"));
            assertTrue(with.get("strike_missile_reliability.korea") > without.get("strike_missile_reliability.korea"));
        }
    }

    private static double[] firstWeekMissileFeature(Configuration config) {
        double[] out = {Double.NaN};
        Observer probe = new Observer() {
            @Override
            public void afterStep(World world) {
                if (world.step() == 0) {
                    Features f = world.part(Features.class);
                    double[] x = new double[Feature.values().length];
                    for (int i = 0; i < f.pairs().size(); i++) {
                        if (f.pairs().get(i).id().equals("PRK.korea")) {
                            f.compute(world, i, x);
                            out[0] = x[Feature.MISSILE_STRIKE.ordinal()];
                        }
                    }
                }
            }

            @Override
            public void finish(World world, Outcome.Builder outcome) {
            }
        };
        run(config, probe, 0);
        return out;
    }

    private static Configuration scenario(String file, boolean help) {
        var loaded = ScenarioFiles.loadScenario(ShippedScenariosTest.SCENARIOS.resolve(file), SNAPSHOT).orElseThrow();
        Configuration config = ScenarioCompiler.compile(loaded, "P0", SNAPSHOT);
        if (help) {
            return config;
        }
        List<UncertainParameter> parameters = new ArrayList<>();
        for (UncertainParameter p : config.parameters()) {
            boolean off = p.id().equals(GROWTH) || p.id().equals(KoreaParameters.RELIABILITY_GAIN);
            parameters.add(off ? UncertainParameter.fixed(p.id(), 0, p.unit(), p.sourceId(), p.status()) : p);
        }
        return config.withParameters(parameters);
    }

    private static Outcome run(Configuration config, Observer probe, int replication) {
        return WithObserver.run(config, new RunSettings(20261128L, replication > 0, false), replication, probe);
    }
}
