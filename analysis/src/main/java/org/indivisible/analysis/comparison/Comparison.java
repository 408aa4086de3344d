package org.indivisible.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.indivisible.model.metric.Metric;

/**
 * One treatment against a baseline in one scenario: the difference of every metric both record,
 * and cost-effectiveness against {@link #COST_METRIC}. Immutable.
 *
 * <p>Cost-effectiveness is the metric's difference per US$ billion of policy cost difference
 * (current US$, the unit of {@code policy_cost_usd}; no currency conversion is made). It is a
 * ratio of two means and is reported without an interval; it is absent where the treatment costs
 * no more than the baseline.
 *
 * @param scenario scenario id (of the treatment's side when comparing two runs)
 * @param baseline label of the baseline (treatment id, or run:treatment)
 * @param treatment label of the treatment
 * @param differences one per metric, sorted by metric id
 */
public record Comparison(String scenario, String baseline, String treatment, List<Difference> differences) {

    /** The metric that holds what a treatment's policies cost, in current US$. */
    public static final String COST_METRIC = Metric.POLICY_COST_USD.id();

    public Comparison {
        differences = List.copyOf(differences);
    }

    /**
     * Compares per-replication values (metric -> replication -> value). With {@code paired}, a
     * metric's pairs are the replications present on both sides (common random numbers make
     * replication k of each side share draws); otherwise Welch's interval over all values.
     */
    public static Comparison of(String scenario, String baseline, String treatment,
                                SortedMap<String, SortedMap<Integer, Double>> baselineValues,
                                SortedMap<String, SortedMap<Integer, Double>> treatmentValues, boolean paired) {
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, SortedMap<Integer, Double>> e : baselineValues.entrySet()) {
            SortedMap<Integer, Double> t = treatmentValues.get(e.getKey());
            if (t == null) {
                continue;
            }
            SortedMap<Integer, Double> b = e.getValue();
            if (paired) {
                List<Integer> both = b.keySet().stream().filter(t::containsKey).toList();
                if (both.isEmpty()) {
                    continue;
                }
                double[] bv = new double[both.size()];
                double[] tv = new double[both.size()];
                for (int i = 0; i < both.size(); i++) {
                    bv[i] = b.get(both.get(i));
                    tv[i] = t.get(both.get(i));
                }
                out.add(Difference.paired(e.getKey(), bv, tv));
            } else if (b.size() >= 2 && t.size() >= 2) {
                out.add(Difference.welch(e.getKey(), values(b), values(t)));
            }
        }
        return new Comparison(scenario, baseline, treatment, out);
    }

    public Optional<Difference> difference(String metric) {
        return differences.stream().filter(d -> d.metric().equals(metric)).findFirst();
    }

    /** The policy cost difference in US$, when both sides record it. */
    public Optional<Double> costDifferenceUsd() {
        return difference(COST_METRIC).map(Difference::difference);
    }

    /**
     * The metric's change per US$ billion of additional policy cost; empty when the treatment
     * does not cost more than the baseline (or the cost is not recorded).
     */
    public Optional<Double> perBillionUsd(Difference d) {
        return costDifferenceUsd().filter(c -> c > 0).map(c -> d.difference() / (c / 1e9));
    }

    private static double[] values(SortedMap<Integer, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
