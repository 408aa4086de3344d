package org.indivisible.analysis.policy;

import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.model.metric.Metric;

/**
 * What a treatment costs, in constant 2025 euros (docs/decisions.md section 9): the mean cost of
 * each calendar year, the total, the present value at the run's real discount rate, and the
 * present value's paired difference against each baseline (null where the baseline is not in the
 * study or is the treatment itself).
 *
 * @param treatment the treatment's id
 * @param perYearEur mean cost by calendar year, constant euros
 * @param totalEur mean total over the horizon, constant euros
 * @param presentValueEur mean present value, euros
 * @param againstNoPolicy present value's paired difference with the no-policy treatment (P0)
 * @param againstPledges what the treatment adds to a world that keeps the pledges: for a treatment
 *     that raises allies' spending (P1, a package with it), its present value's paired difference
 *     with the pledges; for one that does not (P2, P3, P4), the pledged spending happens either way,
 *     so its cost against P0
 */
public record TreatmentCost(String treatment, SortedMap<Integer, Double> perYearEur, double totalEur,
                            double presentValueEur, Difference againstNoPolicy, Difference againstPledges) {

    public static final String TOTAL = Metric.POLICY_COST_EUR_CONST.id();
    public static final String PRESENT_VALUE = Metric.POLICY_COST_EUR_PV.id();

    public TreatmentCost {
        perYearEur = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perYearEur));
    }

    /** Mean cost a year over the years with any cost, constant euros; 0 when none. */
    public double meanPerYearEur() {
        double sum = 0;
        int years = 0;
        for (double v : perYearEur.values()) {
            if (v != 0) {
                sum += v;
                years++;
            }
        }
        return years == 0 ? 0 : sum / years;
    }

    /**
     * The cost of a treatment from the run's per-replication values; empty without the constant-price metrics.
     *
     * @param values the treatment's values
     * @param noPolicy P0's values, or null
     * @param pledges the pledges' values, or null
     * @param raisesSpending whether the treatment raises allies' defence spending (then it is measured
     *     against the pledges' spending; otherwise the pledges are in both worlds)
     */
    public static java.util.Optional<TreatmentCost> of(String treatment, SortedMap<String, SortedMap<Integer, Double>> values,
                                                       SortedMap<String, SortedMap<Integer, Double>> noPolicy,
                                                       SortedMap<String, SortedMap<Integer, Double>> pledges,
                                                       boolean raisesSpending) {
        if (!values.containsKey(PRESENT_VALUE)) {
            return java.util.Optional.empty();
        }
        SortedMap<Integer, Double> perYear = new TreeMap<>();
        for (String metric : values.keySet()) {
            if (metric.startsWith(TOTAL + ".")) {
                perYear.put(Integer.parseInt(metric.substring(TOTAL.length() + 1)), Values.mean(values, metric));
            }
        }
        return java.util.Optional.of(new TreatmentCost(treatment, perYear, Values.mean(values, TOTAL),
                Values.mean(values, PRESENT_VALUE), against(noPolicy, values),
                pledges == null ? null : raisesSpending ? against(pledges, values) : against(noPolicy, values)));
    }

    private static Difference against(SortedMap<String, SortedMap<Integer, Double>> baseline,
                                      SortedMap<String, SortedMap<Integer, Double>> values) {
        if (baseline == null || baseline == values) {
            return null;
        }
        double[][] p = Values.paired(baseline.get(PRESENT_VALUE), values.get(PRESENT_VALUE));
        return p == null || p[0].length < 2 ? null : Difference.pairedT(PRESENT_VALUE, p[0], p[1]);
    }
}
