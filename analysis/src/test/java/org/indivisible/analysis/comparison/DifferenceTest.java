package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DifferenceTest {

    @Test
    void tQuantilesMatchTheTable() {
        // Two-sided 95% critical values, t(0.975, df): any statistics table (e.g. Law 2015,
        // Table T.1; scipy.stats.t.ppf(0.975, df)).
        assertEquals(12.7062, StudentT.quantile(0.975, 1), 1e-4);
        assertEquals(2.7764, StudentT.quantile(0.975, 4), 1e-4);
        assertEquals(2.2281, StudentT.quantile(0.975, 10), 1e-4);
        assertEquals(2.0423, StudentT.quantile(0.975, 30), 1e-4);
        assertEquals(1.9623, StudentT.quantile(0.975, 1000), 1e-4);
        assertEquals(-2.2281, StudentT.quantile(0.025, 10), 1e-4);
        assertEquals(0.5, StudentT.cdf(0, 7), 1e-15);
    }

    @Test
    void pairedIntervalByHand() {
        // d = 1, 2, 3, 4, 5: mean 3, sd sqrt(2.5), half-width t(0.975, 4) sqrt(2.5 / 5).
        Difference d = Difference.paired("m", new double[] {10, 10, 10, 10, 10}, new double[] {11, 12, 13, 14, 15});
        assertEquals(3, d.difference(), 1e-12);
        double half = 2.7764451051977987 * Math.sqrt(2.5 / 5);
        assertEquals(3 - half, d.low(), 1e-9);
        assertEquals(3 + half, d.high(), 1e-9);
        assertTrue(d.significant());
        assertTrue(d.paired());
    }

    @Test
    void pairingRemovesSharedNoise() {
        // Common random numbers: both treatments see the same large noise; the effect is 0.1.
        SplittableRandom r = new SplittableRandom(4);
        int n = 200;
        double[] base = new double[n];
        double[] treat = new double[n];
        for (int k = 0; k < n; k++) {
            double noise = 10 * r.nextGaussian();
            base[k] = noise;
            treat[k] = noise + 0.1 + 0.01 * r.nextGaussian();
        }
        Difference paired = Difference.paired("m", base, treat);
        Difference unpaired = Difference.welch("m", base, treat);
        assertTrue(paired.significant());
        assertFalse(unpaired.significant());
        assertEquals(0.1, paired.difference(), 0.005);
    }

    @Test
    void coverageOfThePairedIntervalIsNinetyFivePercent() {
        // 2000 experiments of n = 8 pairs with a true difference of 1: about 95% of intervals
        // contain it (binomial sd 0.5%, so 93.5%..96.5% is 3 sd).
        SplittableRandom r = new SplittableRandom(5);
        int covered = 0;
        for (int e = 0; e < 2000; e++) {
            double[] b = new double[8];
            double[] t = new double[8];
            for (int k = 0; k < 8; k++) {
                b[k] = r.nextGaussian();
                t[k] = b[k] + 1 + r.nextGaussian();
            }
            Difference d = Difference.paired("m", b, t);
            if (d.low() <= 1 && 1 <= d.high()) {
                covered++;
            }
        }
        assertEquals(0.95, covered / 2000.0, 0.015);
    }
}
