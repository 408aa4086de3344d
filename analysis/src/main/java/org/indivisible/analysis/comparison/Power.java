package org.indivisible.analysis.comparison;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The minimum detectable effect (MDE) of a comparison: the smallest true difference that a
 * two-sided test at level alpha finds with the given power, for n paired differences of standard
 * deviation sd: MDE = (t(1 - alpha/2, n - 1) + t(power, n - 1)) sd / sqrt(n) (the usual
 * approximation to the noncentral t; Bloom 1995, "Minimum detectable effects", Evaluation Review
 * 19(5); with alpha 0.05 and power 0.8 the factor tends to 2.80). Stateless.
 *
 * <p>A binary paired outcome in which no pair differs has sd = 0, which would claim that any
 * effect is detectable. The conservative rule then used ({@link #binaryMdeWithoutDiscordance}):
 * the variance of a paired 0/1 difference is at most the discordance rate pi_D, which with no
 * discordant pair in n is below its exact 95% upper bound 1 - 0.025^(1/n), so
 * MDE <= factor sqrt(bound / n).
 */
public final class Power {

    /** The conventional level and power the output states. */
    public static final double ALPHA = 0.05;
    public static final double POWER = 0.8;

    private Power() {
    }

    /** The MDE at {@link #ALPHA} and {@link #POWER}; infinite for n < 2. */
    public static double mde(double sd, long n) {
        return mde(sd, n, ALPHA, POWER);
    }

    public static double mde(double sd, long n, double alpha, double power) {
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        return factor(n, alpha, power) * sd / Math.sqrt(n);
    }

    /** t(1 - alpha/2, n - 1) + t(power, n - 1). */
    public static double factor(long n, double alpha, double power) {
        TDistribution t = new TDistribution(null, n - 1);
        return t.inverseCumulativeProbability(1 - alpha / 2) + t.inverseCumulativeProbability(power);
    }

    /** The conservative MDE of a paired 0/1 difference when none of the n pairs is discordant. */
    public static double binaryMdeWithoutDiscordance(long n) {
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double bound = BinaryIntervals.clopperPearson(0, n, 1 - ALPHA).high();
        return factor(n, ALPHA, POWER) * Math.sqrt(bound / n);
    }
}
