package org.indivisible.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.run.DurableFiles;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.search.PolicySearch;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.scenario.SearchSpace;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.metric.MetricSelection;
import org.indivisible.store.CsvToParquet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indivisible search}: many-objective search over NATO's levers. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
            "Searches NATO's levers for the best trade-offs: NSGA-II over the variables of the",
            "study's 'search' section (each lever in or out, its settings within bounds),",
            "judging every candidate on the same replications of one scenario (common random",
            "numbers), by the mean or a percentile of each objective. Prints the Pareto set",
            "beside the study's own treatments and writes, in out/<id>-search/, every candidate",
            "and the Pareto set (CSV, Parquet, search.duckdb) and search.json (hypervolume by",
            "generation). Killed, it resumes with --resume and gives the same result.",
            "",
            "Examples:",
            "  indivisible search                              (the default study's search)",
            "  indivisible search STUDY --evaluations 400 --replications 20",
            "  indivisible search --resume out/20261202-061500-default-study-search",
            "  indivisible search --engine spark          (each candidate's replications on Spark;",
            "                                              the same result, and --resume still works)",
        },
        footer = ExitCodes.HELP_TEXT)
final class SearchCommand extends EnsembleCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "STUDY", defaultValue = "scenarios/default-study.yaml",
            description = "Study file with a search section. Default: ${DEFAULT-VALUE}.")
    Path file;

    @Option(names = {"-e", "--evaluations"}, paramLabel = "N", description = "Candidates to evaluate. Default: the file's.")
    Integer evaluations;

    @Option(names = {"-n", "--replications"}, paramLabel = "R", description = "Replications per candidate. Default: the file's.")
    Integer replications;

    @Option(names = "--population", paramLabel = "P", description = "NSGA-II population. Default: the file's.")
    Integer population;

    @Option(names = "--resume", paramLabel = "FOLDER", description = "Continue an interrupted search in its folder.")
    Path resume;

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        Bounds.require("search", "--replications", Bounds.boxed(replications), (long) threads.count, seed);
        Path studyFile = file;
        if (resume != null) {
            Path settings = resume.resolve("settings.json");
            if (!Files.isRegularFile(settings)) {
                err.printf("indivisible search: %s is not a search folder (no settings.json)%n", resume);
                return ExitCodes.USAGE;
            }
            var node = new ObjectMapper().readTree(settings.toFile());
            studyFile = Path.of(node.get("study").asText());
            evaluations = node.get("evaluations").asInt();
            replications = node.get("replications").asInt();
            population = node.get("population").asInt();
            seed = node.get("seed").asLong();
        }
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        SearchSpace file0 = InputFiles.load("search", studyFile, "a study file with a search: section",
                f -> SearchSpace.load(f, snapshot));
        SearchSpace space = file0.with(replications != null ? replications : file0.replications(),
                evaluations != null ? evaluations : file0.evaluations(),
                population != null ? population : file0.population(), seed != null ? seed : file0.seed());
        if (space.evaluations() < space.population()) {
            err.printf("indivisible search: %d evaluations do not fill one population of %d; raise --evaluations or "
                    + "lower --population%n", space.evaluations(), space.population());
            return ExitCodes.USAGE;
        }
        Path folder = resume != null ? resume
                : outFolder.root.resolve(RunFolder.newRunId(outFolder.root, space.study().id() + "-search", Instant.now()));
        Files.createDirectories(folder);
        if (resume == null) {
            ObjectNode settings = new ObjectMapper().createObjectNode();
            settings.put("study", studyFile.toString());
            settings.put("evaluations", space.evaluations());
            settings.put("replications", space.replications());
            settings.put("population", space.population());
            settings.put("seed", space.seed());
            Files.writeString(folder.resolve("settings.json"), settings.toPrettyString() + "\n", StandardCharsets.UTF_8);
        }
        // The journal is kept here, on the driver, whatever runs the replications: a Spark search resumes too.
        EngineChoice.Opened opened;
        try {
            opened = engineOptions.open("search", false, err);
        } catch (EngineChoice.Refused refused) {
            return refused.exitCode();
        }
        PolicySearch.Result result;
        long start;
        boolean show = showsProgress();
        try (opened) {
            out.printf(Locale.ROOT, "indivisible search %s: %d variables, %d objectives, %d constraints; scenario %s, %d "
                            + "evaluations x %d replications (%s over them), population %d, seed %d, %s%n",
                    space.study().id(), space.variables().size(), space.objectives().size(), space.constraints().size(),
                    space.scenarioId(), space.evaluations(), space.replications(), space.statistic().name(),
                    space.population(), space.seed(), opened.session() == null ? threads.count + " threads"
                            : "engine " + opened.session().description());
            out.flush();
            start = System.nanoTime();
            long[] lastPrint = {0};
            long begun = start;
            PolicySearch.Progress progress = (done, total, replayed) -> {
                long now = System.nanoTime();
                if (show && (now - lastPrint[0] > 1_000_000_000L || done == total)) {
                    lastPrint[0] = now;
                    double elapsed = (now - begun) / 1e9;
                    double left = done == 0 ? 0 : elapsed / done * Math.max(0, total - done);
                    err.printf(Locale.ROOT, "\rsearch: %d/%d evaluations (%.0f%%), %s elapsed, about %s left%s   ",
                            done, total, 100.0 * done / total, clock(elapsed), clock(left), replayed ? " (resuming)" : "");
                    err.flush();
                }
            };
            Path journal = folder.resolve("evaluations.journal");
            result = opened.session() == null
                    ? PolicySearch.run(space, snapshot, EmbeddedData.engine(), journal, threads.count, progress)
                    : PolicySearch.run(space, opened.session().searchReplications(space), journal, progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (show) {
            err.println();
        }
        long runs = (long) (result.evaluated().size() - result.fromJournal() + result.fixed().size()) * space.replications();
        print(out, result, seconds, runs);
        write(folder, result, seconds, runs);
        out.printf("%nWrote %s: search.html (charts, opens offline), candidates and pareto (CSV, Parquet, search.duckdb), "
                + "search.json.%n", folder);
        return ExitCodes.OK;
    }

    private static void candidate(ObjectNode node, PolicySearch.Candidate c) {
        ArrayNode levers = node.putArray("levers");
        for (double x : c.levers()) {
            levers.add(x);
        }
        ArrayNode objectives = node.putArray("objectives");
        for (double o : c.objectives()) {
            objectives.add(o);
        }
        node.put("feasible", c.feasible());
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private static void print(PrintWriter out, PolicySearch.Result r, double seconds, long runs) {
        SearchSpace space = r.space();
        out.printf(Locale.ROOT, "%n%d evaluations in %.0f s (%d answered from the journal: repeated candidates, or a "
                        + "resumed search), %d replications run, %.0f "
                        + "replications/s.%n", r.evaluated().size(), seconds, r.fromJournal(), runs, runs / seconds);
        out.print("Hypervolume of the Pareto set by generation (normalised on the range seen; rises, then levels off):\n  ");
        int step = Math.max(1, r.hypervolume().length / 10);
        for (int g = 0; g < r.hypervolume().length; g += step) {
            out.printf(Locale.ROOT, "g%d %.3f  ", g + 1, r.hypervolume()[g]);
        }
        if (r.hypervolume().length > 0) {
            out.printf(Locale.ROOT, "g%d %.3f%n", r.hypervolume().length, r.hypervolume()[r.hypervolume().length - 1]);
        }
        List<String> header = new ArrayList<>(List.of("candidate"));
        space.variables().forEach(v -> header.add(v.id()));
        space.objectives().forEach(o -> header.add(o.metric() + (o.minimise() ? " (min)" : " (max)")));
        space.constraints().forEach(c -> header.add(c.metric()));
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(String[]::new));
        for (int i = 0; i < r.fixed().size(); i++) {
            rows.add(row(r.fixedIds().get(i) + " (study)", null, r.fixed().get(i), space));
        }
        List<PolicySearch.Candidate> pareto = r.pareto();
        int shown = Math.min(pareto.size(), 20);
        for (int i = 0; i < shown; i++) {
            rows.add(row("S" + pareto.get(i).index(), pareto.get(i).levers(), pareto.get(i), space));
        }
        out.printf("%nPareto set (%d candidates%s) beside the study's treatments, on the same replications of %s:%n",
                pareto.size(), pareto.size() > shown ? ", the " + shown + " lowest on the first objective shown" : "",
                space.scenarioId());
        out.print(OatCommand.markdown(rows));
        cheapestThatHalves(out, r);
    }

    /** The policy cost metrics an objective may be. */
    private static final MetricSelection POLICY_COSTS = MetricSelection.of(Metric.POLICY_COST_USD, Metric.POLICY_COST_EUR,
            Metric.POLICY_COST_EUR_CONST, Metric.POLICY_COST_EUR_CONST_YEAR, Metric.POLICY_COST_EUR_PV);

    /** The cheapest candidate that halves P0's first objective, when a cost is an objective. */
    private static void cheapestThatHalves(PrintWriter out, PolicySearch.Result r) {
        SearchSpace space = r.space();
        int cost = -1;
        for (int k = 0; k < space.objectives().size(); k++) {
            if (POLICY_COSTS.contains(space.objectives().get(k).metric())) {
                cost = k;
            }
        }
        int p0 = r.fixedIds().indexOf("P0");
        if (cost < 0 || p0 < 0 || !space.objectives().get(0).minimise()) {
            return;
        }
        double target = r.fixed().get(p0).objectives()[0] / 2;
        PolicySearch.Candidate best = null;
        for (PolicySearch.Candidate c : r.evaluated()) {
            if (c.feasible() && c.objectives()[0] <= target && (best == null || c.objectives()[cost] < best.objectives()[cost])) {
                best = c;
            }
        }
        String metric = space.objectives().get(0).metric();
        if (best == null) {
            out.printf(Locale.ROOT, "%nNo candidate halves P0's %s (%.4f -> %.4f or less) on these replications.%n",
                    metric, 2 * target, target);
        } else {
            out.printf(Locale.ROOT, "%nCheapest candidate that halves P0's %s (%.4f -> %.4f): S%d at %s = %.3g, with %s.%n",
                    metric, 2 * target, best.objectives()[0], best.index(), space.objectives().get(cost).metric(),
                    best.objectives()[cost], levers(best.levers(), space));
        }
    }

    private static String levers(double[] x, SearchSpace space) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            parts.add(space.variables().get(i).id() + "=" + value(space.variables().get(i), x[i]));
        }
        return String.join(", ", parts);
    }

    private static String value(SearchSpace.Variable v, double x) {
        return v.onOff() ? (x < 0.5 ? "off" : "on") : v.integer() ? Long.toString(Math.round(x))
                : String.format(Locale.ROOT, "%.3g", x);
    }

    private static String[] row(String name, double[] x, PolicySearch.Candidate c, SearchSpace space) {
        List<String> row = new ArrayList<>(List.of(name));
        for (int i = 0; i < space.variables().size(); i++) {
            row.add(x == null ? "" : value(space.variables().get(i), x[i]));
        }
        for (double o : c.objectives()) {
            row.add(String.format(Locale.ROOT, "%.4g", o));
        }
        for (double v : c.constraints()) {
            row.add(String.format(Locale.ROOT, "%.4g", v));
        }
        return row.toArray(String[]::new);
    }

    private static void write(Path folder, PolicySearch.Result r, double seconds, long runs) throws Exception {
        SearchSpace space = r.space();
        List<String> header = new ArrayList<>(List.of("candidate", "generation", "pareto", "feasible"));
        space.variables().forEach(v -> header.add(v.id()));
        space.objectives().forEach(o -> header.add(o.metric()));
        space.constraints().forEach(c -> header.add("constraint:" + c.metric()));
        java.util.Set<Integer> onFront = new java.util.HashSet<>();
        r.pareto().forEach(c -> onFront.add(c.index()));
        List<String> all = new ArrayList<>(List.of(String.join(",", header)));
        List<String> front = new ArrayList<>(List.of(String.join(",", header)));
        for (PolicySearch.Candidate c : r.evaluated()) {
            List<String> cells = new ArrayList<>(List.of("S" + c.index(), String.valueOf(c.generation()),
                    String.valueOf(onFront.contains(c.index())), String.valueOf(c.feasible())));
            for (double x : c.levers()) {
                cells.add(Double.toString(x));
            }
            for (double o : c.objectives()) {
                cells.add(Double.toString(o));
            }
            for (double v : c.constraints()) {
                cells.add(Double.toString(v));
            }
            all.add(String.join(",", cells));
            if (onFront.contains(c.index())) {
                front.add(String.join(",", cells));
            }
        }
        Files.write(folder.resolve("candidates.csv"), all, StandardCharsets.UTF_8);
        Files.write(folder.resolve("pareto.csv"), front, StandardCharsets.UTF_8);
        CsvToParquet.write(folder.resolve("candidates.csv"), folder.resolve("candidates.parquet"));
        CsvToParquet.write(folder.resolve("pareto.csv"), folder.resolve("pareto.parquet"));
        CsvToParquet.database(java.util.Map.of("candidates", folder.resolve("candidates.csv"), "pareto",
                folder.resolve("pareto.csv")), folder.resolve("search.duckdb"));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode doc = json.createObjectNode();
        doc.put("study", space.study().id());
        doc.put("scenario", space.scenarioId());
        doc.put("template", space.template());
        doc.put("seed", space.seed());
        doc.put("replications", space.replications());
        doc.put("evaluations", r.evaluated().size());
        doc.put("population", space.population());
        doc.put("statistic", space.statistic().name());
        doc.put("algorithm", "NSGA-II (MOEA Framework 4.5), default SBX and polynomial mutation");
        doc.put("wallSeconds", seconds);
        doc.put("replicationsRun", runs);
        doc.put("answeredFromJournal", r.fromJournal());
        ArrayNode hv = doc.putArray("hypervolumeByGeneration");
        for (int g = 0; g < r.hypervolume().length; g++) {
            hv.addObject().put("generation", g + 1).put("evaluations", r.evaluationsByGeneration()[g])
                    .put("hypervolume", r.hypervolume()[g]);
        }
        doc.put("paretoSize", r.pareto().size());
        ArrayNode variables = doc.putArray("variables");
        for (SearchSpace.Variable v : space.variables()) {
            variables.addObject().put("id", v.id()).put("path", v.path()).put("min", v.min()).put("max", v.max())
                    .put("onOff", v.onOff()).put("integer", v.integer()).put("description", v.description());
        }
        ArrayNode objectives = doc.putArray("objectives");
        space.objectives().forEach(o -> objectives.addObject().put("metric", o.metric()).put("minimise", o.minimise()));
        ArrayNode fixed = doc.putArray("treatments");
        for (int i = 0; i < r.fixed().size(); i++) {
            candidate(fixed.addObject().put("id", r.fixedIds().get(i)), r.fixed().get(i));
        }
        ArrayNode candidates = doc.putArray("candidates");
        for (PolicySearch.Candidate c : r.evaluated()) {
            candidate(candidates.addObject().put("id", "S" + c.index()).put("pareto", onFront.contains(c.index()))
                    .put("generation", c.generation()), c);
        }
        org.indivisible.web.search.SearchPage.write(folder, doc);
        Path target = folder.resolve("search.json");
        Path temp = DurableFiles.temp(target);
        Files.writeString(temp, json.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
        DurableFiles.moveIntoPlace(temp, target);
    }
}
