package org.indivisible.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.Ensemble;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.scenario.Treatment;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.model.random.RandomStreams;

/**
 * Runs a loaded study end to end: compiles each (scenario, treatment) cell against the
 * snapshot, runs the ensemble and writes the run folder. The command line and the dashboard
 * both go through here, so a run means the same thing wherever it is started.
 */
public final class StudyRun {

    /** How to run; a null replication count or seed means the study's own. */
    public record Options(Integer replications, Long seed, int threads, boolean check, Path outRoot) {
    }

    /** What a run left: its folder, manifest and statistics. */
    public record Result(Path folder, RunManifest manifest, EnsembleSummary summary) {
    }

    private StudyRun() {
    }

    /** The cells of a study compiled into model configurations, in study order. */
    public static List<Cell> cells(Study study, Snapshot snapshot) {
        return study.cells().stream()
                .map(c -> new Cell(c.scenarioId(), c.treatmentId(), ScenarioCompiler.compile(c, snapshot)))
                .toList();
    }

    public static Result run(Study study, Snapshot snapshot, Options options, ProgressListener progress,
                             String reproduceCommand) throws IOException, InterruptedException {
        int replications = options.replications() != null ? options.replications() : study.replications();
        long seed = options.seed() != null ? options.seed() : study.seed();
        EnsembleSpec spec = new EnsembleSpec(cells(study, snapshot), replications, seed, options.threads(), options.check());
        EnsembleSummary summary = Ensemble.standard().run(spec, progress);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RunManifest manifest = new RunManifest(
                RunFolder.newRunId(options.outRoot(), study.id(), now), now.toString(), study.id(),
                study.file().toString(), study.sourceHashes(), snapshot.version(), CodeVersion.current(), seed,
                replications, options.threads(), options.check(), study.scenarioIds(),
                study.treatments().stream().map(Treatment::id).toList(),
                RandomStreams.ALGORITHM + " per named stream, seeded by SeedMixer(masterSeed, replication, streamName)",
                reproduceCommand + " --seed " + seed + " --replications " + replications);
        Path folder = RunFolder.write(options.outRoot(), manifest, summary);
        return new Result(folder, manifest, summary);
    }
}
