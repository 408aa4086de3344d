package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact McNemar analysis against published and independently computed values: Fagerland,
 * Lydersen and Laake (2013), "The McNemar test for binary matched-pairs data", BMC Medical
 * Research Methodology 13:91, example of 21 children with 1 and 7 discordant pairs (exact
 * conditional p = 0.070 = 18/256 by hand); scipy 1.17's binomtest (src/test/python/binary_reference.py)
 * for the other p-values and the conditional odds ratio intervals.
 */
class McNemarTest {

    @Test
    void exactPValuesMatchThePublishedExampleAndScipy() {
        McNemar m = McNemar.exact(21, 1, 7, 0.95);
        assertEquals(18.0 / 256, m.pValue(), 1e-12);
        assertEquals(0.0703125000, m.pValue(), 1e-10);
        assertEquals(0.0004882812, McNemar.exact(40, 0, 12, 0.95).pValue(), 1e-10);
        assertEquals(1.0, McNemar.exact(40, 3, 3, 0.95).pValue(), 1e-12);
        assertEquals(0.0166738478, McNemar.exact(100, 10, 25, 0.95).pValue(), 1e-10);
        assertEquals(1.0, McNemar.exact(100, 0, 0, 0.95).pValue(), 0);
    }

    @Test
    void conditionalOddsRatioIntervalMatchesScipy() {
        McNemar m = McNemar.exact(21, 1, 7, 0.95);
        assertEquals(0.0031697390, m.oddsRatio().low(), 1e-8);
        assertEquals(1.1119755536, m.oddsRatio().high(), 1e-8);
        McNemar n = McNemar.exact(100, 10, 25, 0.95);
        assertEquals(0.1714467977, n.oddsRatio().low(), 1e-8);
        assertEquals(0.8623522232, n.oddsRatio().high(), 1e-8);
        assertEquals(0, McNemar.exact(40, 0, 12, 0.95).oddsRatio().low(), 0);
        assertEquals(0.3598938173, McNemar.exact(40, 0, 12, 0.95).oddsRatio().high(), 1e-8);
    }

    @Test
    void withNoDiscordantPairTheDifferenceIsBoundedNotZeroWidth() {
        // The exact 97.5% upper bound of the discordance rate at 0 of n (scipy: 0.0428740302 at
        // n = 100, 0.0216718497 at n = 200; closed form 1 - 0.0125^(1/n)).
        for (int n : new int[] {100, 200}) {
            double u = 1 - Math.pow(0.0125, 1.0 / n);
            McNemar m = McNemar.exact(new double[n], new double[n], 0.95);
            assertEquals(0, m.estimate(), 0);
            assertEquals(-u, m.difference().low(), 1e-9);
            assertEquals(u, m.difference().high(), 1e-9);
        }
        assertEquals(0.0428740302, McNemar.exact(100, 0, 0, 0.95).difference().high(), 1e-9);
        assertEquals(0.0216718497, McNemar.exact(200, 0, 0, 0.95).difference().high(), 1e-9);
    }

    @Test
    void countsComeFromThePairs() {
        double[] base = {1, 1, 0, 0, 1, 0};
        double[] treat = {1, 0, 1, 0, 0, 0};
        McNemar m = McNemar.exact(base, treat, 0.95);
        assertEquals(1, m.treatmentOnly());
        assertEquals(2, m.baselineOnly());
        assertEquals(-1.0 / 6, m.estimate(), 1e-15);
        assertTrue(m.difference().contains(m.estimate()));
    }

    @Test
    void theDifferenceIntervalCoversAtLeastNinetyFivePercent() {
        // 2000 simulated experiments of n = 100 pairs with P(treatment only) = 0.02 and
        // P(baseline only) = 0.06 (true difference -0.04): the interval covers it in at least 95%
        // (binomial sd 0.5%; the construction is conservative, so expect more).
        SplittableRandom r = new SplittableRandom(11);
        int covered = 0;
        int experiments = 2000;
        for (int e = 0; e < experiments; e++) {
            long b = 0;
            long c = 0;
            for (int k = 0; k < 100; k++) {
                double u = r.nextDouble();
                if (u < 0.02) {
                    b++;
                } else if (u < 0.08) {
                    c++;
                }
            }
            if (McNemar.exact(100, b, c, 0.95).difference().contains(-0.04)) {
                covered++;
            }
        }
        assertTrue(covered >= 0.95 * experiments, covered + " of " + experiments);
    }

    @Test
    void pairedBinaryDifferencesUseItAndGiveAnMde() {
        double[] base = new double[100];
        double[] treat = new double[100];
        base[3] = 1;
        treat[3] = 1;
        Difference none = Difference.paired("p_conflict.taiwan", base, treat);
        assertEquals(Difference.Method.EXACT_MCNEMAR, none.method());
        assertTrue(none.noneDiffers());
        assertTrue(none.high() > 0.04 && none.low() < -0.04, none.toString());
        assertFalse(none.significant());
        // No discordant pair: the conservative MDE, (t(.975, 99) + t(.8, 99)) sqrt(u / n), u = 1 - 0.025^(1/100)
        // (the t quantiles from scipy.stats.t.ppf).
        double u = 1 - Math.pow(0.025, 0.01);
        assertEquals((1.9842169515 + 0.8452670320) * Math.sqrt(u / 100), none.mde(), 1e-6);
    }
}
