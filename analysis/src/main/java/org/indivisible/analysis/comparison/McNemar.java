package org.indivisible.analysis.comparison;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The exact McNemar analysis of a paired binary outcome (treatment and baseline in the same
 * replication, common random numbers). Of n pairs, {@code treatmentOnly} (b) have the event
 * under the treatment alone and {@code baselineOnly} (c) under the baseline alone; the
 * concordant pairs say nothing about the difference. Immutable.
 *
 * <ul>
 *   <li><b>Test</b> (exact conditional McNemar test): given the D = b + c discordant pairs, b is
 *       Binomial(D, 1/2) when the treatment has no effect; the two-sided p-value is
 *       min(1, 2 P(X <= min(b, c))). D = 0 gives p = 1.</li>
 *   <li><b>Conditional odds ratio</b> psi = pi_10 / pi_01, estimated by b / c: the Clopper-Pearson
 *       interval for theta = b / D mapped through theta / (1 - theta) (Breslow and Day 1980, 7.4;
 *       Agresti 2013, 11.1.4). [0, infinity] when D = 0.</li>
 *   <li><b>Risk difference</b> Delta = (b - c) / n, the change in the probability of the event. Its
 *       interval combines a Clopper-Pearson interval for the discordance rate pi_D = D / n and one
 *       for theta, each at 1 - alpha/2 (Bonferroni): Delta = pi_D (2 theta - 1) is bilinear, so its
 *       range over the two intervals' rectangle is taken at the corners. Coverage is at least
 *       1 - alpha for every (pi_10, pi_01) (each interval is exact; the theta interval is exact
 *       conditionally on D). It never has zero width: with no discordant pair it is
 *       [-u, +u], u the exact upper bound of pi_D at D = 0, which is 1 - (alpha/4)^(1/n).</li>
 * </ul>
 *
 * @param n pairs
 * @param treatmentOnly b, pairs with the event under the treatment only
 * @param baselineOnly c, pairs with the event under the baseline only
 * @param pValue the exact two-sided p-value
 * @param oddsRatio interval for the conditional odds ratio b / c
 * @param difference interval for (b - c) / n
 */
public record McNemar(long n, long treatmentOnly, long baselineOnly, double pValue, Interval oddsRatio,
                      Interval difference) {

    /** The estimated risk difference (b - c) / n. */
    public double estimate() {
        return (double) (treatmentOnly - baselineOnly) / n;
    }

    public long discordant() {
        return treatmentOnly + baselineOnly;
    }

    /** From 0/1 outcomes paired by index; any other value is refused. */
    public static McNemar exact(double[] baseline, double[] treatment, double confidence) {
        if (baseline.length != treatment.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + baseline.length + " and " + treatment.length);
        }
        long b = 0;
        long c = 0;
        for (int k = 0; k < baseline.length; k++) {
            if (!isBinary(baseline[k]) || !isBinary(treatment[k])) {
                throw new IllegalArgumentException("McNemar needs 0/1 outcomes, got " + baseline[k] + " and " + treatment[k]);
            }
            if (treatment[k] > baseline[k]) {
                b++;
            } else if (treatment[k] < baseline[k]) {
                c++;
            }
        }
        return exact(baseline.length, b, c, confidence);
    }

    /** From the counts: n pairs, b treatment-only events, c baseline-only events. */
    public static McNemar exact(long n, long b, long c, double confidence) {
        if (n < 1 || b < 0 || c < 0 || b + c > n) {
            throw new IllegalArgumentException("need b, c >= 0 and b + c <= n, got n = " + n + ", b = " + b + ", c = " + c);
        }
        long d = b + c;
        double p = d == 0 ? 1 : Math.min(1, 2 * new BinomialDistribution(null, (int) d, 0.5).cumulativeProbability((int) Math.min(b, c)));
        Interval theta = d == 0 ? new Interval(0, 1) : BinaryIntervals.clopperPearson(b, d, confidence);
        Interval odds = new Interval(odds(theta.low()), odds(theta.high()));
        double each = 1 - (1 - confidence) / 2;
        Interval rate = BinaryIntervals.clopperPearson(d, n, each);
        Interval thetaEach = d == 0 ? new Interval(0, 1) : BinaryIntervals.clopperPearson(b, d, each);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double r : new double[] {rate.low(), rate.high()}) {
            for (double t : new double[] {thetaEach.low(), thetaEach.high()}) {
                double delta = r * (2 * t - 1);
                lo = Math.min(lo, delta);
                hi = Math.max(hi, delta);
            }
        }
        return new McNemar(n, b, c, p, odds, new Interval(lo, hi));
    }

    private static double odds(double theta) {
        return theta >= 1 ? Double.POSITIVE_INFINITY : theta / (1 - theta);
    }

    static boolean isBinary(double x) {
        return x == 0 || x == 1;
    }
}
