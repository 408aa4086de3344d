package org.indivisible.analysis.comparison;

/**
 * The difference of a metric's mean between a treatment and a baseline, with a 95% confidence
 * interval. Immutable.
 *
 * @param metric metric id
 * @param baselineMean mean under the baseline
 * @param treatmentMean mean under the treatment
 * @param difference treatment minus baseline (of the paired differences' mean when paired)
 * @param low lower end of the 95% interval
 * @param high upper end of the 95% interval
 * @param n pairs (paired) or the smaller of the two sample sizes (unpaired)
 * @param paired true for a paired-t interval over replications sharing random numbers,
 *               false for Welch's unpaired interval
 */
public record Difference(String metric, double baselineMean, double treatmentMean, double difference,
                         double low, double high, long n, boolean paired) {

    /** Whether the interval excludes zero. */
    public boolean significant() {
        return low > 0 || high < 0;
    }

    /**
     * Paired-t interval (Law 2015, 10.2.1): d_k = treatment_k - baseline_k over replications k
     * present in both; mean(d) +- t(0.975, n - 1) sd(d) / sqrt(n). Values are matched by index.
     */
    public static Difference paired(String metric, double[] baseline, double[] treatment) {
        if (baseline.length != treatment.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + baseline.length + " and " + treatment.length);
        }
        int n = baseline.length;
        if (n == 0) {
            throw new IllegalArgumentException(metric + ": no pairs");
        }
        double meanB = 0;
        double meanT = 0;
        double meanD = 0;
        double ss = 0;
        for (int k = 0; k < n; k++) {
            double d = treatment[k] - baseline[k];
            double delta = d - meanD;
            meanD += delta / (k + 1);
            ss += delta * (d - meanD);
            meanB += (baseline[k] - meanB) / (k + 1);
            meanT += (treatment[k] - meanT) / (k + 1);
        }
        double half = n > 1 ? StudentT.quantile(0.975, n - 1) * Math.sqrt(ss / (n - 1) / n) : Double.POSITIVE_INFINITY;
        if (n > 1 && ss == 0) {
            half = 0;
        }
        return new Difference(metric, meanB, meanT, meanD, meanD - half, meanD + half, n, true);
    }

    /**
     * Welch's interval for independent samples (Law 2015, 10.2.2), for runs that do not share
     * random numbers: (mean_T - mean_B) +- t(0.975, f) sqrt(s_T^2/n_T + s_B^2/n_B), f by the
     * Welch-Satterthwaite formula.
     */
    public static Difference welch(String metric, double[] baseline, double[] treatment) {
        int nb = baseline.length;
        int nt = treatment.length;
        if (nb < 2 || nt < 2) {
            throw new IllegalArgumentException(metric + ": Welch's interval needs at least 2 values on each side");
        }
        double mb = mean(baseline);
        double mt = mean(treatment);
        double vb = variance(baseline, mb) / nb;
        double vt = variance(treatment, mt) / nt;
        double se = Math.sqrt(vb + vt);
        double half;
        if (se == 0) {
            half = 0;
        } else {
            double df = (vb + vt) * (vb + vt) / (vb * vb / (nb - 1) + vt * vt / (nt - 1));
            half = StudentT.quantile(0.975, df) * se;
        }
        double d = mt - mb;
        return new Difference(metric, mb, mt, d, d - half, d + half, Math.min(nb, nt), false);
    }

    private static double mean(double[] x) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m += (x[i] - m) / (i + 1);
        }
        return m;
    }

    private static double variance(double[] x, double mean) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
