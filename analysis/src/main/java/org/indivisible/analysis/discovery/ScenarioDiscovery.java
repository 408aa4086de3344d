package org.indivisible.analysis.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.random.RandomStreams;

/**
 * Scenario discovery over a run's replications (Bryant and Lempert 2010, "Thinking inside the
 * box", Technological Forecasting and Social Change 77: 34-49): the inputs are the uncertain
 * parameters each replication drew, the case of interest is a metric at or above a threshold,
 * and PRIM finds the boxes of parameter space where the cases concentrate.
 *
 * <p>A replication's parameter draws need not be stored: the engine draws parameter {@code id}
 * of replication k from the stream {@code parameter.<id>} of {@code RandomStreams(seed, k)}
 * (World), so they are recomputed here from the run's seed. Replication k of every treatment
 * drew the same values, which makes "does a lever shrink the box" a paired question: the
 * case rate inside the same box, under each treatment, on the same replications.
 */
public final class ScenarioDiscovery {

    /** One box found, its inputs named, and the case rate inside it under each treatment. */
    public record Found(Prim.Result prim, List<String> inputs, Map<String, Double> rateInBoxByTreatment,
                        Map<String, Double> rateOverallByTreatment) {
    }

    /** The inputs (varying parameters) and the outcome cases of a scenario's replications. */
    public record Cases(List<UncertainParameter> inputs, int[] replications, double[][] x, double[] y) {

        /** The same cases on a subset of the inputs (indices into {@link #inputs}, in that order). */
        public Cases select(int[] keep) {
            List<UncertainParameter> kept = new ArrayList<>();
            for (int j : keep) {
                kept.add(inputs.get(j));
            }
            double[][] xs = new double[x.length][keep.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < keep.length; j++) {
                    xs[i][j] = x[i][keep[j]];
                }
            }
            return new Cases(kept, replications, xs, y);
        }

        public int count() {
            int c = 0;
            for (double v : y) {
                c += v > 0 ? 1 : 0;
            }
            return c;
        }
    }

    private ScenarioDiscovery() {
    }

    /** The varying parameters of a configuration (a range wider than a point). */
    public static List<UncertainParameter> inputs(Configuration config) {
        return config.parameters().stream().filter(p -> p.distribution().high() > p.distribution().low()).toList();
    }

    /** Each replication's draw of each input, as the engine drew it (one row per replication). */
    public static double[][] draws(List<UncertainParameter> inputs, long seed, int[] replications) {
        double[][] x = new double[replications.length][inputs.size()];
        for (int r = 0; r < replications.length; r++) {
            RandomStreams streams = new RandomStreams(seed, replications[r]);
            for (int j = 0; j < inputs.size(); j++) {
                x[r][j] = inputs.get(j).draw(streams.stream("parameter." + inputs.get(j).id()));
            }
        }
        return x;
    }

    /**
     * The cases: replications in order; y = 1 where the outcome is at or above the threshold
     * (a replication that did not record the outcome is not a case). With {@code soft}, y is the
     * outcome itself clipped to [0, 1] (a per-replication probability such as p_war_cond, whose
     * mean in a box estimates the case rate there with less noise than the 0/1 draw).
     */
    public static Cases cases(Configuration config, long seed, int replications, SortedMap<Integer, Double> outcome,
                              double threshold, boolean soft) {
        List<UncertainParameter> inputs = inputs(config);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("scenario " + config.scenarioId() + " has no uncertain parameter with a range");
        }
        int[] reps = new int[replications];
        double[] y = new double[replications];
        for (int r = 0; r < replications; r++) {
            reps[r] = r;
            Double v = outcome.get(r);
            y[r] = soft ? (v == null ? 0 : Math.min(1, Math.max(0, v))) : v != null && v >= threshold ? 1 : 0;
        }
        return new Cases(inputs, reps, draws(inputs, seed, reps), y);
    }

    /**
     * An input's screening score: its rank correlation with the outcome, the test's p
     * and its Benjamini-Hochberg q-value over all inputs screened (hundreds of parameters give
     * some small p by chance alone).
     */
    public record Screened(int input, double rho, double pValue, double qValue) {
    }

    /**
     * Ranks the inputs by the two-sided test of Spearman's rank correlation between their draws
     * and the outcome (for a 0/1 outcome, the Mann-Whitney comparison of cases with the rest),
     * strongest first. PRIM over hundreds of inputs and a few hundred replications overfits
     * (every peel finds some input that, by chance, sheds a non-case); screening first to the
     * few inputs that move the outcome is the usual remedy (Bryant and Lempert 2010, section 4).
     */
    public static List<Screened> screen(Cases cases) {
        int n = cases.y().length;
        double[] ranksY = new org.apache.commons.math3.stat.ranking.NaturalRanking().rank(cases.y());
        boolean constant = java.util.Arrays.stream(cases.y()).distinct().count() < 2;
        if (constant || n < 4) {
            throw new IllegalArgumentException("screening needs an outcome that varies over at least 4 replications");
        }
        org.apache.commons.math3.distribution.TDistribution t = new org.apache.commons.math3.distribution.TDistribution(null, n - 2);
        List<Screened> out = new ArrayList<>();
        for (int j = 0; j < cases.inputs().size(); j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = cases.x()[i][j];
            }
            double[] ranksX = new org.apache.commons.math3.stat.ranking.NaturalRanking().rank(column);
            double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(ranksX, ranksY);
            double p = Double.isNaN(r) ? 1
                    : Math.abs(r) >= 1 ? 0 : 2 * t.cumulativeProbability(-Math.abs(r) * Math.sqrt((n - 2) / (1 - r * r)));
            out.add(new Screened(j, r, p, Double.NaN));
        }
        out.sort(java.util.Comparator.comparingDouble(Screened::pValue).thenComparingInt(Screened::input));
        // Benjamini-Hochberg (1995) step-up: q_(i) = min over k >= i of p_(k) m / k.
        int m = out.size();
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, out.get(i).pValue() * m / (i + 1));
            out.set(i, new Screened(out.get(i).input(), out.get(i).rho(), out.get(i).pValue(), running));
        }
        return out;
    }

    /**
     * The quasi-p-value of each restricted input of a box (Bryant and Lempert 2010): the chance
     * of at least the box's cases among its points if the cases were drawn at the rate of the
     * box with that one restriction lifted (one-sided binomial). A large value says the
     * restriction adds little.
     */
    public static double[] quasiP(Prim.Box box, double[][] x, double[] y) {
        double[] p = new double[box.lower().length];
        java.util.Arrays.fill(p, Double.NaN);
        int inBox = 0;
        int casesInBox = 0;
        for (int i = 0; i < x.length; i++) {
            if (box.contains(x[i])) {
                inBox++;
                casesInBox += y[i] > 0 ? 1 : 0;
            }
        }
        for (int j : box.restricted()) {
            double[] lower = box.lower().clone();
            double[] upper = box.upper().clone();
            lower[j] = Double.NEGATIVE_INFINITY;
            upper[j] = Double.POSITIVE_INFINITY;
            Prim.Box lifted = new Prim.Box(lower, upper, 0, 0, 0, 0);
            int n = 0;
            int c = 0;
            for (int i = 0; i < x.length; i++) {
                if (lifted.contains(x[i])) {
                    n++;
                    c += y[i] > 0 ? 1 : 0;
                }
            }
            double rate = n == 0 ? 0 : (double) c / n;
            // P(X >= c) for X ~ Binomial(n, rate) is the regularised incomplete beta I_rate(c, n - c + 1),
            // exact in the far tail where 1 - CDF would round to 0.
            p[j] = casesInBox == 0 || rate >= 1 ? 1 : rate <= 0 ? 0
                    : org.apache.commons.math3.special.Beta.regularizedBeta(rate, casesInBox, inBox - casesInBox + 1);
        }
        return p;
    }

    /**
     * Up to {@code boxes} boxes: the first on every replication, each next one on the
     * replications the boxes before it left out (Bryant and Lempert's covering). Stops early when
     * no case is left outside.
     *
     * @param outcomesByTreatment per treatment, replication -> 1 or 0 (case or not), for the rates
     */
    public static List<Found> discover(Cases cases, Prim prim, double minCoverage, int boxes,
                                       Map<String, double[]> outcomesByTreatment) {
        List<Found> found = new ArrayList<>();
        boolean[] left = new boolean[cases.y().length];
        java.util.Arrays.fill(left, true);
        List<String> names = cases.inputs().stream().map(UncertainParameter::id).toList();
        for (int b = 0; b < boxes; b++) {
            List<Integer> rows = new ArrayList<>();
            double cased = 0;
            for (int i = 0; i < left.length; i++) {
                if (left[i]) {
                    rows.add(i);
                    cased += cases.y()[i];
                }
            }
            if (cased == 0 || rows.size() < 10) {
                break;
            }
            double[][] x = new double[rows.size()][];
            double[] y = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                x[i] = cases.x()[rows.get(i)];
                y[i] = cases.y()[rows.get(i)];
            }
            Prim.Result result = prim.find(x, y, minCoverage);
            Map<String, Double> inBox = new java.util.LinkedHashMap<>();
            Map<String, Double> overall = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, double[]> t : outcomesByTreatment.entrySet()) {
                double sIn = 0;
                int nIn = 0;
                double sAll = 0;
                for (int i : rows) {
                    sAll += t.getValue()[i];
                    if (result.box().contains(cases.x()[i])) {
                        sIn += t.getValue()[i];
                        nIn++;
                    }
                }
                inBox.put(t.getKey(), nIn == 0 ? Double.NaN : sIn / nIn);
                overall.put(t.getKey(), sAll / rows.size());
            }
            found.add(new Found(result, names, inBox, overall));
            for (int i : rows) {
                if (result.box().contains(cases.x()[i])) {
                    left[i] = false;
                }
            }
        }
        return found;
    }
}
