package org.indivisible.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * One-at-a-time sensitivity on the shipped baseline: Russia's annual base hazard against NATO
 * at the ends of its range. By the hazard rule's definition (docs/decisions.md: the weekly
 * hazard grows with the annual base probability, all else equal, on the same draws) the war
 * probability at the high end is above the centre and the centre above the low end; the centre
 * row is shared, and the design runs the same on one thread and on two.
 */
class OneAtATimeTest {

    private static final String HAZARD = "decision.h0AnnualPct.RUS.nato_europe";
    private static final String METRIC = "p_war_cond.RUS.nato_europe";

    private static Configuration baseline() {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        var study = ScenarioFiles.loadStudy(Path.of("..", "scenarios", "baseline.yaml"), snapshot).orElseThrow();
        return ScenarioCompiler.compile(study.cells().get(0), snapshot);
    }

    @Test
    void theBaseHazardRaisesRussiasWarRiskMonotonicallyOnTheSameDraws() throws Exception {
        Configuration base = baseline();
        List<UncertainParameter> varied = OneAtATime.varied(base, List.of(HAZARD));
        assertEquals(List.of(HAZARD), varied.stream().map(UncertainParameter::id).toList());
        List<String> done = new ArrayList<>();
        List<OneAtATime.Row> one = OneAtATime.run(EmbeddedData.engine(), base, varied, List.of(METRIC), 8, 3, 1, done::add);
        List<OneAtATime.Row> two = OneAtATime.run(EmbeddedData.engine(), base, varied, List.of(METRIC), 8, 3, 2, x -> { });
        OneAtATime.Row r = one.get(0);
        assertTrue(r.low()[0] < r.central()[0] && r.central()[0] < r.high()[0],
                "low " + r.low()[0] + ", central " + r.central()[0] + ", high " + r.high()[0]);
        assertEquals(List.of(HAZARD), done);
        assertArrayEquals(r.low(), two.get(0).low());
        assertArrayEquals(r.high(), two.get(0).high());
    }

    @Test
    void aPointFixesOnlyItsParameter() {
        Configuration base = baseline();
        UncertainParameter p = OneAtATime.varied(base, List.of(HAZARD)).get(0);
        Configuration low = OneAtATime.set(base, p, p.distribution().low());
        for (UncertainParameter q : low.parameters()) {
            if (q.id().equals(HAZARD)) {
                assertEquals(p.distribution().low(), q.value());
                assertEquals(q.distribution().low(), q.distribution().high(), "fixed at the point");
            } else {
                assertEquals(base.parameters().stream().filter(x -> x.id().equals(q.id())).findFirst().orElseThrow(), q);
            }
        }
    }
}
