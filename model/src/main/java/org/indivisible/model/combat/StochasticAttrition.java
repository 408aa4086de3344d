package org.indivisible.model.combat;

import java.util.random.RandomGenerator;

/**
 * A deterministic law's losses made random: each side's loss over the interval is drawn from a
 * Poisson distribution whose mean is the deterministic loss (the losses of a pure death process
 * whose rate is held at its interval mean), capped at the side's strength. Each call draws
 * exactly two uniforms (x's loss, then y's), by inverse transform: the exact Poisson CDF below a
 * mean of {@link #NORMAL_FROM_MEAN}, a continuity-corrected normal approximation above it.
 * Strengths in fractional units (combat power) keep their fractional part in the mean.
 * Immutable and thread safe.
 *
 * @param mean the deterministic law whose losses are the means
 */
public record StochasticAttrition(AttritionModel mean) implements AttritionModel {

    /** Mean above which the normal approximation replaces the exact Poisson inverse CDF. */
    public static final double NORMAL_FROM_MEAN = 50;

    @Override
    public void advance(double x, double y, double days, RandomGenerator random, double[] survivors) {
        mean.advance(x, y, days, random, survivors);
        double lossX = poisson(x - survivors[0], random.nextDouble());
        double lossY = poisson(y - survivors[1], random.nextDouble());
        survivors[0] = Math.max(0, x - Math.min(x, lossX));
        survivors[1] = Math.max(0, y - Math.min(y, lossY));
    }

    /** The u-quantile of a Poisson distribution with mean {@code m} (0 when m is 0). */
    static double poisson(double m, double u) {
        if (m <= 0) {
            return 0;
        }
        if (m >= NORMAL_FROM_MEAN) {
            return Math.max(0, Math.floor(m + Math.sqrt(m) * inverseNormal(u) + 0.5));
        }
        double p = Math.exp(-m);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 10_000) {
            k++;
            p *= m / k;
            cdf += p;
        }
        return k;
    }

    /** Standard normal quantile (Acklam 2003 rational approximation, relative error below 1.2e-9). */
    static double inverseNormal(double u) {
        if (u <= 0) {
            return -8;
        }
        if (u >= 1) {
            return 8;
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (u < low) {
            double q = Math.sqrt(-2 * Math.log(u));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (u > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - u));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = u - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
