package org.indivisible.web.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.analysis.run.RunWriter;
import org.indivisible.data.snapshot.Snapshot;

/**
 * Writes {@code report.html} ({@link ReportPage}) into a run folder, the one way it is written: as
 * the last {@link RunWriter} of a run (by {@code indivisible run} and the dashboard, after the
 * results store and policy.json, which it reads), and for a folder that exists ({@code indivisible
 * report}, and the dashboard's {@code GET /runs/{id}/report.html} when a run has none).
 *
 * <p>The report is optional: as a run's writer it never stops the run. A failure, or a summary too
 * large for the heap (the report holds all of summary.json in memory, about {@link
 * #HEAP_PER_SUMMARY_BYTE} times its size), goes to {@code problems} with the command that retries,
 * and the run is completed without it. Thread safe.
 */
public final class ReportWriter implements RunWriter {

    /** Heap the report needs per byte of summary.json: a 34 MB summary failed with -Xmx300m and passed with -Xmx500m. */
    public static final long HEAP_PER_SUMMARY_BYTE = 15;

    private final Snapshot snapshot;
    private final Consumer<String> problems;

    /** @param problems told, in a sentence, why a run's report was not written */
    public ReportWriter(Snapshot snapshot, Consumer<String> problems) {
        this.snapshot = snapshot;
        this.problems = problems;
    }

    /** A writer for folders that exist, whose failures are thrown ({@link #write(Path)}). */
    public ReportWriter(Snapshot snapshot) {
        this(snapshot, message -> { });
    }

    /**
     * Writes (or rewrites) report.html in a folder holding manifest.json and summary.json, whole
     * (a temporary file moved into place).
     *
     * @return the report file
     */
    public Path write(Path folder) throws IOException {
        return ReportPage.write(folder, snapshot);
    }

    /** As the last writer of a run, into its partial folder; a failure is told to {@code problems}, never thrown. */
    @Override
    public void write(Path folder, RunManifest manifest, List<Cell> cells, Path journal) {
        // The folder the run will have, for the command that writes the report later.
        Path complete = folder.resolveSibling(manifest.runId());
        try {
            String tooLarge = heapProblem(Files.size(RunFolder.of(folder).summary()), complete);
            if (tooLarge != null) {
                problems.accept(tooLarge);
                return;
            }
            write(folder);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            problems.accept("report.html not written: " + why + " (indivisible report " + complete + " retries)");
        }
    }

    /**
     * Why a summary of {@code summaryBytes} is too large for the heap free now, with the command
     * that writes its report with more; null when it fits.
     */
    static String heapProblem(long summaryBytes, Path complete) {
        long needed = summaryBytes * HEAP_PER_SUMMARY_BYTE;
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (needed <= available) {
            return null;
        }
        return String.format(Locale.ROOT, "report.html not written: summary.json is %,d MB and the report needs "
                + "about %,d MB of heap, %,d MB are free. Write it with more: JAVA_TOOL_OPTIONS=-Xmx%dm indivisible "
                + "report %s", summaryBytes >> 20, needed >> 20, available >> 20, Math.max(1024, 2 * (needed >> 20)), complete);
    }
}
