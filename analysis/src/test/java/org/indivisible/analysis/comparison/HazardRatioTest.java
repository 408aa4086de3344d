package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HazardRatioTest {

    @Test
    void aLeverThatScalesEveryWeeksHazardHasThatRatio() {
        // Cumulative hazards H_B,k drawn at random; the treatment multiplies each week's hazard by
        // 0.8, so H_T,k = 0.8 H_B,k and p = 1 - exp(-H): the ratio is 0.8 and, every pair being in
        // proportion, there is no spread to make an interval of.
        SplittableRandom r = new SplittableRandom(2);
        int n = 200;
        double[] pb = new double[n];
        double[] pt = new double[n];
        for (int k = 0; k < n; k++) {
            double h = 0.05 + 0.3 * r.nextDouble();
            pb[k] = 1 - Math.exp(-h);
            pt[k] = 1 - Math.exp(-0.8 * h);
        }
        HazardRatio hr = HazardRatio.fromImpliedProbabilities(pb, pt);
        assertEquals(0.8, hr.ratio(), 1e-12);
        // No spread but rounding: either no interval at all or one within rounding of 0.8.
        assertTrue(hr.interval() == null
                || Math.abs(hr.interval().low() - 0.8) < 1e-6 && Math.abs(hr.interval().high() - 0.8) < 1e-6, hr.toString());
        assertFalse(hr.identical());
    }

    @Test
    void identicalPathsAreSaidSo() {
        double[] p = {0.1, 0.2, 0.3};
        HazardRatio hr = HazardRatio.fromImpliedProbabilities(p, p.clone());
        assertTrue(hr.identical());
        assertEquals(1, hr.ratio(), 0);
    }

    @Test
    void intervalCoversTheTrueRatio() {
        // A noisy lever: H_T = H_B exp(e), e ~ N(ln 0.9, 0.2^2) independent of H_B, so
        // E[H_T] / E[H_B] = 0.9 exp(0.02). 1000 experiments of 100 pairs: coverage near 95%.
        SplittableRandom r = new SplittableRandom(3);
        double truth = 0.9 * Math.exp(0.02);
        int covered = 0;
        for (int e = 0; e < 1000; e++) {
            double[] hb = new double[100];
            double[] ht = new double[100];
            for (int k = 0; k < 100; k++) {
                hb[k] = 0.05 + 0.3 * r.nextDouble();
                ht[k] = hb[k] * Math.exp(Math.log(0.9) + 0.2 * r.nextGaussian());
            }
            if (HazardRatio.of(hb, ht).interval().contains(truth)) {
                covered++;
            }
        }
        assertTrue(covered >= 930 && covered <= 970, covered + " of 1000");
    }
}
