package org.indivisible.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.indivisible.analysis.comparison.BinaryIntervals;
import org.indivisible.analysis.comparison.Interval;
import org.indivisible.analysis.comparison.StudentT;
import org.indivisible.model.metric.Metric;

/**
 * The headline table's numbers: each headline metric's mean per cell with the 95% interval of the
 * mean (t over the replications' values; Wilson for a 0/1 outcome, whose 5th-95th percentile is
 * always [0, 1] and says nothing), {@code {scenario: {treatment: {metric: [mean, low, high]}}}}.
 * From every replication's value when the folder has results.duckdb, else from summary.json's mean,
 * sd and n.
 */
final class HeadlineIntervals {

    /** The headline table's metrics (docs/web.md). */
    static final List<String> METRICS = List.of(Metric.P_WAR_COND.id("CHN.taiwan"), Metric.P_WAR_COND.id("PRK.korea"),
            Metric.P_WAR_COND.id("RUS.nato_europe"), Metric.P_CONFLICT.id("taiwan"), Metric.P_CONFLICT.id("korea"),
            Metric.P_CONFLICT.id("nato_europe"), Metric.GDP_CHANGE_PCT_Y1.id("WORLD"), Metric.GDP_CHANGE_PCT_Y1.id("EU27"),
            Metric.EUROPE_BALANCE_FLANK_MIN.id(30), Metric.EUROPE_REPLACE_US_USD_25Y.id(), Metric.EUROPE_GAP_USD.id(),
            Metric.POLICY_COST_EUR_PV.id(), Metric.POLICY_COST_EUR_CONST.id(), Metric.POLICY_COST_EUR.id(),
            Metric.POLICY_COST_USD.id());

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadlineIntervals() {
    }

    static ObjectNode of(JsonNode summary, Map<String, SortedMap<String, SortedMap<Integer, Double>>> values) {
        ObjectNode out = JSON.createObjectNode();
        summary.properties().forEach(s -> s.getValue().properties().forEach(t -> {
            ObjectNode cell = JSON.createObjectNode();
            SortedMap<String, SortedMap<Integer, Double>> v = values.get(s.getKey() + "/" + t.getKey());
            for (String metric : METRICS) {
                double[] x = v == null || v.get(metric) == null ? null
                        : v.get(metric).values().stream().mapToDouble(Double::doubleValue).toArray();
                double[] m = x != null && x.length > 0 ? fromValues(metric, x) : fromSummary(metric, t.getValue().path(metric));
                if (m != null) {
                    cell.putArray(metric).add(m[0]).add(m[1]).add(m[2]);
                }
            }
            if (!cell.isEmpty()) {
                (out.has(s.getKey()) ? (ObjectNode) out.get(s.getKey()) : out.putObject(s.getKey())).set(t.getKey(), cell);
            }
        }));
        return out;
    }

    /** Mean and 95% interval of the mean from every replication's value. */
    static double[] fromValues(String metric, double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        if (ReportMetrics.CONFLICT.contains(metric)) {
            long k = java.util.Arrays.stream(x).filter(v -> v == 1).count();
            Interval w = BinaryIntervals.wilson(k, n, 0.95);
            return new double[] {mean, w.low(), w.high()};
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        return tInterval(metric, mean, sd, n);
    }

    /** The same from summary.json's mean, sd and n (a folder without results.duckdb). */
    static double[] fromSummary(String metric, JsonNode m) {
        if (m.isMissingNode() || !m.has("mean")) {
            return null;
        }
        long n = m.path("n").asLong(0);
        double mean = m.path("mean").asDouble();
        if (ReportMetrics.CONFLICT.contains(metric) && n > 0) {
            Interval w = BinaryIntervals.wilson(Math.round(mean * n), n, 0.95);
            return new double[] {mean, w.low(), w.high()};
        }
        return tInterval(metric, mean, m.path("sd").asDouble(Double.NaN), n);
    }

    private static double[] tInterval(String metric, double mean, double sd, long n) {
        if (n < 2 || !Double.isFinite(sd)) {
            return new double[] {mean, mean, mean};
        }
        double half = StudentT.quantile(0.975, n - 1) * sd / Math.sqrt(n);
        double low = mean - half;
        double high = mean + half;
        if (Metric.P_WAR_COND.matches(metric)) {
            low = Math.max(0, low);
            high = Math.min(1, high);
        }
        return new double[] {mean, low, high};
    }
}
