package org.indivisible.analysis.design;

import java.util.SplittableRandom;

/**
 * Sobol' first-order and total sensitivity indices by Saltelli sampling (Saltelli et al. 2010,
 * Computer Physics Communications 181, 259-270). Two independent n x k matrices A and B of
 * uniform points (pseudo-random from the seed) and, for each factor i, AB_i = A with column i
 * taken from B: n (k + 2) model runs in the order A, B, AB_1, ..., AB_k. With f the model:
 *
 * <pre>
 *   V    = variance of f over all rows of A and B
 *   S_i  = (1/n) sum_j f(B)_j (f(AB_i)_j - f(A)_j) / V           (Saltelli 2010, Table 2 (b))
 *   ST_i = (1/2n) sum_j (f(A)_j - f(AB_i)_j)^2 / V               (Jansen 1999; Table 2 (f))
 * </pre>
 *
 * f is centred on the mean of f(A) and f(B) first: this leaves the estimators' expectations
 * unchanged and cuts the first-order estimator's variance when the mean is large against the
 * spread (as Saltelli et al. 2010, section 3, advise).
 *
 * <p>95% intervals are percentile bootstrap intervals over the n rows (Efron and Tibshirani 1993),
 * resampled with a fixed seed, so they too are reproducible. Immutable.
 *
 * @param factors k
 * @param samples n
 * @param points the n (k + 2) points to evaluate
 */
public record SobolIndices(int factors, int samples, double[][] points) {

    /** One factor's indices with 95% bootstrap intervals. */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {
    }

    public static SobolIndices design(int factors, int samples, long seed) {
        if (factors < 1 || samples < 2) {
            throw new IllegalArgumentException("Sobol needs at least 1 factor and 2 samples");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[samples][factors];
        double[][] b = new double[samples][factors];
        for (int j = 0; j < samples; j++) {
            for (int f = 0; f < factors; f++) {
                a[j][f] = random.nextDouble();
            }
            for (int f = 0; f < factors; f++) {
                b[j][f] = random.nextDouble();
            }
        }
        double[][] points = new double[samples * (factors + 2)][];
        for (int j = 0; j < samples; j++) {
            points[j] = a[j];
            points[samples + j] = b[j];
            for (int i = 0; i < factors; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                points[(2 + i) * samples + j] = ab;
            }
        }
        return new SobolIndices(factors, samples, points);
    }

    /** The base row (0..n-1) a point belongs to: points of one row may share random numbers. */
    public int row(int point) {
        return point % samples;
    }

    public Index[] analyse(double[] y, int bootstrapSamples, long seed) {
        if (y.length != points.length) {
            throw new IllegalArgumentException("need " + points.length + " values, got " + y.length);
        }
        int n = samples;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = estimate(y, all);
        double[][] boot = new double[2 * factors][bootstrapSamples];
        SplittableRandom random = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrapSamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double[][] e = estimate(y, rows);
            for (int i = 0; i < factors; i++) {
                boot[i][b] = e[0][i];
                boot[factors + i][b] = e[1][i];
            }
        }
        Index[] out = new Index[factors];
        for (int i = 0; i < factors; i++) {
            java.util.Arrays.sort(boot[i]);
            java.util.Arrays.sort(boot[factors + i]);
            out[i] = new Index(point[0][i], percentile(boot[i], 0.025), percentile(boot[i], 0.975),
                    point[1][i], percentile(boot[factors + i], 0.025), percentile(boot[factors + i], 0.975));
        }
        return out;
    }

    /** [first-order per factor, total per factor] over the given rows (with repeats). */
    private double[][] estimate(double[] y, int[] rows) {
        int n = samples;
        double mean = 0;
        for (int j : rows) {
            mean += y[j] + y[n + j];
        }
        mean /= 2.0 * rows.length;
        double variance = 0;
        for (int j : rows) {
            variance += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
        }
        variance /= 2.0 * rows.length - 1;
        double[][] s = new double[2][factors];
        for (int i = 0; i < factors; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double fa = y[j] - mean;
                double fb = y[n + j] - mean;
                double fab = y[(2 + i) * n + j] - mean;
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s[0][i] = variance == 0 ? 0 : first / rows.length / variance;
            s[1][i] = variance == 0 ? 0 : total / (2.0 * rows.length) / variance;
        }
        return s;
    }

    private static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
