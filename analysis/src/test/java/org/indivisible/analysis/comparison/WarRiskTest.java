package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * WarRisk on synthetic replications built like the model's: a weekly hazard path per replication
 * (a random level and a random jump), one uniform per week shared by the two treatments (common
 * random numbers), the policy scaling every week's hazard by 0.8. The binary outcome, the
 * conditional estimator (probabilities summed to the first start) and p_decision are computed as
 * the decision process records them.
 */
class WarRiskTest {

    private static SortedMap<String, SortedMap<Integer, Double>> cell(int n, double scale, long seed) {
        SortedMap<String, SortedMap<Integer, Double>> out = new TreeMap<>();
        SortedMap<Integer, Double> binary = new TreeMap<>();
        SortedMap<Integer, Double> cond = new TreeMap<>();
        SortedMap<Integer, Double> implied = new TreeMap<>();
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < n; k++) {
            double level = 0.0002 + 0.0006 * r.nextDouble();
            int jumpWeek = r.nextInt(520);
            double jump = 1 + 2 * r.nextDouble();
            boolean started = false;
            double sum = 0;
            double survival = 1;
            for (int t = 0; t < 520; t++) {
                double u = r.nextDouble();
                double p = scale * level * (t >= jumpWeek ? jump : 1);
                survival *= 1 - p;
                if (!started) {
                    sum += p;
                    started = u < p;
                }
            }
            binary.put(k, started ? 1.0 : 0.0);
            cond.put(k, sum);
            implied.put(k, 1 - survival);
        }
        out.put("p_conflict.taiwan", binary);
        out.put("p_war_cond.CHN.taiwan", cond);
        out.put("p_decision.CHN.taiwan", implied);
        return out;
    }

    @Test
    void theConditionalEstimateAgreesWithTheShareAndIsTighter() {
        var base = cell(10_000, 1, 7);
        WarRisk.Level l = WarRisk.level(base, "taiwan").orElseThrow();
        assertTrue(l.hasConditional());
        assertTrue(l.binary() > 0.1 && l.binary() < 0.5, l.toString());
        // Unbiased: within 3 standard errors of the replications' paired difference (binary - conditional).
        Difference d = Difference.pairedT("d", values(base, "p_war_cond.CHN.taiwan"), values(base, "p_conflict.taiwan"));
        assertEquals(l.binary(), l.conditional(), 3 * (d.high() - d.low()) / 2 / 1.96);
        assertTrue(l.conditionalInterval().halfWidth() < 0.5 * l.binaryInterval().halfWidth(), l.toString());
        assertEquals(l.conditional(), l.primary(), 0);
    }

    private static double[] values(SortedMap<String, SortedMap<Integer, Double>> cell, String metric) {
        return cell.get(metric).values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void aLeverThatScalesTheHazardIsFoundByTheConditionalEstimatorAndItsHazardRatio() {
        // Same seed on both sides: the same levels, jumps and uniforms (common random numbers).
        var base = cell(300, 1, 9);
        var policy = cell(300, 0.8, 9);
        WarRisk.Effect e = WarRisk.effect(base, policy, "taiwan").orElseThrow();
        assertTrue(e.conditional().significant(), e.conditional().toString());
        assertTrue(e.conditional().high() < 0);
        assertTrue(e.conditional().mde() > 0 && e.conditional().mde() < Math.abs(e.conditional().difference()));
        assertEquals(Difference.Method.EXACT_MCNEMAR, e.binary().method());
        assertTrue(e.binary().mcnemar().treatmentOnly() == 0, "a lower hazard with the same uniforms never adds a war");
        // p = 1 - exp(-H) is not quite linear in the scale, so the ratio of cumulative hazards is near 0.8.
        assertEquals(0.8, e.hazardRatio().ratio(), 0.01);
        assertTrue(e.hazardRatio().interval().contains(e.hazardRatio().ratio()));
    }

    @Test
    void withoutADecidedPairOnlyTheShareStandsAndNothingHasZeroWidth() {
        SortedMap<String, SortedMap<Integer, Double>> forced = new TreeMap<>();
        SortedMap<Integer, Double> ones = new TreeMap<>();
        for (int k = 0; k < 100; k++) {
            ones.put(k, 1.0);
        }
        forced.put("p_conflict.taiwan", ones);
        WarRisk.Level l = WarRisk.level(forced, "taiwan").orElseThrow();
        assertFalse(l.hasConditional());
        assertEquals(1, l.primary(), 0);
        assertTrue(l.primaryInterval().low() < 0.97, "Wilson at 100 of 100: " + l.primaryInterval());
        WarRisk.Effect e = WarRisk.effect(forced, forced, "taiwan").orElseThrow();
        assertNull(e.conditional());
        assertTrue(e.primary().noneDiffers());
        assertTrue(e.primary().high() > 0.04 && e.primary().low() < -0.04);
    }
}
