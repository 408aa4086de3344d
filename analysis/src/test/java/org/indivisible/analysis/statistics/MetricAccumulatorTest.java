package org.indivisible.analysis.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricAccumulatorTest {

    @Test
    void meanAndSdMatchNumpy() {
        // Expected values from src/test/resources/statistics/expected_summary.py (numpy 2.4, std ddof=1).
        MetricAccumulator acc = new MetricAccumulator();
        for (double v : new double[] {3.1, -2.0, 7.5, 0.0, 12.0, 4.4, 4.4, 9.0, -5.5, 1.0}) {
            acc.add(v);
        }
        MetricSummary s = acc.summary();
        assertEquals(3.39, s.mean(), 1e-12);
        assertEquals(5.26950345541842, s.sd(), 1e-12);
        assertEquals(10, s.n());
        // Small samples: the digest keeps every value, so quantiles lie between the order
        // statistics around the exact (type 7) ones: -3.925, 3.75, 10.65.
        assertTrue(s.p05() >= -5.5 && s.p05() <= -2.0, "p05 " + s.p05());
        assertTrue(s.p50() >= 3.1 && s.p50() <= 4.4, "p50 " + s.p50());
        assertTrue(s.p95() >= 9.0 && s.p95() <= 12.0, "p95 " + s.p95());
    }

    @Test
    void singleValueHasZeroSpread() {
        MetricAccumulator acc = new MetricAccumulator();
        acc.add(4);
        assertEquals(new MetricSummary(4, 0, 4, 4, 4, 1), acc.summary());
    }

    @Test
    void quantilesOfAMillionValuesAreWithinATenthOfAPercentInRank() {
        // The rank of the sketch's quantile among the exact sorted values must be within
        // 0.1% of the asked probability (t-digest's error is smallest in the tails).
        int n = 1_000_000;
        double[] values = new double[n];
        SplittableRandom random = new SplittableRandom(42);
        MetricAccumulator acc = new MetricAccumulator();
        for (int i = 0; i < n; i++) {
            values[i] = Math.exp(random.nextGaussian()); // skewed: lognormal
            acc.add(values[i]);
        }
        Arrays.sort(values);
        for (double p : new double[] {0.05, 0.5, 0.95}) {
            double q = acc.quantile(p);
            int rank = Arrays.binarySearch(values, q);
            double share = (rank >= 0 ? rank : -rank - 1) / (double) n;
            assertEquals(p, share, 0.001, "p = " + p);
        }
        assertEquals(values[0], acc.quantile(0), 0);
        assertEquals(values[n - 1], acc.quantile(1), 0);
    }

    @Test
    void memoryDoesNotGrowWithValues() {
        MetricAccumulator acc = new MetricAccumulator();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            acc.add(random.nextDouble());
        }
        int after10k = acc.digestBytes();
        for (int i = 0; i < 1_000_000; i++) {
            acc.add(random.nextDouble());
        }
        assertTrue(acc.digestBytes() <= after10k * 1.5, after10k + " -> " + acc.digestBytes());
        assertTrue(acc.digestBytes() < 64 * 1024, "digest bytes " + acc.digestBytes());
    }

    @Test
    void sameValuesInSameOrderGiveTheSameBits() {
        // Many ties (0/1 indicators, repeated weeks) are where an unstable sort would show.
        MetricSummary[] runs = new MetricSummary[2];
        for (int run = 0; run < 2; run++) {
            SplittableRandom random = new SplittableRandom(9);
            MetricAccumulator acc = new MetricAccumulator();
            for (int i = 0; i < 200_000; i++) {
                acc.add(random.nextInt(3) == 0 ? 1 : random.nextInt(5));
            }
            runs[run] = acc.summary();
        }
        assertEquals(runs[0], runs[1]);
    }
}
