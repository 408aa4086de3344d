package org.indivisible.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.analysis.statistics.MetricSummary;
import org.indivisible.model.metric.Metric;

/**
 * The headline table a run prints: per scenario and treatment, the chance each theater goes
 * to war (the conditional estimate where the decision rule decides the theater, docs/analysis.md), the first-year GDP change of the world, NATO Europe and China, the lowest NATO:Russia
 * balance in Europe with the gap to close, and the policy cost (means over replications).
 * Every metric, with its spread, is in {@code summary.json}; this shows the few a reader looks
 * at first.
 */
final class SummaryTable {

    private SummaryTable() {
    }

    static String render(EnsembleSummary summary) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "", "P(war)", "", "", "GDP, first year %", "", "", "Europe NATO:RUS", "",
            "policy"});
        rows.add(new String[] {"scenario", "treatment", "taiwan", "korea", "nato_europe", "WORLD", "NATO_EUROPE",
            "CHN", "flank 30d low", "gap US$ bn", "cost US$ bn"});
        for (CellSummary cell : summary.cells()) {
            Map<String, MetricSummary> m = cell.metrics();
            rows.add(new String[] {cell.scenarioId(), cell.treatmentId(),
                war(m, "taiwan"), war(m, "korea"), war(m, "nato_europe"),
                number(m.get(Metric.GDP_CHANGE_PCT_Y1.id("WORLD")), 1, "%.1f"), number(m.get(Metric.GDP_CHANGE_PCT_Y1.id("NATO_EUROPE")), 1, "%.1f"),
                number(m.get(Metric.GDP_CHANGE_PCT_Y1.id("CHN")), 1, "%.1f"),
                median(m.get(Metric.EUROPE_BALANCE_FLANK_MIN.id(30)), 1, "%.2f"), median(m.get(Metric.EUROPE_GAP_USD.id()), 1e9, "%.0f"),
                number(m.get(Metric.POLICY_COST_USD.id()), 1e9, "%.0f")});
        }
        return layout(rows, 2);
    }

    /**
     * The chance of war in a theater: the conditional estimate ({@code p_war_cond.<pair>}'s mean) to a
     * tenth of a point where the rule decides the theater, else the share of replications with a war.
     */
    private static String war(Map<String, MetricSummary> m, String theater) {
        MetricSummary c = m.get(WarRisk.conditionalMetric(theater));
        if (c != null) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * c.mean());
        }
        MetricSummary s = m.get(WarRisk.binaryMetric(theater));
        return s == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * s.mean());
    }

    /** The mean divided by {@code unit}, or "-" when the metric is absent. */
    private static String number(MetricSummary s, double unit, String format) {
        return s == null ? "-" : String.format(Locale.ROOT, format, s.mean() / unit);
    }

    /** The median divided by {@code unit} (ratios and gaps, whose means a few extreme replications pull), or "-". */
    private static String median(MetricSummary s, double unit, String format) {
        return s == null ? "-" : String.format(Locale.ROOT, format, s.p50() / unit);
    }

    /**
     * Lays rows out in columns two spaces apart, with a rule under the header rows. Columns
     * whose body cells are all numbers (or "-") are right-aligned, the others left-aligned.
     */
    static String layout(List<String[]> rows, int headerRows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
                if (r >= headerRows && !row[c].matches("-|[-+]?[0-9][0-9.,]*.*")) {
                    numeric[c] = false;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String format = numeric[c] ? "%" + width[c] + "s" : "%-" + width[c] + "s";
                line.append(String.format(Locale.ROOT, format, row[c]));
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            String text = line.toString().stripTrailing();
            out.append(text).append('\n');
            if (r == headerRows - 1) {
                out.append("-".repeat(text.length())).append('\n');
            }
        }
        return out.toString();
    }
}
