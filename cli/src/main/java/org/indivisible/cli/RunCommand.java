package org.indivisible.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.ensemble.ReplicationFailure;
import org.indivisible.analysis.run.InterruptedRun;
import org.indivisible.analysis.run.ProjectPaths;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunLock;
import org.indivisible.analysis.run.RunWriter;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.analysis.run.SummaryJson;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.decision.DecisionParameters;
import org.indivisible.store.ResultsStore;
import org.indivisible.web.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indivisible run}: a study (or one scenario) as a Monte Carlo ensemble. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs a study (scenarios x treatments) or a single scenario as a Monte Carlo ensemble on the",
            "embedded data, prints a summary table and writes out/<run-id>/ with summary.json (every metric:",
            "mean, sd, p05, p50, p95, n; see docs/metrics.md), manifest.json (what is needed to repeat it) and",
            "every replication's metrics in results.duckdb and metrics.parquet (docs/results-store.md).",
            "The same file, seed and replications give a byte-identical summary.json on any thread count.",
            "",
            "Examples:",
            "  indivisible run                                         the default study, 100 replications",
            "  indivisible run scenarios/taiwan-invasion.yaml -n 1000  one scenario, no new policy (P0)",
            "  indivisible run --json > summary.json                   the summary alone, for scripts",
            "  indivisible run --resume                                finish the run Ctrl-C stopped",
        },
        footer = ExitCodes.HELP_TEXT)
final class RunCommand extends EnsembleCommand {

    static final String DEFAULT_STUDY = "scenarios/default-study.yaml";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Study or scenario YAML file. Default: " + DEFAULT_STUDY + ".")
    Path file;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications per scenario and treatment. Default: the study's (200 unless it says otherwise).")
    Integer replications;

    @Option(names = "--scenarios", paramLabel = "ID[,ID...]", split = ",",
            description = "Run only these scenarios of the study (ids, in any order; the study's order is kept). Default: all.")
    List<String> scenarioIds = List.of();

    @Option(names = "--treatments", paramLabel = "ID[,ID...]", split = ",",
            description = "Run only these treatments, e.g. --treatments P0,P3. Each cell draws the same random numbers as in the whole study.")
    List<String> treatmentIds = List.of();

    @Option(names = "--json", description = "Print summary.json to standard output and nothing else there.")
    boolean json;

    @Option(names = "--check", description = "Check the model's invariants after every step (slower; names the step and actor that break).")
    boolean check = Boolean.getBoolean("indivisible.check");

    @Option(names = "--resume", description = {
        "Finish the newest interrupted run (Ctrl-C, kill) of this file with the same seed, replications,",
        "inputs, data and code: replications already kept in out/.<run-id>.partial/ are not rerun, and",
        "summary.json comes out byte-identical to an uninterrupted run."})
    boolean resume;

    @Option(names = "--no-grid", description = {
        "Skip the base-rate grid: the baseline scenario run again with every base hazard at the low, central and high",
        "end of its range (P0, P1, P2, P3, ALL; docs/decisions.md 11). It adds about half the study's run time."})
    boolean noGrid;

    @Option(names = "--precision", paramLabel = "POINTS", description = {
        "Add replications until every headline difference (each policy's change in the chance of each decided",
        "war, conditional estimator, paired-t 95%% half-width) is within POINTS percentage points: runs -n N, 2N,",
        "4N, ... replications of the same seed up to --max-replications and keeps the last run. The same on any",
        "thread count (docs/analysis.md, \"Precision on demand\")."})
    Double precision;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "1600",
            description = "With --precision: the cap on replications per cell. Default: ${DEFAULT-VALUE}.")
    int maxReplications;

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        Bounds.require("run", "--replications", Bounds.boxed(replications), (long) threads.count, seed);
        if (precision != null && (!(precision > 0) || resume || json || maxReplications < 2)) {
            err.printf("indivisible run: --precision needs a positive number of points, --max-replications of at least 2, "
                    + "and neither --resume nor --json%n");
            return ExitCodes.USAGE;
        }
        Path input = file != null ? file : defaultStudy();
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study whole = InputFiles.load("run", input, "a study or scenario file",
                f -> ScenarioFiles.loadStudy(f, snapshot));
        Study study;
        try {
            study = whole.restrictedTo(scenarioIds, treatmentIds);
        } catch (IllegalArgumentException e) {
            err.println("indivisible run: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        selection = study.selectionOptions(whole);
        int reps = replications != null ? replications : study.replications();
        Bounds.require("run", "the study's replications", (long) reps, null, seed != null ? seed : study.seed());
        Bounds.requireTotal("run", study.cells().size(), reps);
        EngineChoice.Opened opened;
        try {
            opened = engineOptions.open("run", resume, err);
        } catch (EngineChoice.Refused e) {
            return e.exitCode();
        }
        try (opened) {
            if (opened.session() != null) {
                threads.count = opened.session().parallelism();
                if (!json) {
                    out.println("engine: " + opened.session().description());
                }
            }
            return run(study, snapshot, input, opened, out, err);
        }
    }

    private Integer run(Study study, EmbeddedSnapshot snapshot, Path input, EngineChoice.Opened opened, PrintWriter out,
                        PrintWriter err) throws Exception {
        int reps = replications != null ? replications : study.replications();
        long masterSeed = seed != null ? seed : study.seed();
        if (!json) {
            out.printf("indivisible %s: %d scenario%s x %d treatment%s x %d replications, seed %d, %d thread%s, data %s%n",
                    study.id(), study.scenarioIds().size(), plural(study.scenarioIds().size()), study.treatments().size(),
                    plural(study.treatments().size()), reps, masterSeed, threads.count, plural(threads.count), snapshot.version());
            out.flush();
        }
        StudyRun.Result result = null;
        // policy.json, then report.html (which shows it): the last writers of the run. With
        // --precision they wait for the stage that is kept, as the stages before it are deleted.
        AssessmentWriter policy = new AssessmentWriter(study, snapshot, err);
        List<RunWriter> finishing = List.of(policy, new ReportWriter(snapshot, problem -> err.println("indivisible run: " + problem)));
        List<RunWriter> writers = new ArrayList<>(opened.session() == null ? List.of(new ResultsStore()) : List.of());
        if (precision == null) {
            writers.addAll(finishing);
        }
        Thread runner = Thread.currentThread();
        Thread stopOnCtrlC = new Thread(() -> stopCleanly(runner), "stop-cleanly");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        try {
            // Integer on both sides: a null replications (the study's own) must not be unboxed.
            Integer stage = precision == null ? replications : Integer.valueOf(Math.min(reps, maxReplications));
            long started = System.nanoTime();
            while (true) {
                result = StudyRun.run(study, snapshot, new StudyRun.Options(stage, seed, threads.count, check, outFolder.root, resume),
                        new ConsoleProgress("replications", System.err, showsProgress()), "indivisible run " + ProjectPaths.display(input) + selection,
                        writers, opened.runner());
                if (precision == null) {
                    break;
                }
                if (!RunFolder.of(result.folder()).hasDatabase()) {
                    err.println("indivisible run: --precision reads results.duckdb, which this engine does not write; the run stands as it is.");
                    break;
                }
                List<PrecisionRule.Headline> headlines;
                try (org.indivisible.store.RunResults stored = org.indivisible.store.RunResults.open(result.folder())) {
                    headlines = PrecisionRule.headlines(stored, study.scenarioIds(),
                            study.treatments().stream().map(org.indivisible.data.scenario.Treatment::id).toList());
                }
                out.println(PrecisionRule.describe(stage, headlines, precision)
                        + String.format(Locale.ROOT, "; %.0f s so far", (System.nanoTime() - started) / 1e9));
                out.flush();
                int nextStage = PrecisionRule.next(stage, maxReplications);
                if (PrecisionRule.met(headlines, precision) || nextStage < 0) {
                    out.println(PrecisionRule.met(headlines, precision) ? "precision: target met at " + stage + " replications."
                            : "precision: cap of " + maxReplications + " replications reached before the target; the widest intervals are above.");
                    break;
                }
                // The next stage repeats these replications (same seed) and adds as many again; this folder is superseded.
                org.indivisible.analysis.run.RunFolder.deleteRecursively(result.folder());
                stage = nextStage;
            }
        } catch (StudyRun.NothingToResume e) {
            err.println("indivisible run: --resume: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (InterruptedRun e) {
            if (opened.session() != null) {
                err.printf("indivisible run: interrupted; the Spark jobs were cancelled. A Spark run starts over: run it again "
                        + "(and delete %s).%n", e.partialFolder());
                return ExitCodes.INTERRUPTED;
            }
            err.printf("indivisible run: interrupted after %d of %d replications; they are kept in %s.%n",
                    e.doneReplications(), e.totalReplications(), e.partialFolder());
            err.printf("Finish it with: %s%n", resumeCommand(input));
            return ExitCodes.INTERRUPTED;
        } catch (RunLock.InUse e) {
            err.println("indivisible run: --resume: " + e.getMessage());
            return ExitCodes.RUN_FAILED;
        } catch (StudyRun.WriteStopped e) {
            err.println("indivisible run: " + e.getMessage());
            if (opened.session() != null) {
                err.printf("A Spark run starts over (--resume is for local runs): free the space, delete %s and run it "
                        + "again.%n", e.partialFolder());
                return ExitCodes.RUN_FAILED;
            }
            err.printf("Finish it with: %s%n", resumeCommand(input));
            return ExitCodes.RUN_FAILED;
        } catch (ReplicationFailure e) {
            err.println("indivisible run: " + e.getMessage());
            err.println("Nothing was written. Rerun that replication with --check to find the first step that breaks.");
            return ExitCodes.RUN_FAILED;
        } catch (IllegalArgumentException e) {
            // The model refused a compiled scenario (a value its constructors reject).
            err.println("indivisible run: " + input + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (InterruptedException e) {
            err.println("indivisible run: interrupted; nothing was written.");
            return ExitCodes.INTERRUPTED;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C arrived: the hook is running and waits for us.
            }
        }
        if (precision != null) {
            for (RunWriter w : finishing) {
                w.write(result.folder(), result.manifest(), List.of(), null);
            }
        }
        org.indivisible.analysis.policy.PolicyAssessment assessment = policy.assessment;
        Path report = RunFolder.of(result.folder()).report();
        if (result.resumedReplications() > 0 && !json) {
            out.printf("Resumed %s: %d replications were kept, %d run now.%n", result.manifest().runId(),
                    result.resumedReplications(), result.manifest().replications() * (long) result.summary().cells().size()
                            - result.resumedReplications());
        }
        if (json) {
            out.flush();
            SummaryJson.write(result.summary(), out); // streamed: a large study's summary is hundreds of MB
            out.flush();
            return ExitCodes.OK;
        }
        out.println();
        out.print(SummaryTable.render(result.summary()));
        int metrics = result.summary().cells().stream().mapToInt(c -> c.metrics().size()).max().orElse(0);
        out.printf(Locale.ROOT, "%nMeans over replications. P(war): chance that a war starts in the theater, the conditional estimate%n"
                + "(weekly war probabilities summed to the first start, p_war_cond) where the decision rule decides it, else%n"
                + "the share of replications with a war (a forced or forbidden war). GDP: change in the 52 weeks after the%n"
                + "first conflict against the same replication without it. Europe (medians): the lowest NATO:Russia ratio on%n"
                + "the eastern flank within 30 days of warning, and the swing gap, what European members must buy to restore%n"
                + "the starting ratio (docs/forces-and-combat.md 4, docs/metrics.md, docs/analysis.md).%n");
        if (RunFolder.of(result.folder()).hasDatabase()) {
            try (org.indivisible.store.RunResults stored = org.indivisible.store.RunResults.open(result.folder())) {
                out.print(keyFindings(result, stored));
                out.print(PolicyBrief.render(result.summary(), stored));
                if (assessment != null) {
                    Configuration reference = reference(study, snapshot);
                    out.print(PolicyAnswer.render(assessment, central(reference, DecisionParameters.DISCOUNT_RATE),
                            central(reference, DecisionParameters.DEFLATOR)));
                }
                out.println();
            }
        } else {
            // Spark runs write metrics.parquet but no results.duckdb yet; the brief pairs replications from it.
            out.printf("%nNo policy brief: it pairs replications from results.duckdb, which this engine does not write.%n");
        }
        out.printf("All %d metrics per scenario and treatment: %s%n", metrics, RunFolder.of(result.folder()).summary());
        out.printf("Reproduce: %s (manifest.json has the input hashes, data %s and code %s)%n",
                result.manifest().reproduce(), result.manifest().dataSnapshot(), result.manifest().code());
        out.printf("Report (opens offline): %s%n", Files.isRegularFile(report) ? report : "none");
        return ExitCodes.OK;
    }

    /** The key findings (the report's first box), one sentence a paragraph, wrapped at 110 columns. */
    static String keyFindings(StudyRun.Result result, org.indivisible.store.RunResults stored) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        if (result.manifest().labels() != null) {
            result.manifest().labels().scenarios().forEach(l -> names.put(l.id(), l.name()));
        }
        List<String> sentences = org.indivisible.analysis.comparison.KeyFindings.of(result.manifest().scenarios(),
                result.manifest().treatments(), (s, t) -> {
                    try {
                        return stored.values(s, t);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, names);
        if (sentences.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\nKey findings\n");
        for (String s : sentences) {
            b.append(TextWrap.wrap("- " + s, 110, "  ")).append('\n');
        }
        return b.toString();
    }

    /**
     * Writes policy.json as a writer of the run (after the results store, before the report) and
     * keeps the assessment for the brief; a failure is reported and the run stands.
     */
    private final class AssessmentWriter implements RunWriter {
        private final Study study;
        private final EmbeddedSnapshot snapshot;
        private final PrintWriter err;
        org.indivisible.analysis.policy.PolicyAssessment assessment;

        AssessmentWriter(Study study, EmbeddedSnapshot snapshot, PrintWriter err) {
            this.study = study;
            this.snapshot = snapshot;
            this.err = err;
        }

        @Override
        public void write(Path folder, org.indivisible.analysis.run.RunManifest manifest, List<org.indivisible.analysis.ensemble.Cell> cells,
                          Path journal) {
            if (!RunFolder.of(folder).hasDatabase()) {
                return; // another engine: no replications to assess
            }
            try {
                assessment = assess(study, snapshot, folder, manifest.seed(), manifest.replications(), err);
            } catch (InterruptedException e) {
                // Ctrl-C during the base-rate grid: every replication is in, so the run is still
                // completed (its report without the policy costs) before the JVM stops.
                err.println("indivisible run: policy.json not written: interrupted");
            } catch (Exception e) {
                err.println("indivisible run: policy.json not written: " + Failures.describe(e));
            }
        }
    }

    /**
     * The answer to "what should NATO do?" from the finished run (docs/decisions.md 9-11), with the
     * base-rate grid unless --no-grid; written as policy.json into the run folder for the report.
     */
    private org.indivisible.analysis.policy.PolicyAssessment assess(Study study, EmbeddedSnapshot snapshot, Path folder,
                                                                  long masterSeed, int reps, PrintWriter err) throws Exception {
        List<String> scenarios = study.scenarioIds();
        List<String> treatments = study.treatments().stream().map(org.indivisible.data.scenario.Treatment::id).toList();
        Configuration reference = reference(study, snapshot);
        var pricing = org.indivisible.analysis.policy.PolicyAssessment.Pricing.of(reference);
        org.indivisible.analysis.policy.BaseRateGrid grid = null;
        String baseline = org.indivisible.analysis.policy.PolicyAssessment.BASELINE;
        if (!noGrid && scenarios.contains(baseline) && treatments.contains("P0")) {
            java.util.Map<String, Configuration> configs = new java.util.LinkedHashMap<>();
            for (String t : org.indivisible.analysis.policy.PolicyAssessment.gridTreatments(treatments)) {
                configs.put(t, org.indivisible.data.scenario.ScenarioCompiler.compile(study.cell(baseline, t), snapshot));
            }
            if (!quiet) {
                err.printf("base-rate grid: 3 levels x %d treatments x %d replications of %s%n", configs.size(), reps, baseline);
                err.flush();
            }
            grid = org.indivisible.analysis.policy.BaseRateGrid.run(org.indivisible.data.EmbeddedData.engine(), configs, reps,
                    masterSeed, threads.count);
        }
        org.indivisible.analysis.policy.PolicyAssessment a;
        try (org.indivisible.store.RunResults stored = org.indivisible.store.RunResults.open(folder)) {
            a = org.indivisible.analysis.policy.PolicyAssessment.of(scenarios, treatments, stored::values, pricing,
                    reference.parameters(), masterSeed, grid);
        }
        a.write(folder);
        return a;
    }

    /** The baseline (or first) scenario under P0 (or the first treatment): the parameters' reference. */
    private static Configuration reference(Study study, EmbeddedSnapshot snapshot) {
        return org.indivisible.analysis.policy.PolicyAssessment.reference(study, snapshot);
    }

    private static double central(Configuration config, String id) {
        return org.indivisible.analysis.policy.PolicyAssessment.central(config, id);
    }

    /** The --scenarios and --treatments of this run as options, for the reproduce and resume commands. */
    private String selection = "";

    private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);

    /**
     * On Ctrl-C (SIGINT) or kill (SIGTERM) the JVM runs its shutdown hooks and then halts: interrupt
     * the run and wait while it lets the replications in flight finish, keeps them in its journal
     * and leaves the partial folder for --resume.
     */
    private void stopCleanly(Thread runner) {
        runner.interrupt();
        try {
            finished.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command that finishes this run: the same file, -n, --seed and -o. */
    private String resumeCommand(Path input) {
        return "indivisible run " + ProjectPaths.display(input) + selection + (replications != null ? " -n " + replications : "")
                + (seed != null ? " --seed " + seed : "") + (outFolder.root.equals(Path.of("out")) ? "" : " -o " + outFolder.root)
                + " --resume";
    }

    /** The default study, looked up in the working folder and then beside the launcher. */
    private static Path defaultStudy() {
        Path here = Path.of(DEFAULT_STUDY);
        String home = System.getProperty("indivisible.home");
        if (!Files.exists(here) && home != null) {
            return Path.of(home).resolve(DEFAULT_STUDY);
        }
        return here;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
