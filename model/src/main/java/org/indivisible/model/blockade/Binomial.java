package org.indivisible.model.blockade;

/**
 * A binomial draw from exactly one uniform, so that a stream's draws stay aligned whatever the
 * counts (common random numbers): the inverse of the distribution function, so that a larger
 * uniform or a larger probability never gives fewer successes (a fleet that stops more ships
 * stops more in every replication). Exact inversion up to {@link #EXACT_MAX} trials (the weekly
 * ship counts); the normal approximation with continuity correction above it.
 */
final class Binomial {

    /** Up to this many trials the inversion is exact ((1 - p)^n stays a normal double for p <= 1/2). */
    static final int EXACT_MAX = 1000;

    private Binomial() {
    }

    /** A draw of Binomial(n, p) from the uniform {@code u} in [0, 1). */
    static int draw(int n, double p, double u) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n > EXACT_MAX) {
            double x = n * p + Math.sqrt(n * p * (1 - p)) * Normal.inverse(Math.min(1 - 1e-12, Math.max(1e-12, u)));
            return (int) Math.max(0, Math.min(n, Math.floor(x + 0.5)));
        }
        if (p > 0.5) {
            return n - draw(n, 1 - p, 1 - u); // mirrored: still the quantile, increasing in u and p
        }
        double q = p / (1 - p);
        double pmf = Math.pow(1 - p, n);
        double cdf = pmf;
        int k = 0;
        while (u >= cdf && k < n) {
            pmf *= q * (n - k) / (k + 1);
            k++;
            cdf += pmf;
        }
        return k;
    }

    /** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
    static final class Normal {
        private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};

        private Normal() {
        }

        static double inverse(double p) {
            double low = 0.02425;
            if (p < low) {
                double q = Math.sqrt(-2 * Math.log(p));
                return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
            }
            if (p > 1 - low) {
                return -inverse(1 - p);
            }
            double q = p - 0.5;
            double r = q * q;
            return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        }
    }
}
