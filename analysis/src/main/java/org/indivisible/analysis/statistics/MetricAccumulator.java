package org.indivisible.analysis.statistics;

import com.tdunning.math.stats.MergingDigest;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Accumulates one metric's values in the order given, in memory that does not grow with the
 * number of values. Mean and variance are exact (Welford's updates, Knuth, TAOCP vol. 2, 4.2.2);
 * quantiles come from a merging t-digest (Dunning and Ertl 2019, "Computing extremely accurate
 * quantiles using t-digests", library {@code com.tdunning:t-digest} 3.3) with compression
 * {@value #COMPRESSION}: rank error under 0.1% at p05, p50 and p95 (MetricAccumulatorTest).
 *
 * <p><b>Memory</b> (docs/performance.md, "Memory model"): an accumulator costs what its values
 * need. The first {@value #BATCH} values are kept as they are, in an array that starts at
 * {@value #FIRST_CAPACITY} values and doubles: {@link #retainedBytes()} is
 * {@value #FIXED_BYTES} + 8 x capacity bytes (at most 4,176). Only the value after the
 * {@value #BATCH}-th allocates the digest ({@value #DIGEST_BYTES} bytes with its buffers at this
 * compression), which from then on takes the values in batches. A cell at 20 replications thus
 * holds 336 bytes per metric, not 52 KB. The quantiles asked of an accumulator whose digest was never
 * allocated come from a digest made for the question, fed the same values in the same order,
 * and dropped: the digest's state depends only on the sequence of values it was given, so the
 * results are bit-identical to a digest that had been there from the first value.
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
    /** Capacity of the value array of a new accumulator. */
    static final int FIRST_CAPACITY = 8;
    /**
     * Bytes of an accumulator without its value array's elements (64-bit JVM, compressed
     * references): the object (12 header + 8 x 3 doubles/long + 4 x 2 ints + 4 x 4 references
     * = 60, padded to 64), the array's header (16), the completed future it starts with (shared).
     */
    static final int FIXED_BYTES = 64 + 16;
    /**
     * Bytes of a {@code MergingDigest} at compression {@value #COMPRESSION}: arrays of 410 means
     * and weights, 2,050 buffered means and weights and 2,050 sort indices (sizes read from the
     * library, MetricAccumulatorTest), their 5 headers and the object.
     */
    static final int DIGEST_BYTES = (2 * 410 + 2 * 2050) * 8 + 2050 * 4 + 5 * 16 + 96;
    /** Batches that may wait for the executor before the folding thread waits for them. */
    private static final int MAX_PENDING_BATCHES = 8;
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final Executor executor;
    private long n;
    private double mean;
    private double sumSquares;
    /** Null until the first full batch: small samples never need one. */
    private MergingDigest digest;
    private double[] batch = new double[FIRST_CAPACITY];
    private int filled;
    private CompletableFuture<Void> pending = DONE;
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
        if (filled == batch.length) {
            if (filled == BATCH) {
                flushBatch();
            } else {
                batch = Arrays.copyOf(batch, filled * 2);
            }
        }
        batch[filled++] = value;
    }

    private void flushBatch() {
        if (filled == 0) {
            return;
        }
        if (digest == null) {
            digest = new MergingDigest(COMPRESSION);
        }
        double[] values = batch;
        int count = filled;
        batch = new double[BATCH];
        filled = 0;
        if (executor == null) {
            addAll(digest, values, count);
            return;
        }
        if (pendingBatches >= MAX_PENDING_BATCHES) {
            pending.join();
            pendingBatches = 0;
        }
        MergingDigest target = digest;
        pending = pending.thenRunAsync(() -> addAll(target, values, count), executor);
        pendingBatches++;
    }

    private static void addAll(MergingDigest digest, double[] values, int count) {
        for (int i = 0; i < count; i++) {
            digest.add(values[i]);
        }
    }

    /**
     * The digest holding every value so far: the accumulator's own once it has one (the last
     * partial batch handed to it first), else one made now from the values kept.
     */
    private MergingDigest settled() {
        if (digest == null) {
            MergingDigest temporary = new MergingDigest(COMPRESSION);
            addAll(temporary, batch, filled);
            return temporary;
        }
        flushBatch();
        pending.join();
        pending = DONE;
        pendingBatches = 0;
        return digest;
    }

    public long count() {
        return n;
    }

    /** The digest's estimate of quantile {@code p} (0..1); exact at 0 and 1 (min and max). */
    public double quantile(double p) {
        if (n == 0) {
            throw new IllegalStateException("no values");
        }
        return settled().quantile(p);
    }

    /** Bytes the digest's serialized form takes (its centroids), for memory accounting. */
    public int digestBytes() {
        return settled().byteSize();
    }

    /**
     * Bytes this accumulator holds on the heap now (estimated from its fields, see
     * {@link #FIXED_BYTES} and {@link #DIGEST_BYTES}); batches still queued for the digest
     * thread are not counted (at most {@value #MAX_PENDING_BATCHES} x 4 KiB, briefly).
     */
    public long retainedBytes() {
        return FIXED_BYTES + 8L * batch.length + (digest != null ? DIGEST_BYTES : 0);
    }

    /** Mean, sd, p05, p50, p95 and n; for several quantiles the digest is settled once. */
    public MetricSummary summary() {
        if (n == 0) {
            throw new IllegalStateException("no values");
        }
        double sd = n > 1 ? Math.sqrt(sumSquares / (n - 1)) : 0;
        MergingDigest d = settled();
        return new MetricSummary(mean, sd, d.quantile(0.05), d.quantile(0.50), d.quantile(0.95), n);
    }
}
