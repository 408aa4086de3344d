package org.indivisible.analysis.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tdunning.math.stats.MergingDigest;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    @Test
    void smallSamplesCostTheirValuesNotADigest() {
        MetricAccumulator acc = new MetricAccumulator();
        assertEquals(80 + 8 * 8, acc.retainedBytes());
        for (int i = 0; i < 20; i++) {
            acc.add(i);
        }
        assertEquals(80 + 8 * 32, acc.retainedBytes(), "20 values: an array of 32");
        for (int i = 20; i < 512; i++) {
            acc.add(i);
        }
        assertEquals(80 + 8 * 512, acc.retainedBytes(), "512 values: still no digest");
        acc.add(512);
        assertEquals(80 + 8 * 512 + MetricAccumulator.DIGEST_BYTES, acc.retainedBytes(), "the 513th value makes the digest");
        assertTrue(MetricAccumulator.DIGEST_BYTES > 40_000 && MetricAccumulator.DIGEST_BYTES < 60_000);
    }

    @Test
    void theDigestSizeIsTheLibrarys() throws Exception {
        // DIGEST_BYTES is written out by hand; read the arrays the library allocates at our compression.
        MergingDigest digest = new MergingDigest(MetricAccumulator.COMPRESSION);
        long arrays = 0;
        for (String name : new String[] {"weight", "mean", "tempWeight", "tempMean", "order"}) {
            Field f = MergingDigest.class.getDeclaredField(name);
            f.setAccessible(true);
            Object array = f.get(digest);
            int element = array instanceof int[] ? 4 : 8;
            arrays += 16 + (long) element * Array.getLength(array);
        }
        assertEquals(arrays + 96, MetricAccumulator.DIGEST_BYTES);
    }

    @Test
    void retainedBytesAreWhatTheHeapHolds() {
        // Measured independently of the estimate: heap in use after GC with and without 20,000
        // accumulators of 20 values (a cell of the default study at -n 20 holds ~1,400).
        int count = 20_000;
        long before = usedAfterGc();
        MetricAccumulator[] kept = new MetricAccumulator[count];
        long estimated = 0;
        for (int k = 0; k < count; k++) {
            kept[k] = new MetricAccumulator();
            for (int i = 0; i < 20; i++) {
                kept[k].add(i * 0.5 + k);
            }
            estimated += kept[k].retainedBytes();
        }
        long measured = usedAfterGc() - before - (16 + 4L * count); // less the array of references
        assertTrue(Math.abs(measured - estimated) < 0.15 * estimated,
                "measured " + measured + " bytes, estimated " + estimated + " for " + count + " accumulators");
        assertTrue(measured / count < 400, "bytes per accumulator of 20 values: " + measured / count);
        assertEquals(count, Arrays.stream(kept).filter(a -> a.count() == 20).count());
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void deferringTheDigestChangesNoBit() throws Exception {
        // A digest fed every value from the first (what the accumulator did before it kept small
        // samples as values) gives the same quantiles bit for bit, inline or on an executor.
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            for (int n : new int[] {1, 2, 20, 511, 512, 513, 1024, 1025, 5000}) {
                SplittableRandom random = new SplittableRandom(n);
                MergingDigest reference = new MergingDigest(MetricAccumulator.COMPRESSION);
                MetricAccumulator inline = new MetricAccumulator();
                MetricAccumulator batched = new MetricAccumulator(executor);
                for (int i = 0; i < n; i++) {
                    double v = random.nextInt(4) == 0 ? 1.0 : Math.exp(random.nextGaussian());
                    reference.add(v);
                    inline.add(v);
                    batched.add(v);
                }
                for (MetricAccumulator acc : new MetricAccumulator[] {inline, batched}) {
                    MetricSummary s = acc.summary();
                    assertEquals(reference.quantile(0.05), s.p05(), 0, "n " + n);
                    assertEquals(reference.quantile(0.50), s.p50(), 0, "n " + n);
                    assertEquals(reference.quantile(0.95), s.p95(), 0, "n " + n);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
