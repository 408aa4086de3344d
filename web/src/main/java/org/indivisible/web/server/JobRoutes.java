package org.indivisible.web.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.policy.PolicyAssessment;
import org.indivisible.analysis.run.InterruptedRun;
import org.indivisible.analysis.run.ProjectPaths;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunWriter;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.Checked;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.store.ResultsStore;
import org.indivisible.store.RunResults;
import org.indivisible.web.report.ReportWriter;

/**
 * Runs started from the dashboard and their jobs: {@code POST /api/runs} (202 with the job; 429
 * when the queue is full), {@code /api/jobs}, {@code /api/jobs/{id}} (GET, DELETE to cancel). A run
 * goes through {@link StudyRun} as on the command line, its writers the results store, policy.json
 * (without the base-rate grid, which {@code indivisible run} adds) and the report.
 */
final class JobRoutes {

    private final ServerSettings settings;
    private final Snapshot snapshot;
    private final RunQueue queue;
    private final Limiter expensive;
    private final HttpRules rules;
    private final ScenarioRoutes scenarios;
    private final ReportWriter reports;

    JobRoutes(ServerSettings settings, Snapshot snapshot, RunQueue queue, Limiter expensive, HttpRules rules, ScenarioRoutes scenarios) {
        this.settings = settings;
        this.snapshot = snapshot;
        this.queue = queue;
        this.expensive = expensive;
        this.rules = rules;
        this.scenarios = scenarios;
        this.reports = new ReportWriter(snapshot, problem -> HttpRules.LOG.warn("{}", problem));
    }

    void register(Javalin app) {
        app.post("/api/runs", ctx -> expensive.run(() -> {
            start(ctx);
            return null;
        }));
        app.get("/api/jobs", ctx -> {
            ArrayNode a = Json.array();
            queue.jobs().forEach(j -> a.add(Json.job(j, rules)));
            Json.send(ctx, 200, a);
        });
        app.get("/api/jobs/{id}", ctx -> {
            RunQueue.Job j = queue.job(ctx.pathParam("id"));
            if (j == null) {
                throw new ApiError(404, "no job " + ctx.pathParam("id"));
            }
            Json.send(ctx, 200, Json.job(j, rules));
        });
        app.delete("/api/jobs/{id}", this::cancel);
    }

    private void start(Context ctx) throws IOException {
        ObjectNode b = Json.body(ctx);
        String name = b.path("file").asText("");
        Path file = scenarios.existing(name);
        int replications = b.path("replications").asInt(0);
        if (replications < 1 || replications > settings.maxReplications()) {
            throw new ApiError(400, "replications must be 1.." + settings.maxReplications() + ", got " + b.path("replications"));
        }
        Long seed = b.hasNonNull("seed") ? b.get("seed").asLong() : null;
        Checked<Study> loaded = ScenarioFiles.loadStudy(file, snapshot);
        if (!loaded.ok()) {
            throw new ApiError(422, name + " has problems; nothing was run:\n" + loaded.report());
        }
        Study whole = loaded.orElseThrow();
        Study study = subset(whole, Json.strings(b, "scenarios"), Json.strings(b, "treatments"));
        // The command that repeats exactly this run: the file as the project names it, the subset chosen.
        String reproduce = "indivisible run " + ProjectPaths.display(file) + study.selectionOptions(whole);
        RunQueue.Job job;
        try {
            job = queue.submit(name + " x " + replications, progress -> {
                StudyRun.Result r;
                try {
                    r = StudyRun.run(study, snapshot,
                            new StudyRun.Options(replications, seed, settings.threads(), false, settings.outRoot()),
                            progress, reproduce, List.of(new ResultsStore(), policy(study), reports));
                } catch (InterruptedRun e) {
                    // Cancelled from the dashboard: nothing of the run is kept (the dashboard does not resume).
                    RunFolder.deleteRecursively(e.partialFolder());
                    throw e;
                }
                return r.manifest().runId();
            });
        } catch (RunQueue.Busy e) {
            throw new ApiError(429, e.getMessage());
        }
        Json.send(ctx, 202, Json.job(job, rules));
    }

    /**
     * policy.json (the costs the report shows, analysis.policy.PolicyAssessment) without the
     * base-rate grid, which {@code indivisible run} adds; a failure is logged and the run stands.
     */
    private RunWriter policy(Study study) {
        return (folder, manifest, cells, journal) -> {
            try (RunResults stored = RunResults.open(folder)) {
                PolicyAssessment.withoutGrid(study, snapshot, stored::values, manifest.seed()).write(folder);
            } catch (IOException | RuntimeException e) {
                HttpRules.LOG.warn("policy.json not written for {}: {}", manifest.runId(), e.toString());
            }
        };
    }

    /** DELETE /api/jobs/{id}: cancels a waiting or running run (its partial folder is removed). */
    private void cancel(Context ctx) {
        String id = ctx.pathParam("id");
        RunQueue.Job j = queue.job(id);
        if (j == null) {
            throw new ApiError(404, "no job " + id);
        }
        if (!queue.cancel(id)) {
            throw new ApiError(409, "job " + id + " is " + j.state().name().toLowerCase(Locale.ROOT)
                    + "; only a waiting or running run can be cancelled");
        }
        Json.send(ctx, 202, Json.job(j, rules));
    }

    /** The study restricted to the chosen scenarios and treatments ({@link Study#restrictedTo}); an unknown id is a 400. */
    static Study subset(Study s, List<String> scenarioIds, List<String> treatmentIds) {
        try {
            return s.restrictedTo(scenarioIds, treatmentIds);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
    }
}
