package org.indivisible.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.analysis.statistics.MetricSummary;

/**
 * The headline table a run prints: per scenario and treatment, the chance each theater goes
 * to war, European NATO members' defence spending over the horizon and the policy cost.
 * Every metric is in {@code summary.json}; this shows the few a reader looks at first.
 */
final class SummaryTable {

    private static final String[] THEATERS = {"taiwan", "korea", "nato_europe", "ukraine"};

    private SummaryTable() {
    }

    static String render(EnsembleSummary summary) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "", "P(war)", "", "", "", "NATO Europe", "", ""});
        List<String> header = new ArrayList<>(List.of("scenario", "treatment"));
        for (String t : THEATERS) {
            header.add(t);
        }
        header.addAll(List.of("defence US$ tn", "% GDP end", "policy US$ bn"));
        rows.add(header.toArray(String[]::new));
        for (CellSummary cell : summary.cells()) {
            Map<String, MetricSummary> m = cell.metrics();
            List<String> row = new ArrayList<>(List.of(cell.scenarioId(), cell.treatmentId()));
            for (String t : THEATERS) {
                MetricSummary p = m.get("p_conflict." + t);
                row.add(p == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * p.mean()));
            }
            MetricSummary spend = m.get("defence_spending_usd_cum.NATO_EUROPE");
            row.add(spend == null ? "-" : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)",
                    spend.mean() / 1e12, spend.p05() / 1e12, spend.p95() / 1e12));
            MetricSummary share = m.get("defence_spending_pct_gdp_final.NATO_EUROPE");
            row.add(share == null ? "-" : String.format(Locale.ROOT, "%.2f", share.mean()));
            MetricSummary cost = m.get("policy_cost_usd");
            row.add(cost == null ? "-" : String.format(Locale.ROOT, "%.0f", cost.mean() / 1e9));
            rows.add(row.toArray(String[]::new));
        }
        return layout(rows, 2);
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
