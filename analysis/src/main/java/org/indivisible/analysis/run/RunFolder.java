package org.indivisible.analysis.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.indivisible.analysis.statistics.EnsembleSummary;

/**
 * A run folder {@code <out>/<run-id>/} and the names of its files, which every module takes from
 * here: {@link #MANIFEST} (written last: a folder with it is a complete run), {@link #SUMMARY},
 * the results store's {@link #DATABASE} and Parquet files, {@link #POLICY}, {@link #REPORT} and
 * the rest. The static methods write it: files go to {@code <out>/.<run-id>.partial/} first
 * (with {@link #PENDING} and {@link #JOURNAL} while the run is under way) and the folder is
 * renamed into place, so a run that dies leaves no folder that looks complete; an interrupted
 * run's partial folder is what {@code run --resume} picks up.
 *
 * @param path the folder (complete or partial)
 */
public record RunFolder(Path path) {

    /** What is needed to repeat the run; present only once the run is complete. */
    public static final String MANIFEST = "manifest.json";
    /** Every metric's statistics per cell (SummaryJson). */
    public static final String SUMMARY = "summary.json";
    /** The results store: every replication's metrics (store.ResultsStore). */
    public static final String DATABASE = "results.duckdb";
    /** The results store's metrics, one row per replication and metric. */
    public static final String METRICS_PARQUET = "metrics.parquet";
    /** The results store's weekly series. */
    public static final String SERIES_PARQUET = "series.parquet";
    /** The policy answer the report shows (analysis.policy.PolicyAssessment). */
    public static final String POLICY = "policy.json";
    /** The self-contained report page (web.report.ReportWriter). */
    public static final String REPORT = "report.html";
    /** The parameter sweep of {@code indivisible sensitivity}. */
    public static final String SENSITIVITY = "sensitivity.json";
    /** The name the dashboard gave the run, beside the manifest (which stays as the run wrote it). */
    public static final String NAME = "name.txt";
    /** A partial run's manifest-to-be. */
    public static final String PENDING = "pending.json";
    /** A partial run's outcomes, every replication folded so far (JournalFile). */
    public static final String JOURNAL = "outcomes.journal";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public RunFolder {
        java.util.Objects.requireNonNull(path, "path");
    }

    public static RunFolder of(Path path) {
        return new RunFolder(path);
    }

    public Path manifest() {
        return path.resolve(MANIFEST);
    }

    public Path summary() {
        return path.resolve(SUMMARY);
    }

    public Path database() {
        return path.resolve(DATABASE);
    }

    public Path policy() {
        return path.resolve(POLICY);
    }

    public Path report() {
        return path.resolve(REPORT);
    }

    public Path sensitivity() {
        return path.resolve(SENSITIVITY);
    }

    public Path name() {
        return path.resolve(NAME);
    }

    public Path pending() {
        return path.resolve(PENDING);
    }

    public Path journal() {
        return path.resolve(JOURNAL);
    }

    /** Whether the run finished: its manifest is there. */
    public boolean complete() {
        return Files.isRegularFile(manifest());
    }

    /** Whether the results store was written (not by every engine). */
    public boolean hasDatabase() {
        return Files.isRegularFile(database());
    }

    /** The folder's manifest. */
    public RunManifest readManifest() throws IOException {
        return readManifest(manifest());
    }

    /** A fresh run id: UTC time and the study id, e.g. {@code 20261128-014210-default-study}. */
    public static String newRunId(Path outRoot, String studyId, Instant now) {
        String base = STAMP.format(now) + "-" + studyId;
        String id = base;
        for (int n = 2; Files.exists(outRoot.resolve(id)) || Files.exists(outRoot.resolve("." + id + ".partial")); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Writes a complete run folder at once (no journal): used by tests and tools. */
    public static Path write(Path outRoot, RunManifest manifest, EnsembleSummary summary) throws IOException {
        Path partial = createPartial(outRoot, manifest.runId());
        try {
            return complete(outRoot, partial, manifest, summary);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(partial);
            throw e;
        }
    }

    /** Creates the empty hidden folder {@code <out>/.<run-id>.partial/} a run is written into. */
    public static Path createPartial(Path outRoot, String runId) throws IOException {
        Files.createDirectories(outRoot);
        Path partial = outRoot.resolve("." + runId + ".partial");
        deleteRecursively(partial);
        Files.createDirectories(partial);
        return partial;
    }

    /**
     * Creates a new, empty {@code <out>/.<run-id>.partial/} that no other run has: if another
     * process took {@code runId} first (two runs started in the same second), the next free
     * {@code runId-2}, {@code -3} ... Never deletes anything.
     */
    public static Path createNewPartial(Path outRoot, String runId) throws IOException {
        Files.createDirectories(outRoot);
        String id = runId;
        for (int n = 2; ; n++) {
            if (!Files.exists(outRoot.resolve(id))) {
                try {
                    return Files.createDirectory(outRoot.resolve("." + id + ".partial"));
                } catch (FileAlreadyExistsException taken) {
                    // another run's; try the next name
                }
            }
            id = runId + "-" + n;
        }
    }

    /** The run id of a partial folder {@code .<run-id>.partial}. */
    public static String runIdOf(Path partial) {
        String name = partial.getFileName().toString();
        return name.substring(1, name.length() - ".partial".length());
    }

    /** Adds summary.json and manifest.json to a partial folder and renames it into place. */
    public static Path complete(Path outRoot, Path partial, RunManifest manifest, EnsembleSummary summary) throws IOException {
        writeRecords(partial, manifest, summary);
        return moveIntoPlace(outRoot, partial, manifest.runId());
    }

    /**
     * Writes summary.json and manifest.json into a partial folder, each whole (temporary file,
     * then rename). The folder stays hidden until {@link #moveIntoPlace}, so the manifest there
     * does not make it a complete run; the writers that read the records (policy, report) run
     * between the two.
     */
    public static void writeRecords(Path partial, RunManifest manifest, EnsembleSummary summary) throws IOException {
        DurableFiles.write(partial.resolve(SUMMARY), out -> SummaryJson.write(summary, out));
        DurableFiles.write(partial.resolve(MANIFEST), manifestJson(manifest).getBytes(StandardCharsets.UTF_8));
    }

    /** Renames a partial folder to {@code <out>/<run-id>/}; refused when that folder exists. */
    public static Path moveIntoPlace(Path outRoot, Path partial, String runId) throws IOException {
        Path target = outRoot.resolve(runId);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("run folder " + target + " already exists", e);
        }
        DurableFiles.forceFolder(outRoot);
        return target;
    }

    /**
     * Deletes what a kill can leave in a partial folder besides the journal and pending
     * manifest: temporary files of writes never renamed ({@code *.tmp}, DuckDB's
     * {@code *.tmp.wal}).
     */
    public static void removeDebris(Path partial) throws IOException {
        try (Stream<Path> files = Files.list(partial)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && (name.endsWith(DurableFiles.TEMP_SUFFIX)
                        || name.endsWith(DurableFiles.TEMP_SUFFIX + ".wal"))) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Reads a {@code manifest.json} (or a partial run's {@code pending.json}). */
    public static RunManifest readManifest(Path file) throws IOException {
        try {
            return SummaryJson.MAPPER.readValue(file.toFile(), RunManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a run manifest: " + e.getOriginalMessage(), e);
        }
    }

    static String manifestJson(RunManifest manifest) {
        try {
            return SummaryJson.MAPPER.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write manifest", e);
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
