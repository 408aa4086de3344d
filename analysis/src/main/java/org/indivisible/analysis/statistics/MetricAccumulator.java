package org.indivisible.analysis.statistics;

import java.util.Arrays;

/**
 * Accumulates one metric's values in the order given. Mean and variance use Welford's
 * updates (Knuth, TAOCP vol. 2, 4.2.2); quantiles are exact, by linear interpolation between
 * order statistics (Hyndman and Fan 1996, definition 7: R's default and numpy's "linear").
 * The values are kept for the quantiles; a quantile sketch replaces them when ensembles grow
 * to millions of replications. Not thread safe.
 */
public final class MetricAccumulator {

    private long n;
    private double mean;
    private double sumSquares;
    private double[] values = new double[16];

    public void add(double value) {
        if (n == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[(int) n] = value;
        n++;
        double delta = value - mean;
        mean += delta / n;
        sumSquares += delta * (value - mean);
    }

    public long count() {
        return n;
    }

    public MetricSummary summary() {
        if (n == 0) {
            throw new IllegalStateException("no values");
        }
        double[] sorted = Arrays.copyOf(values, (int) n);
        Arrays.sort(sorted);
        double sd = n > 1 ? Math.sqrt(sumSquares / (n - 1)) : 0;
        return new MetricSummary(mean, sd, quantile(sorted, 0.05), quantile(sorted, 0.50), quantile(sorted, 0.95), n);
    }

    /** Hyndman-Fan type 7 quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
