package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.DecisionMode;
import org.indivisible.model.decision.DecisionRecord;
import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.engine.World;

/**
 * P2's peacetime path (docs/decisions.md 10) on the shipped baseline and the real snapshot, over
 * random draws of every parameter: the default study's P2 never raises North Korea's weekly hazard
 * before either run's war starts (its lines and common standard only add to the defenders' days of
 * fire), and at least one of the draws lowers it somewhere (the path reaches the decision).
 * China's and Russia's wars are forbidden so that only Korea's is asked.
 */
class EndurancePathPropertyTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    private static final Study STUDY = ScenarioFiles.loadStudy(ShippedScenariosTest.SCENARIOS.resolve("default-study.yaml"),
            SNAPSHOT).orElseThrow();

    @Property(tries = 8)
    void p2NeverRaisesNorthKoreasHazard(@ForAll @IntRange(min = 0, max = 10_000) int replication) {
        DecisionSettings onlyKorea = new DecisionSettings("hazard", new TreeMap<>(Map.of("CHN.taiwan", DecisionMode.FORBID,
                "RUS.nato_europe", DecisionMode.FORBID, "RUS.ukraine", DecisionMode.FORBID)));
        Configuration without = ScenarioCompiler.compile(STUDY.cell("baseline", "P0"), SNAPSHOT).withDecisions(onlyKorea);
        Configuration with = ScenarioCompiler.compile(STUDY.cell("baseline", "P2"), SNAPSHOT).withDecisions(onlyKorea);
        RunSettings settings = new RunSettings(20261128L, true, false);
        List<double[]> a = hazards(without, settings, replication);
        List<double[]> b = hazards(with, settings, replication);
        for (int s = 0; s < Math.min(a.size(), b.size()); s++) {
            if (a.get(s)[1] > 0 || b.get(s)[1] > 0) {
                break; // a war started: the worlds part
            }
            assertTrue(b.get(s)[0] <= a.get(s)[0] * (1 + 1e-12), "step " + s + ": " + b.get(s)[0] + " with P2, "
                    + a.get(s)[0] + " without");
        }
    }

    /**
     * With North Korea expecting a year-long war (the top of decision.warWeeks.PRK.korea), the
     * reference stocks do not last it, so P2's added rounds and common standard lower the hazard.
     */
    @org.junit.jupiter.api.Test
    void p2LowersNorthKoreasHazardWhenItExpectsALongWar() {
        DecisionSettings onlyKorea = new DecisionSettings("hazard", new TreeMap<>(Map.of("CHN.taiwan", DecisionMode.FORBID,
                "RUS.nato_europe", DecisionMode.FORBID, "RUS.ukraine", DecisionMode.FORBID)));
        RunSettings settings = new RunSettings(20261128L, true, false);
        int lowered = 0;
        for (int replication = 0; replication < 3; replication++) {
            List<double[]> a = hazards(longWar(ScenarioCompiler.compile(STUDY.cell("baseline", "P0"), SNAPSHOT))
                    .withDecisions(onlyKorea), settings, replication);
            List<double[]> b = hazards(longWar(ScenarioCompiler.compile(STUDY.cell("baseline", "P2"), SNAPSHOT))
                    .withDecisions(onlyKorea), settings, replication);
            for (int s = 0; s < Math.min(a.size(), b.size()) && a.get(s)[1] == 0 && b.get(s)[1] == 0; s++) {
                lowered += b.get(s)[0] < a.get(s)[0] * (1 - 1e-9) ? 1 : 0;
            }
        }
        assertTrue(lowered > 0, "P2 never lowered North Korea's hazard: its path does not reach the decision");
    }

    private static Configuration longWar(Configuration c) {
        String id = "decision.warWeeks.PRK.korea";
        return c.withParameters(c.parameters().stream().map(p -> p.id().equals(id)
                ? p.withDistribution(52, new org.indivisible.model.parameter.Distribution.Fixed(52)) : p).toList());
    }

    /** Per step, {PRK's hazard this week, 1 once its war started}. */
    private static List<double[]> hazards(Configuration config, RunSettings settings, int replication) {
        List<double[]> out = new ArrayList<>();
        Observer recorder = new Observer() {
            @Override
            public void afterStep(World world) {
                DecisionRecord r = world.part(DecisionRecord.class);
                for (int i = 0; i < r.pairs().size(); i++) {
                    if (r.pairs().get(i).id().equals("PRK.korea")) {
                        out.add(new double[] {r.lastHazardPerWeek(i), r.startedStep(i) >= 0 ? 1 : 0});
                    }
                }
            }

            @Override
            public void finish(World world, Outcome.Builder outcome) {
            }
        };
        WithObserver.run(config, settings, replication, recorder);
        return out;
    }
}
