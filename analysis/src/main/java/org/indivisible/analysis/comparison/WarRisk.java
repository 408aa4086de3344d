package org.indivisible.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.indivisible.model.metric.Metric;

/**
 * The chance that a war starts in a theater, and a treatment's effect on it, estimated two ways
 * from the same replications (docs/analysis.md, "Estimating war risk"):
 *
 * <ul>
 *   <li><b>conditional</b> (primary): the mean of {@code p_war_cond.<pair>}, each replication's
 *       weekly war probabilities summed up to the first start. Its mean is exactly the chance of
 *       a war (unbiased), and it varies far less between replications than the 0/1 outcome because
 *       it does not depend on the week-by-week coin flips, only on the hazards. Interval: t, 95%.
 *       A treatment's effect: the paired-t interval of the paired differences, and its MDE.</li>
 *   <li><b>binary</b>: the share of replications in which a war started ({@code p_conflict.<theater>}),
 *       with Wilson's interval; a treatment's effect by the exact McNemar analysis.</li>
 * </ul>
 *
 * Plus the treatment's {@link HazardRatio} from {@code p_decision.<pair>}. Where the rule does not
 * decide the theater (a scenario forces or forbids its war) there is no conditional estimate and
 * the binary one stands alone. Stateless.
 */
public final class WarRisk {

    /** The decided pair of each theater the brief reports, in its order. */
    public static final Map<String, String> PAIRS = new java.util.LinkedHashMap<>();

    static {
        PAIRS.put("taiwan", "CHN.taiwan");
        PAIRS.put("korea", "PRK.korea");
        PAIRS.put("nato_europe", "RUS.nato_europe");
    }

    private WarRisk() {
    }

    /** The conditional estimator's metric of a theater ({@code p_war_cond.<pair>}). */
    public static String conditionalMetric(String theater) {
        return Metric.P_WAR_COND.id(pair(theater));
    }

    /** The binary outcome's metric of a theater ({@code p_conflict.<theater>}). */
    public static String binaryMetric(String theater) {
        return Metric.P_CONFLICT.id(theater);
    }

    /** The path's implied probability ({@code p_decision.<pair>}), for the hazard ratio. */
    public static String impliedMetric(String theater) {
        return Metric.P_DECISION.id(pair(theater));
    }

    private static String pair(String theater) {
        String p = PAIRS.get(theater);
        if (p == null) {
            throw new IllegalArgumentException("no decided pair for theater " + theater + "; known: " + PAIRS.keySet());
        }
        return p;
    }

    /**
     * The chance of a war in one cell.
     *
     * @param conditional mean of the conditional estimator (NaN when the rule does not decide the theater)
     * @param conditionalInterval its 95% t interval, clipped to [0, 1] (null with it)
     * @param binary share of replications with a war
     * @param binaryInterval Wilson's 95% interval
     * @param n replications
     */
    public record Level(double conditional, Interval conditionalInterval, double binary, Interval binaryInterval, long n) {

        public boolean hasConditional() {
            return conditionalInterval != null;
        }

        /** The primary estimate: conditional where there is one. */
        public double primary() {
            return hasConditional() ? conditional : binary;
        }

        public Interval primaryInterval() {
            return hasConditional() ? conditionalInterval : binaryInterval;
        }
    }

    /**
     * A treatment's effect on the chance of a war.
     *
     * @param conditional paired difference of the conditional estimator (null when the rule does not decide the theater)
     * @param binary paired difference of the 0/1 outcome, exact McNemar
     * @param hazardRatio the treatment's hazard ratio (null without a decided pair)
     */
    public record Effect(Difference conditional, Difference binary, HazardRatio hazardRatio) {

        public boolean hasConditional() {
            return conditional != null;
        }

        /** The primary estimate: conditional where there is one. */
        public Difference primary() {
            return hasConditional() ? conditional : binary;
        }
    }

    /** The level in a cell from its per-replication values (metric -> replication -> value); empty without the binary metric. */
    public static java.util.Optional<Level> level(SortedMap<String, SortedMap<Integer, Double>> values, String theater) {
        SortedMap<Integer, Double> b = values.get(binaryMetric(theater));
        if (b == null || b.isEmpty()) {
            return java.util.Optional.empty();
        }
        long n = b.size();
        long k = b.values().stream().filter(v -> v == 1).count();
        double binary = (double) k / n;
        Interval wilson = BinaryIntervals.wilson(k, n, 0.95);
        SortedMap<Integer, Double> c = values.get(conditionalMetric(theater));
        if (c == null || c.size() < 2) {
            return java.util.Optional.of(new Level(Double.NaN, null, binary, wilson, n));
        }
        double[] x = c.values().stream().mapToDouble(Double::doubleValue).toArray();
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double half = new TDistribution(null, x.length - 1).inverseCumulativeProbability(0.975)
                * Math.sqrt(RunComparison.variance(x) / x.length);
        return java.util.Optional.of(new Level(m, new Interval(Math.max(0, m - half), Math.min(1, m + half)), binary, wilson, n));
    }

    /** The treatment's effect against the baseline, replications paired; empty without the binary metric on both sides. */
    public static java.util.Optional<Effect> effect(SortedMap<String, SortedMap<Integer, Double>> baseline,
                                                    SortedMap<String, SortedMap<Integer, Double>> treatment, String theater) {
        double[][] bin = paired(baseline.get(binaryMetric(theater)), treatment.get(binaryMetric(theater)));
        if (bin == null) {
            return java.util.Optional.empty();
        }
        Difference binary = Difference.paired(binaryMetric(theater), bin[0], bin[1]);
        double[][] cond = paired(baseline.get(conditionalMetric(theater)), treatment.get(conditionalMetric(theater)));
        Difference conditional = cond == null || cond[0].length < 2 ? null
                : Difference.pairedT(conditionalMetric(theater), cond[0], cond[1]);
        double[][] implied = paired(baseline.get(impliedMetric(theater)), treatment.get(impliedMetric(theater)));
        HazardRatio hr = implied == null || implied[0].length < 2 ? null
                : HazardRatio.fromImpliedProbabilities(implied[0], implied[1]);
        return java.util.Optional.of(new Effect(conditional, binary, hr));
    }

    /** The values of the replications present on both sides, {baseline, treatment}; null when none. */
    public static double[][] paired(SortedMap<Integer, Double> b, SortedMap<Integer, Double> t) {
        if (b == null || t == null) {
            return null;
        }
        List<Integer> both = new ArrayList<>();
        for (Integer k : b.keySet()) {
            if (t.containsKey(k)) {
                both.add(k);
            }
        }
        if (both.isEmpty()) {
            return null;
        }
        double[][] out = new double[2][both.size()];
        for (int i = 0; i < both.size(); i++) {
            out[0][i] = b.get(both.get(i));
            out[1][i] = t.get(both.get(i));
        }
        return out;
    }
}
