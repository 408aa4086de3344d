package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Wilson and Clopper-Pearson against Newcombe (1998), "Two-sided confidence intervals for the
 * single proportion", Statistics in Medicine 17:857-872, Table II (methods 3 and 5, four
 * decimals), and against scipy 1.17 (binomtest(k, n).proportion_ci, method "wilson" and "exact";
 * src/test/python/binary_reference.py prints them) to 1e-8.
 */
class BinaryIntervalsTest {

    /**
     * Newcombe's cases (k of n) with, for Wilson and then Clopper-Pearson, the table's low and high
     * ends and scipy's.
     */
    private static final double[][] NEWCOMBE = {
            {81, 263, 0.2553, 0.3662, 0.2552885199, 0.3662095770, 0.2527, 0.3676, 0.2527367456, 0.3676219226},
            {15, 148, 0.0624, 0.1605, 0.0623863995, 0.1604872417, 0.0578, 0.1617, 0.0578440101, 0.1616504903},
            {0, 20, 0.0000, 0.1611, 0.0, 0.1611251581, 0.0000, 0.1684, 0.0, 0.1684334710},
            {1, 29, 0.0061, 0.1718, 0.0061132143, 0.1717552188, 0.0009, 0.1776, 0.0008726469, 0.1776442955}};

    @Test
    void wilsonMatchesNewcombesTableAndScipy() {
        for (double[] c : NEWCOMBE) {
            check(BinaryIntervals.wilson((long) c[0], (long) c[1], 0.95), c[2], c[3], c[4], c[5]);
        }
    }

    @Test
    void clopperPearsonMatchesNewcombesTableAndScipy() {
        for (double[] c : NEWCOMBE) {
            check(BinaryIntervals.clopperPearson((long) c[0], (long) c[1], 0.95), c[6], c[7], c[8], c[9]);
        }
    }

    @Test
    void noIntervalHasZeroWidthAtTheEnds() {
        for (long n : new long[] {1, 10, 100, 10_000}) {
            for (long k : new long[] {0, n}) {
                assertTrue(BinaryIntervals.wilson(k, n, 0.95).halfWidth() > 0, k + "/" + n);
                assertTrue(BinaryIntervals.clopperPearson(k, n, 0.95).halfWidth() > 0, k + "/" + n);
            }
        }
        // Closed form at k = 0: Clopper-Pearson's upper end is 1 - (alpha/2)^(1/n).
        assertEquals(1 - Math.pow(0.025, 1.0 / 100), BinaryIntervals.clopperPearson(0, 100, 0.95).high(), 1e-9);
    }

    @Test
    void clopperPearsonCoversAtLeastNinetyFivePercent() {
        // Exact coverage (a sum over k, not a simulation) at p = 0.03 and n = 100: Clopper-Pearson is
        // conservative for every p; Wilson's is near 95% on average but may fall below it.
        double p = 0.03;
        int n = 100;
        double cp = 0;
        org.apache.commons.math3.distribution.BinomialDistribution bin =
                new org.apache.commons.math3.distribution.BinomialDistribution(null, n, p);
        for (int k = 0; k <= n; k++) {
            if (BinaryIntervals.clopperPearson(k, n, 0.95).contains(p)) {
                cp += bin.probability(k);
            }
        }
        assertTrue(cp >= 0.95, "coverage " + cp);
        SplittableRandom r = new SplittableRandom(1);
        assertTrue(BinaryIntervals.wilson(r.nextInt(1, 50), 50, 0.95).halfWidth() > 0);
    }

    private static void check(Interval i, double lowTable, double highTable, double lowScipy, double highScipy) {
        assertEquals(lowTable, i.low(), 0.00005 + 1e-12);
        assertEquals(highTable, i.high(), 0.00005 + 1e-12);
        assertEquals(lowScipy, i.low(), 1e-8);
        assertEquals(highScipy, i.high(), 1e-8);
    }
}
