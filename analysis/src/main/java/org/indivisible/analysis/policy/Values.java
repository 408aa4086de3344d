package org.indivisible.analysis.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** Per-replication values of one cell, metric -> replication -> value, as the run stores them. */
final class Values {

    private Values() {
    }

    /** The values of the replications present on both sides, {baseline, treatment}; null when none. */
    static double[][] paired(SortedMap<Integer, Double> b, SortedMap<Integer, Double> t) {
        return org.indivisible.analysis.comparison.WarRisk.paired(b, t);
    }

    /** The mean of a metric over replications; NaN when absent. */
    static double mean(SortedMap<String, SortedMap<Integer, Double>> values, String metric) {
        SortedMap<Integer, Double> m = values.get(metric);
        if (m == null || m.isEmpty()) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : m.values()) {
            s += v;
        }
        return s / m.size();
    }

    /** Per replication, the sum of several metrics (absent metrics count 0); replications of the first present. */
    static SortedMap<Integer, Double> sum(SortedMap<String, SortedMap<Integer, Double>> values, List<String> metrics) {
        SortedMap<Integer, Double> out = new java.util.TreeMap<>();
        for (String metric : metrics) {
            SortedMap<Integer, Double> m = values.get(metric);
            if (m == null) {
                continue;
            }
            m.forEach((k, v) -> out.merge(k, v, Double::sum));
        }
        return out;
    }
}
