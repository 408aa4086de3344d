package org.indivisible.analysis.statistics;

import com.tdunning.math.stats.MergingDigest;

/**
 * Accumulates one metric's values in the order given, in memory that does not grow with the
 * number of values. Mean and variance use Welford's updates (Knuth, TAOCP vol. 2, 4.2.2);
 * quantiles come from a merging t-digest (Dunning and Ertl 2019, "Computing extremely accurate
 * quantiles using t-digests", library {@code com.tdunning:t-digest} 3.3) with compression
 * {@value #COMPRESSION}: a few kilobytes per metric, rank error well under 1% in the tails.
 *
 * <p>Deterministic: {@code MergingDigest} sorts its buffer with a stable sort (ties broken by
 * arrival order), so the same values in the same order give the same digest bit for bit; the
 * library's random quicksort pivot only changes how fast that unique order is found. The
 * ensemble feeds values in replication order, so statistics do not depend on threads.
 * Not thread safe.
 */
public final class MetricAccumulator {

    /** t-digest compression: about 2 x this many centroids at most. */
    public static final double COMPRESSION = 200;

    private long n;
    private double mean;
    private double sumSquares;
    private final MergingDigest digest = new MergingDigest(COMPRESSION);

    public void add(double value) {
        n++;
        double delta = value - mean;
        mean += delta / n;
        sumSquares += delta * (value - mean);
        digest.add(value);
    }

    public long count() {
        return n;
    }

    /** The digest's estimate of quantile {@code p} (0..1); exact at 0 and 1 (min and max). */
    public double quantile(double p) {
        if (n == 0) {
            throw new IllegalStateException("no values");
        }
        return digest.quantile(p);
    }

    /** Bytes the digest holds, for memory accounting. */
    public int digestBytes() {
        return digest.byteSize();
    }

    public MetricSummary summary() {
        if (n == 0) {
            throw new IllegalStateException("no values");
        }
        double sd = n > 1 ? Math.sqrt(sumSquares / (n - 1)) : 0;
        return new MetricSummary(mean, sd, quantile(0.05), quantile(0.50), quantile(0.95), n);
    }
}
