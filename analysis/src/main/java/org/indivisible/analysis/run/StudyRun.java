package org.indivisible.analysis.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.indivisible.analysis.ensemble.Cell;
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
 *
 * <p>While it runs, the run lives in {@code <out>/.<run-id>.partial/}: {@code pending.json}
 * (the manifest it will have) and {@code outcomes.journal} (every replication folded so far).
 * Only a complete run is moved to {@code <out>/<run-id>/}. An interrupted run leaves its partial
 * folder; {@link Options#resume()} finds it again by its inputs and runs only what is missing.
 *
 * <p>Crash safety (docs/reliability.md): the journal is committed after every folded chunk;
 * {@code pending.json}, the results store, {@code summary.json} and {@code manifest.json} are
 * each written to a temporary file and renamed; the folder is renamed into place last. A
 * {@code kill -9} at any moment leaves either a hidden partial folder that {@code --resume}
 * finishes with the same summary, or the complete run folder.
 */
public final class StudyRun {

    static final String PENDING = RunFolder.PENDING;
    static final String JOURNAL = RunFolder.JOURNAL;

    /**
     * How to run; a null replication count or seed means the study's own.
     *
     * @param resume finish the newest interrupted run with the same inputs instead of starting anew
     */
    public record Options(Integer replications, Long seed, int threads, boolean check, Path outRoot, boolean resume) {
        public Options(Integer replications, Long seed, int threads, boolean check, Path outRoot) {
            this(replications, seed, threads, check, outRoot, false);
        }
    }

    /** What a run left: its folder, manifest and statistics, and how many replications a resume reused. */
    public record Result(Path folder, RunManifest manifest, EnsembleSummary summary, long resumedReplications) {
    }

    /** {@code --resume} found nothing to resume. */
    public static final class NothingToResume extends IOException {
        public NothingToResume(String message) {
            super(message);
        }
    }

    /**
     * The run could not write (a full disk, most often): its partial folder and journal are kept,
     * and the message names the folder, the replications kept and the space the rest needs.
     */
    public static final class WriteStopped extends IOException {
        private final Path partialFolder;

        private WriteStopped(String message, Path partialFolder, IOException cause) {
            super(message, cause);
            this.partialFolder = partialFolder;
        }

        public Path partialFolder() {
            return partialFolder;
        }

        static WriteStopped of(IOException e, Path partial, Path journal, long total) {
            long done;
            long bytes;
            try {
                done = JournalFile.read(journal, (c, o) -> { });
                bytes = Files.size(journal);
            } catch (IOException | RuntimeException unreadable) {
                done = 0;
                bytes = 0;
            }
            long perReplication = done > 0 ? bytes / done : 0;
            long needed = perReplication * (total - done);
            String free;
            try {
                free = mib(Files.getFileStore(partial).getUsableSpace()) + " free now";
            } catch (IOException | RuntimeException unknown) {
                free = "free space unknown";
            }
            // The results store's write needs about 5 bytes per journal byte (ResultsStore.SPACE_PER_JOURNAL_BYTE).
            long store = perReplication * total * 5;
            return new WriteStopped("cannot write " + journal + ": " + e.getMessage() + ". The " + done + " of " + total
                    + " replications done are kept in " + partial + "; the rest need about "
                    + (needed > 0 ? mib(needed) : "as much again") + " for the journal, then the results store about "
                    + (store > 0 ? mib(store) : "5 times the journal") + " (" + free + "). Free the space and finish with "
                    + "--resume.", partial, e);
        }

        private static String mib(long bytes) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
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
        return run(study, snapshot, options, progress, reproduceCommand, List.of());
    }

    public static Result run(Study study, Snapshot snapshot, Options options, ProgressListener progress,
                             String reproduceCommand, List<RunWriter> writers) throws IOException, InterruptedException {
        return run(study, snapshot, options, progress, reproduceCommand, writers, EnsembleRunner.LOCAL);
    }

    /** As above, the ensemble run by {@code runner} (another engine: docs/scale-out.md). */
    public static Result run(Study study, Snapshot snapshot, Options options, ProgressListener progress,
                             String reproduceCommand, List<RunWriter> writers, EnsembleRunner runner)
            throws IOException, InterruptedException {
        int replications = options.replications() != null ? options.replications() : study.replications();
        long seed = options.seed() != null ? options.seed() : study.seed();
        List<Cell> cells = cells(study, snapshot);
        EnsembleSpec spec = new EnsembleSpec(cells, replications, seed, options.threads(), options.check());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RunManifest planned = new RunManifest(
                RunFolder.newRunId(options.outRoot(), study.id(), now), now.toString(), study.id(),
                ProjectPaths.display(study.file()), study.sourceHashes(), snapshot.version(), CodeVersion.current(), seed,
                replications, options.threads(), options.check(), study.scenarioIds(),
                study.treatments().stream().map(Treatment::id).toList(),
                RandomStreams.ALGORITHM + " per named stream, seeded by SeedMixer(masterSeed, replication, streamName)",
                reproduceCommand + " --seed " + seed + " --replications " + replications, labels(study));
        Path partial;
        RunLock lock;
        if (options.resume()) {
            partial = findResumable(options.outRoot(), planned);
            try {
                lock = RunLock.acquire(partial);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new NothingToResume(partial + " was finished or removed while we looked");
            }
            try {
                if (!Files.isRegularFile(partial.resolve(PENDING))) {
                    throw new NothingToResume(partial + " was finished or removed while we looked");
                }
                RunManifest pending = RunFolder.readManifest(partial.resolve(PENDING));
                planned = withRunId(planned, pending.runId());
                RunFolder.removeDebris(partial);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
        } else {
            partial = RunFolder.createNewPartial(options.outRoot(), planned.runId());
            planned = withRunId(planned, RunFolder.runIdOf(partial));
            lock = RunLock.acquire(partial);
            try {
                DurableFiles.write(partial.resolve(PENDING), RunFolder.manifestJson(planned).getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                lock.close();
                RunFolder.deleteRecursively(partial);
                throw e;
            }
        }
        boolean completed = false;
        try {
            Result result = runLocked(study, spec, cells, options, planned, partial, progress, writers, runner);
            completed = true;
            lock.deleteAndClose(result.folder());
            return result;
        } finally {
            if (!completed) {
                lock.close();
            }
        }
    }

    /** The run itself, its folder locked: the ensemble, the writers, the folder moved into place. */
    private static Result runLocked(Study study, EnsembleSpec spec, List<Cell> cells, Options options, RunManifest planned,
                                    Path partial, ProgressListener progress, List<RunWriter> writers, EnsembleRunner runner)
            throws IOException, InterruptedException {
        EnsembleSummary summary;
        long resumed;
        Path journalFile = partial.resolve(JOURNAL);
        try (JournalFile journal = JournalFile.open(journalFile)) {
            resumed = journal.storedOutcomes();
            summary = runner.run(study, spec, planned.runId(), partial, progress, journal);
        } catch (InterruptedRun e) {
            throw e;
        } catch (InterruptedException e) {
            long done = JournalFile.read(journalFile, (c, o) -> { });
            throw new InterruptedRun(partial, done, spec.totalReplications());
        } catch (IOException e) {
            // A full disk (or another write failure): keep the work done for --resume.
            throw WriteStopped.of(e, partial, journalFile, spec.totalReplications());
        } catch (RuntimeException | Error e) {
            if (!options.resume()) {
                RunFolder.deleteRecursively(partial);
            }
            throw e;
        }
        Instant finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RunManifest manifest = new RunManifest(planned.runId(), finished.toString(), planned.study(), planned.studyFile(),
                planned.inputFiles(), planned.dataSnapshot(), planned.code(), spec.seed(), spec.replications(), options.threads(),
                options.check(), planned.scenarios(), planned.treatments(), planned.random(), planned.reproduce(), planned.labels());
        try {
            // The records first: the writers that come after the store (policy, report) read them.
            RunFolder.writeRecords(partial, manifest, summary);
            for (RunWriter writer : writers) {
                writer.write(partial, manifest, cells, journalFile);
            }
        } catch (IOException e) {
            throw new WriteStopped(e.getMessage() + ". Every replication is kept in " + partial
                    + "; free the space and finish with --resume, which reruns none of them.", partial, e);
        }
        // Every output is written whole (temporary file, then rename) while the journal still
        // stands, so a kill up to the folder's rename is resumed; after it, the run is complete
        // and the journal and pending manifest are only leftovers.
        Path folder = RunFolder.moveIntoPlace(options.outRoot(), partial, manifest.runId());
        Files.deleteIfExists(folder.resolve(JOURNAL));
        Files.deleteIfExists(folder.resolve(PENDING));
        return new Result(folder, manifest, summary, resumed);
    }

    /** The newest partial run under {@code outRoot} whose inputs are those of {@code planned}. */
    static Path findResumable(Path outRoot, RunManifest planned) throws IOException {
        List<String> others = new ArrayList<>();
        Optional<Path> found = Optional.empty();
        if (Files.isDirectory(outRoot)) {
            try (Stream<Path> entries = Files.list(outRoot)) {
                List<Path> partials = entries
                        .filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(".partial"))
                        .filter(p -> Files.isRegularFile(p.resolve(PENDING)) && Files.isRegularFile(p.resolve(JOURNAL)))
                        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                        .toList();
                for (Path p : partials) {
                    RunManifest pending;
                    try {
                        pending = RunFolder.readManifest(p.resolve(PENDING));
                    } catch (IOException e) {
                        others.add(p.getFileName() + " (unreadable " + PENDING + ")");
                        continue;
                    }
                    String mismatch = mismatch(pending, planned);
                    if (mismatch == null) {
                        found = Optional.of(p);
                        break;
                    }
                    others.add(p.getFileName() + " (" + mismatch + ")");
                }
            }
        }
        return found.orElseThrow(() -> new NothingToResume("no interrupted run of study " + planned.study()
                + " with seed " + planned.seed() + " and " + planned.replications() + " replications under " + outRoot
                + (others.isEmpty() ? "" : "; partial runs that differ: " + String.join(", ", others))));
    }

    /** Why a pending run cannot be resumed with the planned inputs, or null if it can. */
    static String mismatch(RunManifest pending, RunManifest planned) {
        if (!pending.study().equals(planned.study())) {
            return "study " + pending.study();
        }
        if (pending.seed() != planned.seed()) {
            return "seed " + pending.seed();
        }
        if (pending.replications() != planned.replications()) {
            return pending.replications() + " replications";
        }
        if (!pending.inputFiles().equals(planned.inputFiles())) {
            return "input files changed";
        }
        if (!pending.dataSnapshot().equals(planned.dataSnapshot())) {
            return "data " + pending.dataSnapshot();
        }
        if (!Objects.equals(pending.code(), planned.code())) {
            return "code " + pending.code();
        }
        if (!pending.scenarios().equals(planned.scenarios()) || !pending.treatments().equals(planned.treatments())) {
            return "other scenarios or treatments";
        }
        return null;
    }

    private static RunManifest withRunId(RunManifest m, String runId) {
        return m.withRunId(runId);
    }

    /** The names and descriptions of the study, its scenarios (from the scenario files) and treatments. */
    static RunManifest.Labels labels(Study study) {
        List<RunManifest.Label> scenarios = new ArrayList<>();
        for (String id : study.scenarioIds()) {
            study.cells().stream().filter(c -> c.scenarioId().equals(id)).findFirst().ifPresent(c ->
                    scenarios.add(new RunManifest.Label(id, c.scenario().name(), c.scenario().description())));
        }
        List<RunManifest.Label> treatments = study.treatments().stream()
                .map(t -> new RunManifest.Label(t.id(), t.id(), t.description())).toList();
        return new RunManifest.Labels(study.name(), study.description(), scenarios, treatments);
    }
}
