package org.indivisible.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.store.ResultsStore;
import org.indivisible.web.WebFixtures;
import org.indivisible.web.server.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html as the last writer of a run, and the failures it reports rather than throws. */
class ReportWriterTest {

    @TempDir
    Path dir;

    /** The run appears with its report, written from the partial folder's records and store. */
    @Test
    void aRunIsCompletedWithItsReport() throws Exception {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(WebFixtures.SCENARIOS.resolve("default-study.yaml"), snapshot).orElseThrow();
        Study small = WebServer.subset(study, List.of("baseline"), List.of("P0", "P1"));
        List<String> problems = new ArrayList<>();
        StudyRun.Result r = StudyRun.run(small, snapshot, new StudyRun.Options(2, 5L, 2, false, dir),
                ProgressListener.NONE, "test", List.of(new ResultsStore(), new ReportWriter(snapshot, problems::add)));
        assertEquals(List.of(), problems);
        Path report = RunFolder.of(r.folder()).report();
        assertTrue(Files.size(report) > 1_000_000, "report.html inlines its libraries");
        String html = Files.readString(report);
        assertTrue(html.contains("\"runId\":\"" + r.manifest().runId() + "\""));
        assertTrue(html.contains("\"comparisons\":[{"), "the comparisons come from the store, written before the report");
    }

    /** A folder the report cannot be made from: told, not thrown, with the command that retries. */
    @Test
    void aFailureIsToldAndTheRunStands() throws Exception {
        Path partial = Files.createDirectories(dir.resolve(".r.partial"));
        Files.writeString(partial.resolve(RunFolder.SUMMARY), "{}");
        List<String> problems = new ArrayList<>();
        RunManifest manifest = new RunManifest("r", "2026-12-02T00:00:00Z", "s", "s.yaml", new java.util.TreeMap<>(), "data", null, 1, 1, 1, false,
                List.of(), List.of(), null, "test", null);
        new ReportWriter(EmbeddedSnapshot.load(), problems::add).write(partial, manifest, List.of(), null);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("report.html not written: "), problems.get(0));
        assertTrue(problems.get(0).endsWith("(indivisible report " + dir.resolve("r") + " retries)"), problems.get(0));
        assertFalse(Files.exists(partial.resolve(RunFolder.REPORT)));
    }

    /** 15 bytes of heap per byte of summary: a summary this JVM cannot hold is refused, a small one is not. */
    @Test
    void aSummaryTooLargeForTheHeapIsRefusedWithTheCommandThatWritesIt() {
        Path folder = dir.resolve("run");
        long huge = Runtime.getRuntime().maxMemory();
        String message = ReportWriter.heapProblem(huge, folder);
        assertTrue(message.startsWith("report.html not written: summary.json is " + String.format(java.util.Locale.ROOT, "%,d", huge >> 20)
                + " MB"), message);
        assertTrue(message.endsWith("indivisible report " + folder), message);
        assertNull(ReportWriter.heapProblem(1024, folder));
    }
}
