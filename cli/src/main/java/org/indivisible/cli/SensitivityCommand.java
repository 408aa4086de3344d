package org.indivisible.cli;

import org.indivisible.data.EmbeddedData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.run.CodeVersion;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.analysis.sensitivity.ParameterSensitivity;
import org.indivisible.analysis.sensitivity.ParameterSensitivity.Method;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.parameter.UncertainParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indivisible sensitivity}: which uncertain parameters drive a metric. */
@Command(name = "sensitivity", aliases = "sweep", mixinStandardHelpOptions = true,
        description = {
            "Varies a scenario's uncertain parameters (its 'parameters', each over its own range and",
            "distribution) by an experiment design and measures a metric's response: sobol (first-order",
            "and total indices with 95%% bootstrap intervals; n (k + 2) points), morris (mu*, mu, sigma of",
            "elementary effects; r (k + 1) points), lhs (Latin hypercube) or grid (every combination of",
            "L levels; 'sweep' is this command). Prints a table and writes out/<id>/sensitivity.json and",
            "points.csv (parameter values and the metric's mean at every point).",
            "",
            "Examples:",
            "  indivisible sensitivity scenarios/taiwan-invasion.yaml -m gdp_change_pct_y1.WORLD",
            "  indivisible sensitivity FILE -m europe_balance_ratio_min --method morris --samples 40",
            "  indivisible sweep FILE -m p_conflict.nato_europe --method grid --samples 5 -p a,b",
        },
        footer = ExitCodes.HELP_TEXT)
final class SensitivityCommand extends EnsembleCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario or study file.")
    Path file;

    @Option(names = {"-m", "--metric"}, required = true, paramLabel = "ID", description = "The metric to explain (docs/metrics.md).")
    String metric;

    @Option(names = "--method", paramLabel = "M", defaultValue = "sobol",
            description = "sobol, morris, lhs or grid. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--samples", paramLabel = "N",
            description = "sobol: base rows n (default 256); morris: trajectories (default 20); lhs: points (default 100); grid: levels (default 3).")
    Integer samples;

    @Option(names = {"-p", "--parameters"}, split = ",", paramLabel = "ID",
            description = "Parameters to vary (comma-separated). Default: every parameter with a range.")
    List<String> parameters = List.of();

    @Option(names = "--scenario", paramLabel = "ID", description = "Scenario of a study. Default: its first.")
    String scenario;

    @Option(names = "--treatment", paramLabel = "ID", description = "Treatment of a study. Default: its first.")
    String treatment;

    @Option(names = {"-r", "--replications-per-point"}, paramLabel = "R", defaultValue = "1",
            description = "Replications averaged at each point. Default: ${DEFAULT-VALUE}.")
    int replicationsPerPoint;

    @Option(names = "--check", description = "Check the model's invariants after every step.")
    boolean check = Boolean.getBoolean("indivisible.check");

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        Bounds.require("sensitivity", "--replications-per-point", (long) replicationsPerPoint, (long) threads.count, seed);
        Method m;
        try {
            m = Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.printf("indivisible sensitivity: --method must be sobol, morris, lhs or grid, got %s%n", method);
            return ExitCodes.USAGE;
        }
        int n = samples != null ? samples : switch (m) {
            case SOBOL -> 256;
            case MORRIS -> 20;
            case LHS -> 100;
            case GRID -> 3;
        };
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = InputFiles.load("sensitivity", file, "a scenario file", f -> ScenarioFiles.loadStudy(f, snapshot));
        List<Cell> cells = StudyRun.cells(study, snapshot);
        Cell cell = cells.stream()
                .filter(c -> scenario == null || c.scenarioId().equals(scenario))
                .filter(c -> treatment == null || c.treatmentId().equals(treatment))
                .findFirst().orElse(null);
        if (cell == null) {
            err.printf("indivisible sensitivity: %s has no scenario %s with treatment %s; it has %s%n", file,
                    scenario, treatment, cells.stream().map(c -> c.scenarioId() + "/" + c.treatmentId()).toList());
            return ExitCodes.USAGE;
        }
        long masterSeed = seed != null ? seed : study.seed();
        ParameterSensitivity.Result result;
        try {
            ParameterSensitivity.Spec s = new ParameterSensitivity.Spec(cell.configuration(), parameters, metric, m, n,
                    replicationsPerPoint, masterSeed, threads.count, check);
            int k = ParameterSensitivity.parameters(cell.configuration(), parameters).size();
            out.printf("indivisible sensitivity: %s/%s, %s over %d parameters, metric %s, seed %d%n", cell.scenarioId(),
                    cell.treatmentId(), m.name().toLowerCase(Locale.ROOT), k, metric, masterSeed);
            out.flush();
            ConsoleProgress bar = new ConsoleProgress("points", System.err, showsProgress());
            EngineChoice.Opened opened;
            try {
                opened = engineOptions.open("sensitivity", false, err);
            } catch (EngineChoice.Refused refused) {
                return refused.exitCode();
            }
            try (opened) {
                if (opened.session() == null) {
                    result = ParameterSensitivity.run(s, EmbeddedData.engine(), bar);
                } else {
                    out.println("engine: " + opened.session().description());
                    out.flush();
                    result = ParameterSensitivity.run(s, bar, opened.session().points(study, cells, cells.indexOf(cell)));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("indivisible sensitivity: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.print(table(result));
        Path folder = save(result, cell, study, masterSeed);
        out.printf("%nSaved: %s (sensitivity.json, points.csv)%n", folder);
        return ExitCodes.OK;
    }

    static String table(ParameterSensitivity.Result r) {
        List<String[]> rows = new ArrayList<>();
        List<UncertainParameter> ps = r.parameters();
        switch (r.spec().method()) {
            case SOBOL -> {
                rows.add(new String[] {"parameter", "S1", "S1 95%", "ST", "ST 95%"});
                for (int i = 0; i < ps.size(); i++) {
                    var x = r.sobol()[i];
                    rows.add(new String[] {ps.get(i).id(), f(x.first()), "[" + f(x.firstLow()) + ", " + f(x.firstHigh()) + "]",
                        f(x.total()), "[" + f(x.totalLow()) + ", " + f(x.totalHigh()) + "]"});
                }
            }
            case MORRIS -> {
                rows.add(new String[] {"parameter", "mu*", "mu", "sigma"});
                Integer[] order = new Integer[ps.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (a, b) -> Double.compare(r.morris()[b].muStar(), r.morris()[a].muStar()));
                for (int i : order) {
                    var e = r.morris()[i];
                    rows.add(new String[] {ps.get(i).id(), CompareCommand.number(e.muStar()), CompareCommand.number(e.mu()),
                        CompareCommand.number(e.sigma())});
                }
            }
            default -> {
                List<String> header = new ArrayList<>();
                ps.forEach(p -> header.add(p.id()));
                header.add(r.spec().metric());
                rows.add(header.toArray(String[]::new));
                int shown = Math.min(r.y().length, 50);
                for (int p = 0; p < shown; p++) {
                    List<String> row = new ArrayList<>();
                    for (double v : r.values()[p]) {
                        row.add(CompareCommand.number(v));
                    }
                    row.add(CompareCommand.number(r.y()[p]));
                    rows.add(row.toArray(String[]::new));
                }
            }
        }
        return TextTable.render(rows, 1);
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    private Path save(ParameterSensitivity.Result r, Cell cell, Study study, long masterSeed) throws IOException {
        String id = RunFolder.newRunId(outFolder.root, "sensitivity-" + cell.scenarioId(), Instant.now());
        Path partial = RunFolder.createPartial(outFolder.root, id);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("format", "indivisible.sensitivity/1");
        root.put("study", study.id());
        root.put("studyFile", study.file().toString());
        root.put("scenario", cell.scenarioId());
        root.put("treatment", cell.treatmentId());
        root.put("metric", r.spec().metric());
        root.put("method", r.spec().method().name().toLowerCase(Locale.ROOT));
        root.put("samples", r.spec().samples());
        root.put("points", r.y().length);
        root.put("replicationsPerPoint", r.spec().replicationsPerPoint());
        root.put("seed", masterSeed);
        root.put("code", CodeVersion.current().toString());
        ArrayNode params = root.putArray("parameters");
        for (int i = 0; i < r.parameters().size(); i++) {
            UncertainParameter p = r.parameters().get(i);
            ObjectNode o = params.addObject();
            o.put("id", p.id());
            o.put("low", p.distribution().low());
            o.put("high", p.distribution().high());
            o.put("unit", p.unit());
            if (r.sobol() != null) {
                var x = r.sobol()[i];
                o.put("S1", x.first()).put("S1_low", x.firstLow()).put("S1_high", x.firstHigh());
                o.put("ST", x.total()).put("ST_low", x.totalLow()).put("ST_high", x.totalHigh());
            }
            if (r.morris() != null) {
                var e = r.morris()[i];
                o.put("mu_star", e.muStar()).put("mu", e.mu()).put("sigma", e.sigma());
            }
        }
        Files.writeString(RunFolder.of(partial).sensitivity(), json.writeValueAsString(root) + "\n");
        StringBuilder csv = new StringBuilder("point");
        r.parameters().forEach(p -> csv.append(',').append(p.id()));
        csv.append(',').append(r.spec().metric()).append('\n');
        for (int p = 0; p < r.y().length; p++) {
            csv.append(p);
            for (double v : r.values()[p]) {
                csv.append(',').append(v);
            }
            csv.append(',').append(r.y()[p]).append('\n');
        }
        Files.writeString(partial.resolve("points.csv"), csv);
        Path target = outFolder.root.resolve(id);
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
