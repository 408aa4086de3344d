package org.indivisible.cli;

import org.indivisible.data.EmbeddedData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.sensitivity.OneAtATime;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.parameter.UncertainParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code indivisible oat}: one-at-a-time sensitivity ({@link OneAtATime}) printed as a Markdown
 * table (docs/decisions.md holds one).
 */
@Command(name = "oat", mixinStandardHelpOptions = true,
        description = {
            "One-at-a-time sensitivity: all parameters at their central values, then each parameter whose id",
            "starts with a prefix alone at the low and the high end of its range; prints the mean of each",
            "metric at every point as a Markdown table. The economy runs without its channel split.",
            "",
            "Example (the table in docs/decisions.md):",
            "  indivisible oat scenarios/baseline.yaml -p decision.coef.,decision.h0AnnualPct. \\",
            "      -m p_conflict.taiwan,p_conflict.korea,p_conflict.nato_europe -n 400",
        },
        footer = ExitCodes.HELP_TEXT)
final class OatCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario or study file.")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID", description = "Scenario of a study. Default: its first.")
    String scenario;

    @Option(names = "--treatment", paramLabel = "ID", description = "Treatment of a study. Default: its first.")
    String treatment;

    @Option(names = {"-p", "--prefixes"}, split = ",", paramLabel = "PREFIX", defaultValue = "decision.coef.",
            description = "Parameter id prefixes to vary. Default: ${DEFAULT-VALUE}.")
    List<String> prefixes;

    @Option(names = {"-m", "--metrics"}, split = ",", paramLabel = "ID", required = true,
            description = "Metrics to report (docs/metrics.md); an absent metric counts as 0.")
    List<String> metrics;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "200",
            description = "Replications at each point. Default: ${DEFAULT-VALUE}.")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "20261128", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Mixin
    Threads threads = new Threads();

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        Bounds.require("oat", "--replications", (long) replications, (long) threads.count, seed);
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        org.indivisible.data.scenario.Study study = InputFiles.load("oat", file, "a study or scenario file",
                f -> ScenarioFiles.loadStudy(f, snapshot));
        org.indivisible.analysis.ensemble.Cell cell = org.indivisible.analysis.run.StudyRun.cells(study,
                snapshot).stream()
                .filter(c -> scenario == null || c.scenarioId().equals(scenario))
                .filter(c -> treatment == null || c.treatmentId().equals(treatment))
                .findFirst().orElse(null);
        if (cell == null) {
            err.printf("indivisible oat: %s has no scenario %s with treatment %s%n", file, scenario, treatment);
            return ExitCodes.USAGE;
        }
        Configuration base = cell.configuration();
        List<UncertainParameter> varied = OneAtATime.varied(base, prefixes);
        if (varied.isEmpty()) {
            err.printf("indivisible oat: no parameter with a range starts with %s%n", prefixes);
            return ExitCodes.USAGE;
        }
        List<OneAtATime.Row> result = OneAtATime.run(EmbeddedData.engine(), base, varied, metrics, replications, seed,
                threads.count, id -> err.printf("oat: %s done%n", id));
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("parameter", "low", "central", "high"));
        for (String m : metrics) {
            header.add(m + " (low / central / high)");
        }
        rows.add(header.toArray(String[]::new));
        for (OneAtATime.Row r : result) {
            UncertainParameter p = r.parameter();
            List<String> row = new ArrayList<>(List.of(p.id(), num(p.distribution().low()), num(p.value()),
                    num(p.distribution().high())));
            for (int m = 0; m < metrics.size(); m++) {
                row.add(pct(r.low()[m]) + " / " + pct(r.central()[m]) + " / " + pct(r.high()[m]));
            }
            rows.add(row.toArray(String[]::new));
        }
        out.printf("One-at-a-time sensitivity of %s/%s: every parameter at its central value, one at a time at the "
                + "ends of its range; %d replications per point, seed %d (common random numbers).%n%n",
                base.scenarioId(), base.treatmentId(), replications, seed);
        out.print(markdown(rows));
        return ExitCodes.OK;
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e6 ? String.format(Locale.ROOT, "%.0f", x)
                : String.format(Locale.ROOT, "%.3g", x);
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    static String markdown(List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            b.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
            if (i == 0) {
                b.append("|").append("---|".repeat(rows.get(0).length)).append('\n');
            }
        }
        return b.toString();
    }
}
