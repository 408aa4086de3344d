package org.indivisible.analysis.statistics;

import com.tdunning.math.stats.MergingDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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
 *
 * <p>The digest is the costly part of a fold, and folding is the serial part of an ensemble. So
 * values are collected in batches of {@value #BATCH}; given an executor, each full batch is added
 * to the digest by a task chained after the previous batch's (so the digest still sees every
 * value in order, on whichever thread), while the folding thread goes on. Without an executor
 * the batches are added at once. Both give the same digest bit for bit.
 *
 * <p>Not thread safe: {@link #add} from one thread at a time (with happens-before between
 * callers, as the ensemble's fold lock gives); the chained tasks touch only the digest.
 */
public final class MetricAccumulator {

    /** t-digest compression: about 2 x this many centroids at most. */
    public static final double COMPRESSION = 200;

    /** Values per batch handed to the digest. */
    static final int BATCH = 512;
    /** Batches that may wait for the executor before the folding thread waits for them. */
    private static final int MAX_PENDING_BATCHES = 8;

    private final Executor executor;
    private long n;
    private double mean;
    private double sumSquares;
    private final MergingDigest digest = new MergingDigest(COMPRESSION);
    private double[] batch = new double[BATCH];
    private int filled;
    private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    private int pendingBatches;

    /** Adds batches to the digest on the calling thread. */
    public MetricAccumulator() {
        this(null);
    }

    /** Adds full batches to the digest on {@code executor} (null: on the calling thread). */
    public MetricAccumulator(Executor executor) {
        this.executor = executor;
    }

    public void add(double value) {
        n++;
        double delta = value - mean;
        mean += delta / n;
        sumSquares += delta * (value - mean);
        batch[filled++] = value;
        if (filled == BATCH) {
            flushBatch();
        }
    }

    private void flushBatch() {
        if (filled == 0) {
            return;
        }
        double[] values = batch;
        int count = filled;
        batch = new double[BATCH];
        filled = 0;
        if (executor == null) {
            addAll(values, count);
            return;
        }
        if (pendingBatches >= MAX_PENDING_BATCHES) {
            pending.join();
            pendingBatches = 0;
        }
        pending = pending.thenRunAsync(() -> addAll(values, count), executor);
        pendingBatches++;
    }

    private void addAll(double[] values, int count) {
        for (int i = 0; i < count; i++) {
            digest.add(values[i]);
        }
    }

    /** Hands the last partial batch to the digest and waits until it holds every value. */
    private void settle() {
        flushBatch();
        pending.join();
        pendingBatches = 0;
    }

    public long count() {
        return n;
    }

    /** The digest's estimate of quantile {@code p} (0..1); exact at 0 and 1 (min and max). */
    public double quantile(double p) {
        if (n == 0) {
            throw new IllegalStateException("no values");
        }
        settle();
        return digest.quantile(p);
    }

    /** Bytes the digest holds, for memory accounting. */
    public int digestBytes() {
        settle();
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
