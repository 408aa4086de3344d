package org.indivisible.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.comparison.Comparison;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.RunComparison;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.store.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indivisible compare}: treatments against a baseline, paired by replication. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {
            "Compares treatments with confidence. With one run: every treatment against the baseline",
            "treatment in each scenario. With two runs: each (scenario, treatment) of RUN_B against the",
            "same of RUN_A. Differences are paired by replication when both sides share random numbers",
            "(the same run, or two runs with the same seed): a paired-t 95%% interval, or the exact McNemar",
            "interval for 0/1 outcomes (p_conflict.*, decision_war.*). Otherwise Welch's unpaired interval.",
            "MDE: the smallest difference the replications detect with 80%% power at 5%% (two-sided).",
            "For war risk, p_war_cond.<pair> is the conditional estimate (docs/analysis.md). 'per US$ bn'",
            "is the metric's change per billion current US$ of added policy cost (policy_cost_usd).",
            "Reads results.duckdb in the run folders.",
            "",
            "Examples:",
            "  indivisible compare 20261128-015206-default-study                  all treatments vs P0",
            "  indivisible compare RUN --baseline P1 --metric p_conflict --all    every p_conflict metric",
            "  indivisible compare out/RUN_A out/RUN_B                            two runs",
        },
        footer = ExitCodes.HELP_TEXT)
final class CompareCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "RUN_A", description = "Run folder, or a run id under --out.")
    String runA;

    @Parameters(index = "1", arity = "0..1", paramLabel = "RUN_B", description = "A second run to compare against RUN_A.")
    String runB;

    @Option(names = {"-b", "--baseline"}, paramLabel = "P", defaultValue = "P0",
            description = "Baseline treatment within one run. Default: ${DEFAULT-VALUE}.")
    String baseline;

    @Option(names = {"-m", "--metric"}, paramLabel = "PREFIX", split = ",",
            description = "Only metrics whose id starts with one of these (comma-separated).")
    List<String> metricPrefixes = List.of();

    @Option(names = "--all", description = "Every metric; by default only differences whose interval excludes zero.")
    boolean all;

    @Mixin
    OutFolder outFolder = new OutFolder();

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws IOException {
        Path a = RunFolders.resolve(runA, outFolder.root);
        if (a == null) {
            err.printf("indivisible compare: no run %s (neither a folder with manifest.json nor a run id under %s; see 'indivisible runs')%n", runA, outFolder.root);
            return ExitCodes.INVALID_INPUT;
        }
        Path b = null;
        if (runB != null) {
            b = RunFolders.resolve(runB, outFolder.root);
            if (b == null) {
                err.printf("indivisible compare: no run %s (see 'indivisible runs')%n", runB);
                return ExitCodes.INVALID_INPUT;
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        RunComparison runComparison = null;
        String pairing;
        try (RunResults ra = RunResults.open(a)) {
            List<String[]> cellsA = ra.cells();
            if (b == null) {
                if (cellsA.stream().noneMatch(c -> c[1].equals(baseline))) {
                    err.printf("indivisible compare: run %s has no treatment %s; it has %s%n", a.getFileName(), baseline,
                            cellsA.stream().map(c -> c[1]).distinct().toList());
                    return ExitCodes.USAGE;
                }
                for (String scenario : cellsA.stream().map(c -> c[0]).distinct().toList()) {
                    var base = ra.values(scenario, baseline);
                    for (String[] c : cellsA) {
                        if (c[0].equals(scenario) && !c[1].equals(baseline)) {
                            comparisons.add(Comparison.of(scenario, baseline, c[1], base, ra.values(scenario, c[1]), true));
                        }
                    }
                }
                pairing = "paired by replication (common random numbers), paired-t 95% intervals (exact McNemar for 0/1 outcomes)";
            } else {
                RunManifest ma = RunFolder.of(a).readManifest();
                RunManifest mb = RunFolder.of(b).readManifest();
                RunComparison.Between between;
                try (RunResults rb = RunResults.open(b)) {
                    between = RunComparison.between(ma.seed(), ra, mb.seed(), rb, metric -> true);
                }
                if (between.cells() == 0) {
                    err.println("indivisible compare: the two runs share no (scenario, treatment)");
                    return ExitCodes.INVALID_INPUT;
                }
                runComparison = between.comparison();
                pairing = between.paired() ? between.pairing() + " (exact McNemar for 0/1 outcomes)" : between.pairing();
            }
        }
        if (runComparison != null) {
            out.print(render(runComparison));
            out.printf("%nB - A differences: %s. %d differences tested; %d marked '*' as discoveries at a false discovery rate "
                    + "of 5%% (Benjamini-Hochberg; %d intervals exclude 0 before the adjustment); %d at floating-point rounding "
                    + "(within 1e-9 of the mean) are shown as 0. Headline metrics first, then by p-value.%n", pairing,
                    runComparison.tests(), runComparison.marked(), runComparison.unadjusted(), runComparison.roundingZeros());
            if (runComparison.marked() == 0) {
                out.println("No metric changed beyond what chance explains: none of the " + runComparison.tests() + " differences is marked.");
            }
            if (!all) {
                out.println("Only headline metrics and marked differences are shown; --all shows every metric.");
            }
            return ExitCodes.OK;
        }
        out.print(render(comparisons));
        out.printf("%nB - A differences: %s.%n", pairing);
        out.println("'*': the interval excludes zero. per US$ bn: change per billion current US$ of added policy_cost_usd.");
        if (!all) {
            out.println("Only differences whose interval excludes zero are shown; --all shows every metric.");
        }
        return ExitCodes.OK;
    }

    /** The two-run table: headline metrics and discoveries (every difference with --all), in the comparison's order. */
    private String render(RunComparison rc) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "treatment", "metric", "A mean", "B mean", "B - A", "95% interval", "p", "method", "MDE", "n"});
        for (RunComparison.Row r : rc.rows()) {
            Difference d = r.difference();
            boolean wanted = metricPrefixes.isEmpty() || metricPrefixes.stream().anyMatch(p -> d.metric().startsWith(p));
            if (!wanted || (!all && !r.headline() && !r.markedAfterAdjustment())) {
                continue;
            }
            rows.add(new String[] {r.scenario(), r.treatment(), d.metric(), number(d.baselineMean()), number(d.treatmentMean()),
                number(r.shownDifference()) + (r.markedAfterAdjustment() ? "*" : ""),
                r.roundingZero() ? "rounding (0)" : d.constant() ? (d.difference() == 0 ? "none differs" : "same in every replication")
                        : interval(d.low(), d.high()),
                String.format(Locale.ROOT, r.pValue() < 1e-4 ? "%.1e" : "%.4f", r.pValue()), d.method().label(),
                Double.isFinite(d.mde()) ? number(d.mde()) : "-", Long.toString(d.n())});
        }
        return TextTable.render(rows, 3);
    }

    private String render(List<Comparison> comparisons) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "B", "vs A", "metric", "A mean", "B mean", "B - A", "95% interval", "method", "MDE", "n",
            "per US$ bn"});
        for (Comparison c : comparisons) {
            for (Difference d : c.differences()) {
                boolean wanted = metricPrefixes.isEmpty() || metricPrefixes.stream().anyMatch(p -> d.metric().startsWith(p));
                if (!wanted || (!all && !d.significant())) {
                    continue;
                }
                String per = c.perBillionUsd(d).filter(x -> !d.metric().equals(Comparison.COST_METRIC))
                        .map(CompareCommand::number).orElse("-");
                rows.add(new String[] {c.scenario(), c.treatment(), c.baseline(), d.metric(), number(d.baselineMean()),
                    number(d.treatmentMean()), number(d.difference()) + (d.significant() ? "*" : ""),
                    d.constant() ? (d.difference() == 0 ? "none differs" : "same in every replication")
                            : interval(d.low(), d.high()),
                    d.method().label(), Double.isFinite(d.mde()) ? number(d.mde()) : "-", Long.toString(d.n()), per});
            }
        }
        if (rows.size() == 1) {
            return "No differences to show" + (all ? "" : " (none excludes zero; --all shows every metric)") + ".\n";
        }
        return TextTable.render(rows, 4);
    }

    /** "[low, high]" with four significant digits, or as many more as it takes for the two ends to differ. */
    static String interval(double low, double high) {
        for (int digits = 4; digits <= 15; digits++) {
            String a = number(low, digits);
            String b = number(high, digits);
            if (!a.equals(b) || low == high) {
                return "[" + a + ", " + b + "]";
            }
        }
        return "[" + number(low, 17) + ", " + number(high, 17) + "]";
    }

    /** Four significant digits, plain or scientific as the size asks. */
    static String number(double x) {
        return number(x, 4);
    }

    static String number(double x, int digits) {
        if (x == 0) {
            return "0";
        }
        double abs = Math.abs(x);
        if (abs >= 1e6 || abs < 1e-3) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", x);
        }
        return String.format(Locale.ROOT, "%." + digits + "g", x);
    }
}
