package org.indivisible.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.indivisible.analysis.comparison.Comparison;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.HazardRatio;
import org.indivisible.analysis.comparison.McNemar;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.analysis.statistics.MetricSummary;
import org.indivisible.model.metric.Metric;
import org.indivisible.store.RunResults;

/**
 * The closing summary of a run for a policy reader: the chance of each conflict, Russia's chance
 * of attacking NATO when an Indo-Pacific war is under way against the baseline, Europe's gap
 * with its cost and years, GDP losses, and each policy's effect on each war's chance and its
 * other effects and cost. War risk ({@link WarRisk}): the conditional estimate first (t interval;
 * paired-t for a policy's change, with its MDE and hazard ratio), the share of replications with
 * a war beside it (Wilson; exact McNemar for a change). Other differences between treatments or
 * scenarios: paired 95% intervals (replication k of each cell shares its random numbers); 5th-95th
 * percentile ranges for quantities that vary between replications. No interval is printed with
 * zero width: where every replication's change is the same the text says so. Prints only what the
 * run has: a study without a baseline scenario or a P0 treatment gets fewer lines.
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
            new String[] {Metric.EUROPE_BALANCE_RATIO_MIN.id(), "Europe balance min", "1", "%+.2f"},
            new String[] {Metric.GDP_CHANGE_PCT_Y1.id("WORLD"), "world GDP y1", "1", "%+.2f pts"});

    /** Days of warning of the flank balance shown (the one Russia's decision reads). */
    private static final int FLANK_DAYS = 30;

    private PolicyBrief() {
    }

    static String render(EnsembleSummary summary, RunResults results) throws IOException {
        StringBuilder b = new StringBuilder();
        List<String> scenarios = summary.cells().stream().map(CellSummary::scenarioId).distinct().toList();
        List<String> treatments = summary.cells().stream().map(CellSummary::treatmentId).distinct().toList();
        String noPolicy = treatments.contains(NO_POLICY) ? NO_POLICY : treatments.get(0);
        b.append("\nWhat the run says (").append(noPolicy).append(", means with 95% intervals; ranges are 5th-95th percentiles)\n");
        Map<String, SortedMap<String, SortedMap<Integer, Double>>> values = new LinkedHashMap<>();
        for (String s : scenarios) {
            values.put(s, results.values(s, noPolicy));
        }

        // 1. The chance of each conflict: the conditional estimate first, the share of replications beside it.
        b.append("\nChance that a war starts within the horizon: conditional estimate [95%], and in brackets the share of\n"
                + "replications in which one started [Wilson 95%]. 'forced' or 'none': the scenario sets the war, the rule does not decide it.\n");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("scenario"));
        THEATERS.forEach(t -> header.add(t[1]));
        rows.add(header.toArray(String[]::new));
        for (String s : scenarios) {
            List<String> row = new ArrayList<>(List.of(s));
            for (String[] t : THEATERS) {
                row.add(WarRisk.level(values.get(s), t[0]).map(PolicyBrief::level).orElse("-"));
            }
            rows.add(row.toArray(String[]::new));
        }
        b.append(SummaryTable.layout(rows, 1));

        // 2. Russia and NATO when an Indo-Pacific war is under way, against the baseline.
        if (scenarios.contains(BASELINE)) {
            b.append("\nRussia attacks NATO's eastern flank, with and without an Indo-Pacific war (paired by replication;\n"
                    + "conditional estimate, then the share of replications with exact McNemar interval):\n");
            SortedMap<String, SortedMap<Integer, Double>> base = values.get(BASELINE);
            for (String s : scenarios) {
                if (s.equals(BASELINE)) {
                    continue;
                }
                WarRisk.effect(base, values.get(s), "nato_europe").ifPresent(e -> {
                    Difference p = e.primary();
                    b.append(String.format(Locale.ROOT, "  %-18s %s against %s in the baseline: %s points%s; share %.0f%% against %.0f%%: %s%n",
                            s, percent(p.treatmentMean()), percent(p.baselineMean()), change(p),
                            e.hasConditional() ? ", MDE " + points(p.mde()) : "", 100 * e.binary().treatmentMean(),
                            100 * e.binary().baselineMean(), change(e.binary())));
                });
            }
            summary.cell(BASELINE, noPolicy).ifPresent(c -> {
                MetricSummary ip = c.metrics().get(Metric.P_CONFLICT_INDO_PACIFIC.id());
                MetricSummary after = c.metrics().get(Metric.P_CONFLICT_NATO_EUROPE_AFTER_INDO_PACIFIC.id());
                if (ip != null && after != null && ip.mean() > 0) {
                    b.append(String.format(Locale.ROOT, "  in the baseline, when the decision rule started an Indo-Pacific war "
                            + "(%.0f%% of replications), Russia attacked after it in %.0f%% of them%n", 100 * ip.mean(),
                            100 * after.mean() / ip.mean()));
                }
            });
        }

        // 3. Europe without the US.
        b.append("\nEurope without the US (P0; medians with 5th-95th percentiles; docs/forces-and-combat.md 4):\n");
        List<String[]> europe = new ArrayList<>();
        europe.add(new String[]{"scenario", "flank NATO:RUS in 30 days, start", "lowest", "replace the US, 25 years",
            "years to buy", "swing gap"});
        for (String s : scenarios) {
            summary.cell(s, noPolicy).ifPresent(c -> {
                MetricSummary start = c.metrics().get(Metric.EUROPE_BALANCE_FLANK_START.id(FLANK_DAYS));
                MetricSummary low = c.metrics().get(Metric.EUROPE_BALANCE_FLANK_MIN.id(FLANK_DAYS));
                MetricSummary bill = c.metrics().get(Metric.EUROPE_REPLACE_US_USD_25Y.id());
                MetricSummary years = c.metrics().get(Metric.EUROPE_REPLACE_US_YEARS.id());
                MetricSummary gap = c.metrics().get(Metric.EUROPE_GAP_USD.id());
                if (start == null) {
                    return;
                }
                europe.add(new String[]{s, median(start, "%.2f"), median(low, "%.2f"),
                    bill == null ? "-" : String.format(Locale.ROOT, "US$ %.0f bn (%.0f-%.0f)", bill.p50(), bill.p05(), bill.p95()),
                    median(years, "%.0f"),
                    gap == null ? "-" : String.format(Locale.ROOT, "US$ %.0f bn (%.0f-%.0f)", gap.p50() / 1e9, gap.p05() / 1e9,
                            gap.p95() / 1e9)});
            });
        }
        if (europe.size() > 1) {
            b.append(SummaryTable.layout(europe, 1));
            b.append("  The flank ratio counts what NATO and Russia can have on the eastern flank within 30 days (land and air,\n"
                    + "  US reinforcements the Pacific leaves, enablers); Russia's decision reads it. The bill is what Europe would\n"
                    + "  buy and keep to replace US forces, reinforcements and enablers. The swing gap restores the starting\n"
                    + "  location-wide ratio at its lowest point (US departures and Russia's rebuilding).\n");
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
                MetricSummary m = c.get().metrics().get(Metric.GDP_CHANGE_PCT_Y1.id(e[0]));
                row.add(m == null ? "-" : String.format(Locale.ROOT, "%.1f (%.1f..%.1f)", m.mean(), m.p05(), m.p95()));
            }
            rows.add(row.toArray(String[]::new));
        }
        b.append(SummaryTable.layout(rows, 1));

        // 5. Each policy against no new policy: its effect on the chance of each war.
        if (treatments.size() > 1) {
            b.append("\nEach policy's effect on the chance of war against ").append(noPolicy)
                    .append(" (points, paired by replication; * = the conditional interval excludes 0):\n");
            rows = new ArrayList<>();
            rows.add(new String[] {"scenario", "policy", "war", "conditional change [95%]", "MDE", "hazard ratio [95%]",
                "share change [exact 95%]", "+/-", "McNemar p"});
            List<String> undecided = new ArrayList<>();
            for (String s : scenarios) {
                SortedMap<String, SortedMap<Integer, Double>> base = values.get(s);
                for (String[] t : THEATERS) {
                    if (!base.containsKey(WarRisk.conditionalMetric(t[0]))) {
                        if (base.containsKey(WarRisk.binaryMetric(t[0]))) {
                            undecided.add(s + " " + t[0]);
                        }
                        continue;
                    }
                    for (String tr : treatments) {
                        if (tr.equals(noPolicy)) {
                            continue;
                        }
                        Optional<WarRisk.Effect> effect = WarRisk.effect(base, results.values(s, tr), t[0]);
                        if (effect.isEmpty() || !effect.get().hasConditional()) {
                            continue;
                        }
                        WarRisk.Effect e = effect.get();
                        McNemar m = e.binary().mcnemar();
                        rows.add(new String[] {s, tr, t[0], leverChange(e.conditional()),
                            e.conditional().constant() ? "n/a" : points(e.conditional().mde()),
                            hazardRatio(e.hazardRatio()), change(e.binary()),
                            m == null ? "-" : m.treatmentOnly() + "/" + m.baselineOnly(),
                            m == null ? "-" : String.format(Locale.ROOT, m.pValue() >= 0.9995 ? "%.0f" : "%.3f", m.pValue())});
                    }
                }
            }
            b.append(SummaryTable.layout(rows, 1));
            b.append("conditional: each replication's weekly war probabilities summed to the first start (p_war_cond); its mean\n"
                    + "is the chance of war, with far less noise than the 0/1 outcome. MDE: the smallest change this many\n"
                    + "replications detect with 80% power at 5% (two-sided); n/a where no replication differs. hazard ratio: mean\n"
                    + "cumulative hazard over every week the rule was asked (-ln(1 - p_decision)) with the policy over that without\n"
                    + "it, same replications (below 1: the policy lowers the hazard; '1 +x' when too close to 1 for decimals,\n"
                    + "e.g. a lever that acts only once a war has started). share: the 0/1 outcome\n"
                    + "(p_conflict); +/-: replications with a war only with / only without the policy. docs/analysis.md.\n");
            if (!undecided.isEmpty()) {
                b.append("Not decided by the rule (the scenario forces or forbids the war, no policy changes it): ")
                        .append(String.join(", ", undecided)).append(".\n");
            }

            // 6. Other effects and cost.
            b.append("\nOther effects against ").append(noPolicy).append(" (paired differences, 95% intervals; * = interval excludes 0)."
                    + "\nCost: policy_cost_eur_pv, the present value of what the policies cost over the horizon in constant 2025\n"
                    + "euros (docs/decisions.md 9); per EUR 100 bn only where the war-risk change's interval excludes 0:\n");
            rows = new ArrayList<>();
            List<String> ph = new ArrayList<>(List.of("scenario", "policy"));
            EFFECTS.forEach(e -> ph.add(e[1]));
            ph.add("cost PV EUR bn");
            ph.add("P(war NATO flank) pts per EUR 100 bn");
            rows.add(ph.toArray(String[]::new));
            for (String s : scenarios) {
                SortedMap<String, SortedMap<Integer, Double>> base = values.get(s);
                for (String t : treatments) {
                    if (t.equals(noPolicy)) {
                        continue;
                    }
                    SortedMap<String, SortedMap<Integer, Double>> treated = results.values(s, t);
                    Comparison c = Comparison.of(s, noPolicy, t, base, treated, true);
                    List<String> row = new ArrayList<>(List.of(s, t));
                    for (String[] e : EFFECTS) {
                        double scale = Double.parseDouble(e[2]);
                        row.add(c.difference(e[0]).map(d -> difference(d, scale, e[3])).orElse("-"));
                    }
                    double costEur = c.difference(Metric.POLICY_COST_EUR_PV.id()).or(() -> c.difference(Metric.POLICY_COST_EUR.id()))
                            .map(Difference::difference).orElse(0.0) / 1e9;
                    row.add(String.format(Locale.ROOT, "%.0f", costEur));
                    row.add(WarRisk.effect(base, treated, "nato_europe").map(WarRisk.Effect::primary)
                            .map(d -> costEur <= 0 ? "- (no added cost)"
                                    : !d.significant() ? "- (change spans 0)"
                                    : String.format(Locale.ROOT, "%+.2e", 100 * d.difference() / costEur * 100))
                            .orElse("-"));
                    rows.add(row.toArray(String[]::new));
                }
            }
            b.append(SummaryTable.layout(rows, 1));
        }
        return b.toString();
    }

    /** A cell's chance of war: the conditional estimate, the binary share beside it. */
    private static String level(WarRisk.Level l) {
        String share = String.format(Locale.ROOT, "%.0f%% [%.1f, %.1f]", 100 * l.binary(), 100 * l.binaryInterval().low(),
                100 * l.binaryInterval().high());
        if (!l.hasConditional()) {
            return (l.binary() >= 0.5 ? "forced " : "none ") + share;
        }
        int dec = decimals(100 * l.conditionalInterval().halfWidth());
        return String.format(Locale.ROOT, "%." + dec + "f%% [%." + dec + "f, %." + dec + "f] (%s)", 100 * l.conditional(),
                100 * l.conditionalInterval().low(), 100 * l.conditionalInterval().high(), share);
    }

    /**
     * A lever's change in a war's conditional risk: where no replication's weekly war probabilities
     * moved at all, the lever has no path to that war in the model (docs/model.md's table of
     * mechanisms), which the brief says instead of printing a zero.
     */
    static String leverChange(Difference d) {
        return d.constant() && d.difference() == 0 ? "no modelled effect on war risk" : change(d);
    }

    /**
     * A difference in points with its interval, to two significant digits of the half-width; never
     * a zero-width interval: a paired sample in which every replication's change is the same says so.
     */
    static String change(Difference d) {
        if (d.constant()) {
            return d.difference() == 0 ? "0 (no replication differs)"
                    : String.format(Locale.ROOT, "%+.3g in every replication", 100 * d.difference());
        }
        double half = 100 * (d.high() - d.low()) / 2;
        return format(100 * d.difference(), half) + " [" + format(100 * d.low(), half) + ", " + format(100 * d.high(), half) + "]"
                + (d.significant() ? "*" : "");
    }

    /** A value in points to two significant digits. */
    static String points(double x) {
        if (!Double.isFinite(x)) {
            return "-";
        }
        return format(100 * x, 100 * x).replace("+", "");
    }

    static String hazardRatio(HazardRatio hr) {
        if (hr == null || Double.isNaN(hr.ratio())) {
            return "-";
        }
        if (hr.identical()) {
            return "1 (same hazards)";
        }
        if (hr.interval() == null) {
            return String.format(Locale.ROOT, "%.6g (the same in every replication)", hr.ratio());
        }
        if (hr.interval().halfWidth() < 5e-4) {
            // Too close to 1 for decimals: the ratio's distance from 1, which no interval of decimals would show.
            double half = hr.interval().halfWidth();
            return "1 " + format(hr.ratio() - 1, half) + " [" + format(hr.interval().low() - 1, half) + ", "
                    + format(hr.interval().high() - 1, half) + "]";
        }
        int dec = Math.max(2, decimals(hr.interval().halfWidth()));
        return String.format(Locale.ROOT, "%." + dec + "f [%." + dec + "f, %." + dec + "f]", hr.ratio(), hr.interval().low(),
                hr.interval().high());
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    /** {@code x} with the decimals that show two significant digits of {@code scale}; scientific below 0.001. */
    private static String format(double x, double scale) {
        double s = Math.abs(scale);
        if (s > 0 && s < 1e-3) {
            // Scientific, with the significant digits that show two of the half-width's.
            double mag = Math.max(Math.abs(x), s);
            int sig = (int) Math.max(2, Math.min(15, Math.floor(Math.log10(mag)) - Math.floor(Math.log10(s)) + 2));
            return String.format(Locale.ROOT, "%+." + (sig - 1) + "e", x);
        }
        return String.format(Locale.ROOT, "%+." + decimals(s) + "f", x);
    }

    /** Decimals that show two significant digits of a positive width (at least 1, at most 4). */
    static int decimals(double width) {
        if (!(width > 0) || !Double.isFinite(width)) {
            return 1;
        }
        return Math.max(1, Math.min(4, (int) Math.ceil(-Math.log10(width)) + 1));
    }

    private static String difference(Difference d, double scale, String format) {
        String unit = format.endsWith(" pts") ? " pts" : "";
        if (d.constant()) {
            return d.difference() == 0 ? "0 (no replication differs)"
                    : String.format(Locale.ROOT, "%+.3g%s in every replication", d.difference() * scale, unit);
        }
        double half = scale * (d.high() - d.low()) / 2;
        return format(d.difference() * scale, half) + unit + " [" + format(d.low() * scale, half) + ", "
                + format(d.high() * scale, half) + "]" + (d.significant() ? "*" : "");
    }


    /** A metric's median with its 5th-95th percentile range, or "-" when absent. */
    private static String median(MetricSummary m, String format) {
        if (m == null) {
            return "-";
        }
        return String.format(Locale.ROOT, format + " (" + format + "-" + format + ")", m.p50(), m.p05(), m.p95());
    }
}
