package org.indivisible.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.indivisible.analysis.comparison.Comparison;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.analysis.statistics.MetricSummary;
import org.indivisible.store.RunResults;

/**
 * The closing summary of a run for a policy reader: the chance of each conflict, Russia's chance
 * of attacking NATO when an Indo-Pacific war is under way against the baseline, Europe's gap
 * with its cost and years, GDP losses, and each policy's effect and cost. Intervals: 95% for a
 * mean (normal approximation, mean +- 1.96 sd / sqrt(n)), 5th-95th percentile ranges for
 * quantities that vary between replications, and paired-t 95% intervals for differences between
 * treatments or scenarios (replication k of each cell shares its random numbers). Prints only
 * what the run has: a study without a baseline scenario or a P0 treatment gets fewer lines.
 */
final class PolicyBrief {

    static final String BASELINE = "baseline";
    static final String NO_POLICY = "P0";
    private static final List<String[]> THEATERS = List.of(new String[] {"taiwan", "Taiwan Strait"},
            new String[] {"korea", "Korean Peninsula"}, new String[] {"nato_europe", "NATO's eastern flank"});
    private static final List<String[]> ECONOMIES = List.of(new String[] {"WORLD", "world"},
            new String[] {"EU27", "EU"}, new String[] {"USA", "US"}, new String[] {"CHN", "China"},
            new String[] {"JPN", "Japan"}, new String[] {"KOR", "South Korea"}, new String[] {"TWN", "Taiwan"});
    /** Effects shown per policy: metric, label, scale, format. */
    private static final List<String[]> EFFECTS = List.of(
            new String[] {"p_conflict.taiwan", "P(war Taiwan)", "100", "%+.1f pts"},
            new String[] {"p_conflict.nato_europe", "P(war NATO flank)", "100", "%+.1f pts"},
            new String[] {"europe_balance_ratio_min", "Europe balance min", "1", "%+.2f"},
            new String[] {"gdp_change_pct_y1.WORLD", "world GDP y1", "1", "%+.2f pts"});

    private PolicyBrief() {
    }

    static String render(EnsembleSummary summary, RunResults results) throws IOException {
        StringBuilder b = new StringBuilder();
        List<String> scenarios = summary.cells().stream().map(CellSummary::scenarioId).distinct().toList();
        List<String> treatments = summary.cells().stream().map(CellSummary::treatmentId).distinct().toList();
        String noPolicy = treatments.contains(NO_POLICY) ? NO_POLICY : treatments.get(0);
        b.append("\nWhat the run says (").append(noPolicy).append(", means with 95% intervals; ranges are 5th-95th percentiles)\n");

        // 1. The chance of each conflict, where the rule decides it (a scenario that forces a war shows 100%).
        b.append("\nChance that a war starts within the horizon:\n");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("scenario"));
        THEATERS.forEach(t -> header.add(t[1]));
        rows.add(header.toArray(String[]::new));
        for (String s : scenarios) {
            Optional<CellSummary> c = summary.cell(s, noPolicy);
            if (c.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(s));
            for (String[] t : THEATERS) {
                row.add(proportion(c.get().metrics().get("p_conflict." + t[0])));
            }
            rows.add(row.toArray(String[]::new));
        }
        b.append(SummaryTable.layout(rows, 1));

        // 2. Russia and NATO when an Indo-Pacific war is under way, against the baseline.
        if (scenarios.contains(BASELINE)) {
            b.append("\nRussia attacks NATO's eastern flank, with and without an Indo-Pacific war (paired by replication):\n");
            SortedMap<String, SortedMap<Integer, Double>> base = results.values(BASELINE, noPolicy);
            for (String s : scenarios) {
                if (s.equals(BASELINE)) {
                    continue;
                }
                Comparison c = Comparison.of(s, BASELINE, s, base, results.values(s, noPolicy), true);
                c.difference("p_conflict.nato_europe").ifPresent(d -> b.append(String.format(Locale.ROOT,
                        "  %-18s %5.1f%% against %5.1f%% in the baseline: %+.1f points [%+.1f, %+.1f]%n", s,
                        100 * d.treatmentMean(), 100 * d.baselineMean(), 100 * d.difference(), 100 * d.low(),
                        100 * d.high())));
            }
            summary.cell(BASELINE, noPolicy).ifPresent(c -> {
                MetricSummary ip = c.metrics().get("p_conflict.indo_pacific");
                MetricSummary after = c.metrics().get("p_conflict.nato_europe_after_indo_pacific");
                if (ip != null && after != null && ip.mean() > 0) {
                    b.append(String.format(Locale.ROOT, "  in the baseline, when the decision rule started an Indo-Pacific war "
                            + "(%.0f%% of replications), Russia attacked after it in %.0f%% of them%n", 100 * ip.mean(),
                            100 * after.mean() / ip.mean()));
                }
            });
        }

        // 3. Europe's gap.
        b.append("\nEurope's conventional gap when US forces leave (to restore the starting NATO:Russia ratio):\n");
        for (String s : scenarios) {
            summary.cell(s, noPolicy).ifPresent(c -> {
                MetricSummary gap = c.metrics().get("europe_gap_usd");
                MetricSummary years = c.metrics().get("europe_gap_years");
                MetricSummary keep = c.metrics().get("europe_gap_keep_usd_per_year");
                if (gap != null && gap.mean() > 0) {
                    b.append(String.format(Locale.ROOT, "  %-18s US$ %.0f bn (%.0f-%.0f) to buy, %.1f years (%.1f-%.1f) to "
                                    + "close, US$ %.1f bn a year to keep%n", s, gap.mean() / 1e9, gap.p05() / 1e9,
                            gap.p95() / 1e9, years == null ? 0 : years.mean(), years == null ? 0 : years.p05(),
                            years == null ? 0 : years.p95(), keep == null ? 0 : keep.mean() / 1e9));
                }
            });
        }

        // 4. GDP losses.
        b.append("\nGDP change in the first year after the first conflict, percent (mean, 5th-95th percentile):\n");
        rows = new ArrayList<>();
        List<String> gdpHeader = new ArrayList<>(List.of("scenario"));
        ECONOMIES.forEach(e -> gdpHeader.add(e[1]));
        rows.add(gdpHeader.toArray(String[]::new));
        for (String s : scenarios) {
            Optional<CellSummary> c = summary.cell(s, noPolicy);
            if (c.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(s));
            for (String[] e : ECONOMIES) {
                MetricSummary m = c.get().metrics().get("gdp_change_pct_y1." + e[0]);
                row.add(m == null ? "-" : String.format(Locale.ROOT, "%.1f (%.1f..%.1f)", m.mean(), m.p05(), m.p95()));
            }
            rows.add(row.toArray(String[]::new));
        }
        b.append(SummaryTable.layout(rows, 1));

        // 5. Each policy against no new policy.
        if (treatments.size() > 1) {
            b.append("\nEach policy against ").append(noPolicy).append(" (paired differences, 95% intervals; * = interval excludes 0)."
                    + "\nCost: policy_cost_eur, what the policies cost over the horizon:\n");
            rows = new ArrayList<>();
            List<String> ph = new ArrayList<>(List.of("scenario", "policy"));
            EFFECTS.forEach(e -> ph.add(e[1]));
            ph.add("cost EUR bn");
            ph.add("P(war NATO flank) pts per EUR 100 bn");
            rows.add(ph.toArray(String[]::new));
            for (String s : scenarios) {
                SortedMap<String, SortedMap<Integer, Double>> base = results.values(s, noPolicy);
                for (String t : treatments) {
                    if (t.equals(noPolicy)) {
                        continue;
                    }
                    Comparison c = Comparison.of(s, noPolicy, t, base, results.values(s, t), true);
                    List<String> row = new ArrayList<>(List.of(s, t));
                    for (String[] e : EFFECTS) {
                        double scale = Double.parseDouble(e[2]);
                        row.add(c.difference(e[0]).map(d -> difference(d, scale, e[3])).orElse("-"));
                    }
                    double costEur = c.difference("policy_cost_eur").map(Difference::difference).orElse(0.0) / 1e9;
                    row.add(String.format(Locale.ROOT, "%.0f", costEur));
                    row.add(c.difference("p_conflict.nato_europe").filter(d -> costEur > 0)
                            .map(d -> String.format(Locale.ROOT, "%+.3f", 100 * d.difference() / costEur * 100)).orElse("-"));
                    rows.add(row.toArray(String[]::new));
                }
            }
            b.append(SummaryTable.layout(rows, 1));
        }
        return b.toString();
    }

    private static String proportion(MetricSummary m) {
        if (m == null) {
            return "-";
        }
        double half = 1.96 * m.sd() / Math.sqrt(Math.max(1, m.n()));
        return String.format(Locale.ROOT, "%.0f%% [%.0f, %.0f]", 100 * m.mean(), 100 * Math.max(0, m.mean() - half),
                100 * Math.min(1, m.mean() + half));
    }

    private static String difference(Difference d, double scale, String format) {
        return String.format(Locale.ROOT, format, d.difference() * scale)
                + String.format(Locale.ROOT, " [%s, %s]", trim(format, d.low() * scale), trim(format, d.high() * scale))
                + (d.significant() ? "*" : "");
    }

    private static String trim(String format, double x) {
        return String.format(Locale.ROOT, format.replace(" pts", ""), x);
    }
}
