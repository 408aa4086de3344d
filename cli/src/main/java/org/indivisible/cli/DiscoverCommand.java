package org.indivisible.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.indivisible.analysis.discovery.Prim;
import org.indivisible.analysis.discovery.ScenarioDiscovery;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.Checked;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.store.CsvToParquet;
import org.indivisible.store.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indivisible discover}: scenario discovery (PRIM) over a run's replications. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {
            "Scenario discovery: in which region of the uncertain parameters does an outcome happen? Takes a",
            "run, marks each replication of one scenario where the outcome is at or above a threshold, and",
            "finds boxes of parameter space where those cases concentrate with PRIM (Friedman and Fisher",
            "1999): a peeling trajectory from high coverage to high density, the chosen box after pasting,",
            "and the case rate inside the box under every treatment (replication k of every treatment drew",
            "the same parameters, so a lever that shrinks the box shows as a lower rate on the same draws).",
            "Writes discovery/<outcome>/boxes.csv, trajectory.csv and their .parquet copies in the run folder.",
            "",
            "Examples:",
            "  indivisible discover 20261128-015206-default-study --outcome decision_war.RUS.nato_europe",
            "  indivisible discover RUN --outcome europe_balance_ratio_min --threshold 1.2 --scenario taiwan-invasion",
        },
        footer = ExitCodes.HELP_TEXT)
final class DiscoverCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "A run folder or run id under --out.")
    String run;

    @Mixin
    OutFolder outFolder = new OutFolder();

    @Option(names = "--outcome", required = true, paramLabel = "METRIC",
            description = "The metric whose cases to explain (docs/metrics.md), e.g. decision_war.RUS.nato_europe.")
    String outcome;

    @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.5",
            description = "A replication is a case when the metric is at or above X. Default: ${DEFAULT-VALUE} (a 0/1 outcome's 1).")
    double threshold;

    @Option(names = "--soft", description = "Use the outcome itself (clipped to 0..1) as each replication's weight, "
            + "not a 0/1 case: for per-replication probabilities such as p_war_cond.RUS.nato_europe.")
    boolean soft;

    @Option(names = "--below", description = "Cases are replications BELOW the threshold instead (e.g. a balance under 1).")
    boolean below;

    @Option(names = "--scenario", paramLabel = "ID", description = "Scenario of the run. Default: the first that has cases.")
    String scenario;

    @Option(names = "--treatment", paramLabel = "ID", defaultValue = "P0",
            description = "Treatment whose cases PRIM explains. Default: ${DEFAULT-VALUE} (the run's first if it has no P0).")
    String treatment;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Share of the box each peel removes. Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--min-mass", paramLabel = "M", defaultValue = "0.05", description = "Smallest share of replications a box may hold. Default: ${DEFAULT-VALUE}.")
    double minMass;

    @Option(names = "--min-coverage", paramLabel = "C", defaultValue = "0.5",
            description = "The chosen box is the densest with at least this coverage. Default: ${DEFAULT-VALUE}.")
    double minCoverage;

    @Option(names = "--boxes", paramLabel = "N", defaultValue = "2", description = "Boxes to find (each on the cases the ones before left out). Default: ${DEFAULT-VALUE}.")
    int boxes;

    @Option(names = "--inputs", paramLabel = "K", defaultValue = "6",
            description = "Screen the parameters to the K whose draws differ most between cases and the rest "
                    + "(Mann-Whitney), then run PRIM on those. Default: ${DEFAULT-VALUE}.")
    int inputs;

    @Option(names = {"-p", "--parameters"}, split = ",", paramLabel = "ID",
            description = "Run PRIM on these parameters (ids or id prefixes ending in '.') instead of screening.")
    List<String> parameters = List.of();

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        Path folder = RunFolders.resolve(run, outFolder.root);
        if (folder == null) {
            err.printf("indivisible discover: no run %s (neither a folder with manifest.json nor a run id under %s)%n", run, outFolder.root);
            return ExitCodes.USAGE;
        }
        Prim prim;
        try {
            prim = new Prim(alpha, minMass);
        } catch (IllegalArgumentException e) {
            err.println("indivisible discover: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (inputs < 1 || inputs > 50) {
            err.println("indivisible discover: --inputs must be 1 to 50");
            return ExitCodes.USAGE;
        }
        if (boxes < 1 || boxes > 10 || !(minCoverage > 0 && minCoverage <= 1)) {
            err.println("indivisible discover: --boxes must be 1 to 10 and --min-coverage in (0, 1]");
            return ExitCodes.USAGE;
        }
        RunManifest manifest = RunFolder.of(folder).readManifest();
        Path studyFile = Path.of(manifest.studyFile());
        if (!Files.isRegularFile(studyFile)) {
            err.printf("indivisible discover: the run's study file %s is not here (run the command from the folder the run "
                    + "was made in); its parameter draws are recomputed from it%n", manifest.studyFile());
            return ExitCodes.INVALID_INPUT;
        }
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        if (!snapshot.version().equals(manifest.dataSnapshot())) {
            err.printf("indivisible discover: the run used data snapshot %s, this build has %s; its parameter draws "
                    + "cannot be recomputed%n", manifest.dataSnapshot(), snapshot.version());
            return ExitCodes.INVALID_INPUT;
        }
        Checked<Study> loaded = ScenarioFiles.loadStudy(studyFile, snapshot);
        if (!loaded.ok()) {
            err.println(loaded.report());
            return ExitCodes.INVALID_INPUT;
        }
        Study study = loaded.orElseThrow();
        if (!study.sourceHashes().equals(manifest.inputFiles())) {
            err.printf("indivisible discover: %s changed since the run (its SHA-256 differ from manifest.json); the "
                    + "parameters it draws may differ. Rerun the study, or restore the files.%n", manifest.studyFile());
            return ExitCodes.INVALID_INPUT;
        }
        try (RunResults results = RunResults.open(folder)) {
            List<String> treatments = manifest.treatments();
            String explained = treatments.contains(treatment) ? treatment : treatments.get(0);
            List<String> scenarios = scenario == null ? manifest.scenarios() : List.of(scenario);
            if (scenario != null && !manifest.scenarios().contains(scenario)) {
                err.printf("indivisible discover: the run has no scenario %s; it has %s%n", scenario, manifest.scenarios());
                return ExitCodes.USAGE;
            }
            for (String s : scenarios) {
                SortedMap<Integer, Double> values = results.metric(s, explained, outcome);
                if (values.isEmpty()) {
                    if (scenario != null) {
                        err.printf("indivisible discover: %s x %s did not record %s (docs/metrics.md names the metrics)%n",
                                s, explained, outcome);
                        return ExitCodes.USAGE;
                    }
                    continue;
                }
                Configuration config = StudyRun.cells(study, snapshot).stream()
                        .filter(c -> c.scenarioId().equals(s) && c.treatmentId().equals(explained))
                        .findFirst().orElseThrow().configuration();
                ScenarioDiscovery.Cases all = ScenarioDiscovery.cases(config, manifest.seed(), manifest.replications(),
                        flip(values), below ? -threshold : threshold, soft);
                if (all.count() == 0 && scenario == null) {
                    continue;
                }
                List<ScenarioDiscovery.Screened> screened = ScenarioDiscovery.screen(all);
                int[] keep;
                if (!parameters.isEmpty()) {
                    keep = java.util.stream.IntStream.range(0, all.inputs().size())
                            .filter(j -> parameters.stream().anyMatch(q -> q.endsWith(".")
                                    ? all.inputs().get(j).id().startsWith(q) : all.inputs().get(j).id().equals(q)))
                            .toArray();
                    if (keep.length == 0) {
                        err.printf("indivisible discover: no uncertain parameter of %s matches %s%n", s, parameters);
                        return ExitCodes.USAGE;
                    }
                } else {
                    // Those that pass the false-discovery control, at most K; the top two when none does.
                    keep = screened.stream().filter(x -> x.qValue() <= FDR).limit(inputs)
                            .mapToInt(ScenarioDiscovery.Screened::input).toArray();
                    if (keep.length == 0) {
                        keep = screened.stream().limit(Math.min(2, inputs)).mapToInt(ScenarioDiscovery.Screened::input).toArray();
                    }
                }
                printScreening(out, all, screened, keep);
                ScenarioDiscovery.Cases cases = all.select(keep);
                Map<String, double[]> byTreatment = new LinkedHashMap<>();
                for (String t : treatments) {
                    SortedMap<Integer, Double> tv = flip(results.metric(s, t, outcome));
                    double[] y = new double[manifest.replications()];
                    for (int r = 0; r < y.length; r++) {
                        Double v = tv.get(r);
                        y[r] = soft ? (v == null ? 0 : Math.min(1, Math.max(0, v)))
                                : v != null && v >= (below ? -threshold : threshold) ? 1 : 0;
                    }
                    byTreatment.put(t, y);
                }
                List<ScenarioDiscovery.Found> found = ScenarioDiscovery.discover(cases, prim, minCoverage, boxes, byTreatment);
                print(out, s, explained, cases, found);
                write(folder, s, explained, cases, found, out);
                return ExitCodes.OK;
            }
            err.printf("indivisible discover: no replication of %s has %s %s %s; nothing to explain%n",
                    scenario == null ? "any scenario" : scenario, outcome, below ? "below" : "at or above", num(threshold));
            return ExitCodes.USAGE;
        }
    }

    private SortedMap<Integer, Double> flip(SortedMap<Integer, Double> values) {
        if (!below) {
            return values;
        }
        SortedMap<Integer, Double> out = new java.util.TreeMap<>();
        values.forEach((k, v) -> out.put(k, -v));
        return out;
    }

    private void print(PrintWriter out, String s, String t, ScenarioDiscovery.Cases cases,
                       List<ScenarioDiscovery.Found> found) {
        int n = cases.y().length;
        if (!soft) {
            out.printf(Locale.ROOT, "Scenario discovery: %s x %s, cases = replications with %s %s %s: %d of %d (%.1f%%); "
                            + "inputs: %d uncertain parameters as drawn.%n", s, t, outcome, below ? "<" : ">=",
                    num(threshold), cases.count(), n, 100.0 * cases.count() / n, cases.inputs().size());
        } else {
            out.printf(Locale.ROOT, "Scenario discovery: %s x %s over %d replications; inputs: %d uncertain parameters as drawn.%n",
                    s, t, n, cases.inputs().size());
            out.printf(Locale.ROOT, "(--soft: each replication weighs its %s, mean %.1f%%; coverage and density below use those weights.)%n",
                    outcome, 100 * java.util.Arrays.stream(cases.y()).average().orElse(0));
        }
        if (!soft && cases.count() < 20) {
            out.printf("Few cases (%d): boxes rest on little evidence; run more replications (-n 1000).%n", cases.count());
        }
        for (int b = 0; b < found.size(); b++) {
            ScenarioDiscovery.Found f = found.get(b);
            Prim.Box box = f.prim().box();
            out.printf(Locale.ROOT, "%nBox %d: coverage %.0f%% (of the cases%s), density %.0f%% (cases inside; %.0f%% "
                            + "outside any box), mass %.0f%% of replications; peeling step %d of %d, then pasted.%n",
                    b + 1, 100 * box.coverage(), b == 0 ? "" : " left by the boxes before", 100 * box.density(),
                    100 * f.prim().trajectory().get(0).density(), 100 * box.mass(), f.prim().chosenStep(),
                    f.prim().trajectory().size() - 1);
            int[] restricted = box.restricted();
            if (restricted.length == 0) {
                out.println("  restricts no parameter: the cases are spread over the whole space.");
            }
            // The quasi-p-value is a binomial test of 0/1 cases; weights have no such test.
            double[] quasiP = soft ? new double[box.lower().length] : ScenarioDiscovery.quasiP(box, cases.x(), cases.y());
            if (soft) {
                java.util.Arrays.fill(quasiP, Double.NaN);
            }
            for (int j : restricted) {
                UncertainParameter p = cases.inputs().get(j);
                out.printf(Locale.ROOT, "  %-45s %s .. %s   (range %s .. %s %s%s)%n", p.id(),
                        box.lower()[j] == Double.NEGATIVE_INFINITY ? "low end" : num(box.lower()[j]),
                        box.upper()[j] == Double.POSITIVE_INFINITY ? "high end" : num(box.upper()[j]),
                        num(p.distribution().low()), num(p.distribution().high()), p.unit(), soft ? "" : String.format(Locale.ROOT, "; quasi-p %.2g", quasiP[j]));
            }
            out.println("  Case rate inside the box by treatment (same replications, same draws), and overall:");
            for (String tr : f.rateInBoxByTreatment().keySet()) {
                out.printf(Locale.ROOT, "    %-5s %5.1f%% inside   %5.1f%% overall%n", tr,
                        100 * f.rateInBoxByTreatment().get(tr), 100 * f.rateOverallByTreatment().get(tr));
            }
        }
        out.println();
        out.println("Peeling trajectory of box 1 (coverage falls as density rises; choose with --min-coverage):");
        List<Prim.Box> tr = found.isEmpty() ? List.of() : found.get(0).prim().trajectory();
        int stride = Math.max(1, tr.size() / 12);
        out.println("  step  coverage  density  mass  restricted");
        for (int i = 0; i < tr.size(); i += stride) {
            Prim.Box b = tr.get(i);
            out.printf(Locale.ROOT, "  %4d  %7.0f%%  %6.0f%%  %3.0f%%  %d%n", i, 100 * b.coverage(), 100 * b.density(),
                    100 * b.mass(), b.restricted().length);
        }
    }

    /** The false discovery rate screening allows (Benjamini-Hochberg). */
    static final double FDR = 0.05;

    private static void printScreening(PrintWriter out, ScenarioDiscovery.Cases cases,
                                       List<ScenarioDiscovery.Screened> screened, int[] keep) {
        out.println("Parameters whose draws move the outcome most (Spearman's rho, two-sided p, Benjamini-Hochberg q over all "
                + cases.inputs().size() + "):");
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        for (int j : keep) {
            kept.add(j);
        }
        for (int i = 0; i < Math.min(10, screened.size()); i++) {
            ScenarioDiscovery.Screened sc = screened.get(i);
            out.printf(Locale.ROOT, "  %s %-50s rho %+.2f  p = %.2g  q = %.2g%n", kept.contains(sc.input()) ? "*" : " ",
                    cases.inputs().get(sc.input()).id(), sc.rho(), sc.pValue(), sc.qValue());
        }
        boolean anySignificant = !screened.isEmpty() && screened.get(0).qValue() <= FDR;
        out.printf("PRIM runs on the %d marked * (%s).%n", keep.length, anySignificant
                ? "those with q <= " + FDR + "; --inputs or -p to choose"
                : "no parameter passes q <= " + FDR + ": the outcome is about as likely anywhere in the space sampled; "
                        + "the top two anyway, read with care, or run more replications");
    }

    private void write(Path folder, String s, String t, ScenarioDiscovery.Cases cases,
                       List<ScenarioDiscovery.Found> found, PrintWriter out) throws IOException {
        Path dir = folder.resolve("discovery").resolve(outcome + (below ? "_below_" : "_at_least_") + num(threshold));
        Files.createDirectories(dir);
        List<String> boxRows = new ArrayList<>(List.of("scenario,treatment,box,parameter,lower,upper,coverage,density,mass"));
        List<String> trajectoryRows = new ArrayList<>(List.of("scenario,treatment,box,step,coverage,density,mass,restricted"));
        for (int b = 0; b < found.size(); b++) {
            Prim.Box box = found.get(b).prim().box();
            for (int j : box.restricted()) {
                boxRows.add(String.join(",", s, t, String.valueOf(b + 1), cases.inputs().get(j).id(),
                        edge(box.lower()[j]), edge(box.upper()[j]), Double.toString(box.coverage()),
                        Double.toString(box.density()), Double.toString(box.mass())));
            }
            List<Prim.Box> trajectory = found.get(b).prim().trajectory();
            for (int i = 0; i < trajectory.size(); i++) {
                Prim.Box step = trajectory.get(i);
                trajectoryRows.add(String.join(",", s, t, String.valueOf(b + 1), String.valueOf(i),
                        Double.toString(step.coverage()), Double.toString(step.density()), Double.toString(step.mass()),
                        String.valueOf(step.restricted().length)));
            }
        }
        for (String name : List.of("boxes", "trajectory")) {
            Path csv = dir.resolve(name + ".csv");
            Files.write(csv, (name.equals("boxes") ? boxRows : trajectoryRows), StandardCharsets.UTF_8);
            CsvToParquet.write(csv, dir.resolve(name + ".parquet"));
        }
        org.indivisible.web.search.DiscoveryPage.write(dir, document(s, t, cases, found));
        out.printf("%nWrote %s (discovery.html; boxes and trajectory, CSV and Parquet).%n", folder.relativize(dir).toString().isEmpty()
                ? dir : Path.of(folder.getFileName().toString()).resolve(folder.relativize(dir)));
    }

    /** What discovery.html draws: each box with its trajectory, its limits in each parameter's range and its rates. */
    private com.fasterxml.jackson.databind.node.ObjectNode document(String s, String t, ScenarioDiscovery.Cases cases,
                                                                    List<ScenarioDiscovery.Found> found) {
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        doc.put("outcome", outcome).put("threshold", threshold).put("below", below).put("scenario", s).put("treatment", t)
                .put("cases", cases.count()).put("replications", cases.y().length).put("minCoverage", minCoverage);
        var boxesNode = doc.putArray("boxes");
        for (ScenarioDiscovery.Found f : found) {
            Prim.Box box = f.prim().box();
            var b = boxesNode.addObject().put("coverage", box.coverage()).put("density", box.density())
                    .put("mass", box.mass()).put("chosenStep", f.prim().chosenStep());
            double[] quasiP = soft ? null : ScenarioDiscovery.quasiP(box, cases.x(), cases.y());
            var restricted = b.putArray("restricted");
            for (int j : box.restricted()) {
                UncertainParameter p = cases.inputs().get(j);
                var r = restricted.addObject().put("id", p.id()).put("unit", p.unit())
                        .put("rangeLow", p.distribution().low()).put("rangeHigh", p.distribution().high());
                if (Double.isInfinite(box.lower()[j])) {
                    r.putNull("lower");
                } else {
                    r.put("lower", box.lower()[j]);
                }
                if (Double.isInfinite(box.upper()[j])) {
                    r.putNull("upper");
                } else {
                    r.put("upper", box.upper()[j]);
                }
                if (quasiP == null) {
                    r.putNull("quasiP");
                } else {
                    r.put("quasiP", quasiP[j]);
                }
            }
            var trajectory = b.putArray("trajectory");
            for (Prim.Box step : f.prim().trajectory()) {
                trajectory.addObject().put("coverage", step.coverage()).put("density", step.density()).put("mass", step.mass());
            }
            var rates = b.putObject("rates");
            for (String tr : f.rateInBoxByTreatment().keySet()) {
                rates.putObject(tr).put("inside", f.rateInBoxByTreatment().get(tr))
                        .put("overall", f.rateOverallByTreatment().get(tr));
            }
        }
        return doc;
    }

    private static String edge(double v) {
        return Double.isInfinite(v) ? "" : Double.toString(v);
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e6 ? String.format(Locale.ROOT, "%.0f", x)
                : String.format(Locale.ROOT, "%.3g", x);
    }
}
