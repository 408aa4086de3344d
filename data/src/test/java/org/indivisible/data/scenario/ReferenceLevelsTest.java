package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.decision.Features;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.engine.World;
import org.junit.jupiter.api.Test;

/**
 * The decision features' reference state (docs/decisions.md section 2) is the baseline's first
 * week at central values under P0. The snapshot carries it as the parameters
 * {@code decision.reference.*} (flank.csv, status derived); this test recomputes it with the model
 * and fails when the forces data moved it. To regenerate: copy the values this test prints on
 * failure into FlankTables (the missile strike reference into KoreaParameters) and rebuild the snapshot ({@code indivisible data build}).
 */
class ReferenceLevelsTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();

    @Test
    void theSnapshotsReferenceIsTheBaselinesStartAtCentralValues() {
        Study study = ScenarioFiles.loadStudy(ShippedScenariosTest.SCENARIOS.resolve("default-study.yaml"), SNAPSHOT)
                .orElseThrow();
        Configuration baseline = ScenarioCompiler.compile(study.cell("baseline", "P0"), SNAPSHOT);
        Map<String, Double> computed = levels(baseline);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Double> e : computed.entrySet()) {
            double shipped = baseline.parameter(e.getKey()).map(p -> p.value()).orElse(Double.NaN);
            if (!(Math.abs(shipped - e.getValue()) <= 1e-6 * Math.max(1, Math.abs(e.getValue())))) {
                wrong.add(e.getKey() + " is " + shipped + ", the baseline's start gives " + String.format("%.6f", e.getValue()));
            }
        }
        assertTrue(wrong.isEmpty(), "reference levels out of date (update FlankTables):\n" + String.join("\n", wrong));
        assertEquals(13, computed.size());
    }

    /** The first week's balance, US power and defenders' endurance (0 when none fires there) of each decided pair, at central values. */
    static Map<String, Double> levels(Configuration config) {
        Map<String, Double> out = new LinkedHashMap<>();
        Observer reader = new Observer() {
            @Override
            public void afterStep(World world) {
                if (world.step() == 0) {
                    Features f = world.part(Features.class);
                    for (int i = 0; i < f.pairs().size(); i++) {
                        String pair = f.pairs().get(i).id();
                        out.put(Features.REFERENCE_BALANCE + pair, f.startBalance(i));
                        out.put(Features.REFERENCE_US_POWER + pair, f.startUsPower(i));
                        if (Features.MISSILE_PAIRS.containsKey(pair)) {
                            out.put(Features.REFERENCE_MISSILE_STRIKE + pair, f.startMissileStrike(i));
                        }
                        double days = f.startEndurance(i);
                        out.put(Features.REFERENCE_ENDURANCE + pair, Double.isInfinite(days) ? 0 : days);
                    }
                }
            }

            @Override
            public void finish(World world, Outcome.Builder outcome) {
            }
        };
        WithObserver.run(config, new RunSettings(1L, false, false), 0, reader); // central values, no checks
        return out;
    }
}
