package org.indivisible.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RunFolder names a run folder's files; a run's writers find the records in the partial folder and run in order. */
class RunFolderTest {

    @TempDir
    Path dir;

    @Test
    void theFilesAreNamedOnce() {
        RunFolder f = RunFolder.of(dir);
        assertEquals(dir.resolve("manifest.json"), f.manifest());
        assertEquals(dir.resolve("summary.json"), f.summary());
        assertEquals(dir.resolve("results.duckdb"), f.database());
        assertEquals(dir.resolve("policy.json"), f.policy());
        assertEquals(dir.resolve("report.html"), f.report());
        assertEquals(dir.resolve("pending.json"), f.pending());
        assertEquals(dir.resolve("outcomes.journal"), f.journal());
        assertEquals(RunFolder.PENDING, StudyRun.PENDING);
        assertEquals(RunFolder.JOURNAL, StudyRun.JOURNAL);
        assertFalse(f.complete());
    }

    /**
     * The writers run on the hidden partial folder, which already holds summary.json and
     * manifest.json (the report reads them), in the order given; what they write is in the run
     * folder once it is in place.
     */
    @Test
    void writersSeeTheRecordsAndRunInOrder() throws Exception {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(Files.writeString(dir.resolve("light.yaml"), """
                id: light
                theaters:
                  - {id: taiwan, participants: [CHN, TWN], state: peace}
                decisions:
                  pairs: {CHN.taiwan: forbid}
                """), snapshot).orElseThrow();
        List<String> seen = new ArrayList<>();
        RunWriter first = (folder, manifest, cells, journal) -> {
            RunFolder f = RunFolder.of(folder);
            assertTrue(folder.getFileName().toString().startsWith("."), "a hidden partial folder");
            assertTrue(Files.isRegularFile(f.summary()) && f.complete(), "the records are written before the writers");
            assertEquals(manifest.runId(), f.readManifest().runId());
            assertTrue(Files.isRegularFile(journal));
            Files.writeString(folder.resolve("first.txt"), "1");
            seen.add("first");
        };
        RunWriter second = (folder, manifest, cells, journal) -> {
            assertTrue(Files.isRegularFile(folder.resolve("first.txt")), "writers run in the order given");
            seen.add("second");
        };
        StudyRun.Result r = StudyRun.run(study, snapshot, new StudyRun.Options(4, 3L, 2, false, dir.resolve("out")),
                ProgressListener.NONE, "test", List.of(first, second));
        assertEquals(List.of("first", "second"), seen);
        assertTrue(RunFolder.of(r.folder()).complete());
        assertTrue(Files.isRegularFile(r.folder().resolve("first.txt")));
        assertFalse(Files.exists(RunFolder.of(r.folder()).journal()));
        assertFalse(Files.exists(RunFolder.of(r.folder()).pending()));
    }
}
