package org.indivisible.analysis.comparison;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Confidence intervals for a single proportion k / n, neither of which has zero width when
 * k = 0 or k = n (unlike the normal approximation p +- z sqrt(p (1 - p) / n)). Stateless.
 *
 * <ul>
 *   <li>Wilson's score interval (Wilson 1927; Newcombe 1998, method 3): the p whose score test
 *       does not reject, (k + z^2/2) / (n + z^2) +- z / (n + z^2) sqrt(k (n - k) / n + z^2 / 4).
 *       Coverage close to the nominal level on average; the interval the brief prints.</li>
 *   <li>Clopper-Pearson's "exact" interval (Clopper and Pearson 1934; Newcombe 1998, method 5):
 *       the beta quantiles B(alpha/2; k, n - k + 1) and B(1 - alpha/2; k + 1, n - k), with 0 and
 *       1 at k = 0 and k = n. Coverage at least the nominal level for every p (conservative).</li>
 * </ul>
 *
 * Distributions from Apache Commons Math 3.
 */
public final class BinaryIntervals {

    private BinaryIntervals() {
    }

    /** Wilson's score interval for k successes in n trials at {@code confidence} (e.g. 0.95). */
    public static Interval wilson(long k, long n, double confidence) {
        check(k, n, confidence);
        double z = normalQuantile(1 - (1 - confidence) / 2);
        double z2 = z * z;
        double centre = (k + z2 / 2) / (n + z2);
        double half = z / (n + z2) * Math.sqrt((double) k * (n - k) / n + z2 / 4);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Clopper-Pearson's exact interval for k successes in n trials at {@code confidence}. */
    public static Interval clopperPearson(long k, long n, double confidence) {
        check(k, n, confidence);
        double alpha = 1 - confidence;
        double low = k == 0 ? 0 : new BetaDistribution(null, k, n - k + 1).inverseCumulativeProbability(alpha / 2);
        double high = k == n ? 1 : new BetaDistribution(null, k + 1, n - k).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(low, high);
    }

    /** The standard normal's p-quantile. */
    static double normalQuantile(double p) {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
    }

    private static void check(long k, long n, double confidence) {
        if (n < 1 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n and n >= 1, got k = " + k + ", n = " + n);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
        }
    }
}
