package org.indivisible.analysis.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricAccumulatorTest {

    @Test
    void matchesNumpy() {
        // Expected values from src/test/resources/statistics/expected_summary.py (numpy 2.4,
        // np.quantile method="linear", std ddof=1).
        MetricAccumulator acc = new MetricAccumulator();
        for (double v : new double[] {3.1, -2.0, 7.5, 0.0, 12.0, 4.4, 4.4, 9.0, -5.5, 1.0}) {
            acc.add(v);
        }
        MetricSummary s = acc.summary();
        assertEquals(3.39, s.mean(), 1e-12);
        assertEquals(5.26950345541842, s.sd(), 1e-12);
        assertEquals(-3.925, s.p05(), 1e-12);
        assertEquals(3.75, s.p50(), 1e-12);
        assertEquals(10.65, s.p95(), 1e-12);
        assertEquals(10, s.n());
    }

    @Test
    void singleValueHasZeroSpread() {
        MetricAccumulator acc = new MetricAccumulator();
        acc.add(4);
        assertEquals(new MetricSummary(4, 0, 4, 4, 4, 1), acc.summary());
    }

    @Test
    void quantilesOfOneToHundredOneAreTheirRanks() {
        // For 1..101, type-7 quantile p is exactly 1 + 100p.
        MetricAccumulator acc = new MetricAccumulator();
        for (int i = 101; i >= 1; i--) {
            acc.add(i);
        }
        MetricSummary s = acc.summary();
        assertEquals(6, s.p05(), 1e-12);
        assertEquals(51, s.p50(), 1e-12);
        assertEquals(96, s.p95(), 1e-12);
        assertEquals(Math.sqrt(101 * 102 / 12.0), s.sd(), 1e-9); // sample sd of 1..n is sqrt(n(n+1)/12)
    }
}
