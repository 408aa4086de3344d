package org.indivisible.analysis.comparison;

/**
 * The difference of a metric's mean between a treatment and a baseline, with a 95% confidence
 * interval and the minimum detectable effect. Immutable.
 *
 * <p>Paired 0/1 outcomes (every value on both sides 0 or 1: {@code p_conflict.*},
 * {@code decision_war.*}, {@code campaign_*}) get the exact McNemar analysis ({@link McNemar}):
 * the interval of the risk difference never has zero width, and {@link #mcnemar} holds the
 * exact test. Other paired metrics get the paired-t interval; when every replication's difference
 * is the same ({@link #constant}), the interval has no width because the sample has no spread,
 * and the output says so (for a zero difference: no replication differs).
 *
 * @param metric metric id
 * @param baselineMean mean under the baseline
 * @param treatmentMean mean under the treatment
 * @param difference treatment minus baseline (of the paired differences' mean when paired)
 * @param low lower end of the 95% interval
 * @param high upper end of the 95% interval
 * @param n pairs (paired) or the smaller of the two sample sizes (unpaired)
 * @param paired true for a paired interval over replications sharing random numbers,
 *               false for Welch's unpaired interval
 * @param method how the interval was made
 * @param mde the minimum detectable effect at 5% (two-sided) and 80% power ({@link Power})
 * @param constant paired-t: every pair's difference is the same; Welch: neither side varies. The
 *                 interval then has no width, and the output says so instead of printing it
 * @param mcnemar the exact McNemar analysis, for paired 0/1 outcomes; null otherwise
 */
public record Difference(String metric, double baselineMean, double treatmentMean, double difference,
                         double low, double high, long n, boolean paired, Method method, double mde,
                         boolean constant, McNemar mcnemar) {

    /** How the interval was made. */
    public enum Method {
        /** Paired-t over replications sharing random numbers (Law 2015, 10.2.1). */
        PAIRED_T("paired-t"),
        /** Exact McNemar for paired 0/1 outcomes ({@link McNemar}). */
        EXACT_MCNEMAR("exact McNemar"),
        /** Welch's unpaired interval (Law 2015, 10.2.2). */
        WELCH("Welch");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether no replication's difference is other than 0 (paired), so that nothing was seen to change. */
    public boolean noneDiffers() {
        return paired && (mcnemar != null ? mcnemar.discordant() == 0 : constant && difference == 0);
    }

    /** Whether the interval excludes zero. */
    public boolean significant() {
        return low > 0 || high < 0;
    }

    /**
     * Paired interval over replications k present in both, values matched by index: the exact
     * McNemar interval when every value is 0 or 1, else the paired-t interval (Law 2015, 10.2.1),
     * d_k = treatment_k - baseline_k, mean(d) +- t(0.975, n - 1) sd(d) / sqrt(n).
     */
    public static Difference paired(String metric, double[] baseline, double[] treatment) {
        if (baseline.length != treatment.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + baseline.length + " and " + treatment.length);
        }
        int n = baseline.length;
        if (n == 0) {
            throw new IllegalArgumentException(metric + ": no pairs");
        }
        if (allBinary(baseline) && allBinary(treatment)) {
            return pairedBinary(metric, baseline, treatment);
        }
        return pairedT(metric, baseline, treatment);
    }

    /** The paired-t interval whatever the values (also for 0/1 outcomes). */
    public static Difference pairedT(String metric, double[] baseline, double[] treatment) {
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
        boolean constant = true;
        double first = treatment[0] - baseline[0];
        for (int k = 1; k < n && constant; k++) {
            constant = treatment[k] - baseline[k] == first;
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double half = n > 1 ? StudentT.quantile(0.975, n - 1) * sd / Math.sqrt(n) : Double.POSITIVE_INFINITY;
        if (n > 1 && constant) {
            half = 0;
            meanD = first;
        }
        return new Difference(metric, meanB, meanT, meanD, meanD - half, meanD + half, n, true, Method.PAIRED_T,
                Power.mde(sd, n), n > 1 && constant, null);
    }

    /** Exact McNemar for paired 0/1 outcomes; the MDE from the paired differences' sd, or {@link Power#binaryMdeWithoutDiscordance}. */
    static Difference pairedBinary(String metric, double[] baseline, double[] treatment) {
        int n = baseline.length;
        McNemar m = McNemar.exact(baseline, treatment, 0.95);
        double meanB = 0;
        double meanT = 0;
        for (int k = 0; k < n; k++) {
            meanB += baseline[k];
            meanT += treatment[k];
        }
        meanB /= n;
        meanT /= n;
        double d = m.estimate();
        double ss = 0;
        for (int k = 0; k < n; k++) {
            double x = treatment[k] - baseline[k] - d;
            ss += x * x;
        }
        double mde = m.discordant() == 0 ? Power.binaryMdeWithoutDiscordance(n) : Power.mde(Math.sqrt(ss / Math.max(1, n - 1)), n);
        return new Difference(metric, meanB, meanT, d, m.difference().low(), m.difference().high(), n, true,
                Method.EXACT_MCNEMAR, mde, false, m);
    }

    private static boolean allBinary(double[] x) {
        for (double v : x) {
            if (!McNemar.isBinary(v)) {
                return false;
            }
        }
        return true;
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
        double mde;
        if (se == 0) {
            half = 0;
            mde = 0;
        } else {
            double df = (vb + vt) * (vb + vt) / (vb * vb / (nb - 1) + vt * vt / (nt - 1));
            half = StudentT.quantile(0.975, df) * se;
            org.apache.commons.math3.distribution.TDistribution t = new org.apache.commons.math3.distribution.TDistribution(null, df);
            mde = (t.inverseCumulativeProbability(1 - Power.ALPHA / 2) + t.inverseCumulativeProbability(Power.POWER)) * se;
        }
        double d = mt - mb;
        return new Difference(metric, mb, mt, d, d - half, d + half, Math.min(nb, nt), false, Method.WELCH, mde,
                se == 0, null);
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
