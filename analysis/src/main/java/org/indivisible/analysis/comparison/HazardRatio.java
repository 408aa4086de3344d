package org.indivisible.analysis.comparison;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A lever's effect on a war hazard as a ratio. Definition: the mean over replications of the
 * cumulative hazard a pair's decision rule gave along the run's path under the treatment, over
 * the same under the baseline, with replication k of both sharing its random numbers:
 * HR = mean_k(H_T,k) / mean_k(H_B,k), where H = -ln(1 - p_decision) = the sum over the weeks the
 * pair was asked of h w (h the weekly hazard, w the weeks per step). For a lever that multiplies
 * the hazard by c in every week, HR = c; under the proportional hazard rule h = h0 exp(b . x) it
 * is the path-averaged exp(b . (x_T - x_B)). Below 1: the lever lowers the hazard.
 *
 * <p>Interval: the delta method on ln(HR) with the paired covariance,
 * var(ln HR) = [s_T^2 / m_T^2 + s_B^2 / m_B^2 - 2 s_TB / (m_T m_B)] / n, and
 * HR exp(+- t(0.975, n - 1) sqrt(var)). {@link #identical} when every replication's two cumulative
 * hazards are equal (the lever does not reach the hazard at all): then HR = 1 exactly and the
 * output says so rather than print [1, 1]. Immutable.
 *
 * @param ratio HR
 * @param interval its 95% interval (null when HR is undefined, no hazard under the baseline, or when
 *                 the replications' hazards are all in one proportion and there is no spread to
 *                 make an interval of)
 * @param n pairs
 * @param identical every pair's cumulative hazards are equal
 */
public record HazardRatio(double ratio, Interval interval, long n, boolean identical) {

    /** From each replication's p_decision (0..1) under the baseline and the treatment, paired by index. */
    public static HazardRatio fromImpliedProbabilities(double[] baseline, double[] treatment) {
        double[] hb = new double[baseline.length];
        double[] ht = new double[treatment.length];
        for (int k = 0; k < hb.length; k++) {
            hb[k] = -Math.log1p(-baseline[k]);
        }
        for (int k = 0; k < ht.length; k++) {
            ht[k] = -Math.log1p(-treatment[k]);
        }
        return of(hb, ht);
    }

    /** From each replication's cumulative hazard under the baseline and the treatment, paired by index. */
    public static HazardRatio of(double[] baseline, double[] treatment) {
        if (baseline.length != treatment.length || baseline.length < 2) {
            throw new IllegalArgumentException("need at least 2 pairs of equal length, got " + baseline.length + " and " + treatment.length);
        }
        int n = baseline.length;
        double mb = 0;
        double mt = 0;
        boolean identical = true;
        for (int k = 0; k < n; k++) {
            mb += baseline[k];
            mt += treatment[k];
            identical &= baseline[k] == treatment[k];
        }
        mb /= n;
        mt /= n;
        if (!(mb > 0)) {
            return new HazardRatio(Double.NaN, null, n, identical);
        }
        double ratio = mt / mb;
        if (identical) {
            return new HazardRatio(1, new Interval(1, 1), n, true);
        }
        double vb = 0;
        double vt = 0;
        double cov = 0;
        for (int k = 0; k < n; k++) {
            vb += (baseline[k] - mb) * (baseline[k] - mb);
            vt += (treatment[k] - mt) * (treatment[k] - mt);
            cov += (baseline[k] - mb) * (treatment[k] - mt);
        }
        vb /= n - 1;
        vt /= n - 1;
        cov /= n - 1;
        if (!(mt > 0)) {
            return new HazardRatio(0, new Interval(0, 0), n, false);
        }
        double varLog = (vt / (mt * mt) + vb / (mb * mb) - 2 * cov / (mt * mb)) / n;
        if (!(varLog > 0)) {
            // Every replication's hazards in the same proportion (up to rounding): no spread to make an interval of.
            return new HazardRatio(ratio, null, n, false);
        }
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(varLog);
        return new HazardRatio(ratio, new Interval(ratio * Math.exp(-half), ratio * Math.exp(half)), n, false);
    }
}
