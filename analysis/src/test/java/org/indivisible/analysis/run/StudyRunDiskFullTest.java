package org.indivisible.analysis.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.indivisible.analysis.ensemble.Ensemble;
import org.indivisible.analysis.ensemble.OutcomeJournal;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.engine.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, item 6: a write that fails during the ensemble (a full disk) keeps the partial
 * folder and its journal, says where and how much space is needed, and --resume then finishes
 * with the summary of an uninterrupted run. (The whole command on a full tmpfs is in
 * docs/reliability.md; here the journal fails as ENOSPC makes it fail.)
 */
class StudyRunDiskFullTest {

    /** A world with no war anywhere, so that the run is fast (the cli module's resume tests read it too). */
    private static final Path LIGHT = Path.of("src/test/resources/org/indivisible/analysis/run/light.yaml");

    @TempDir
    Path dir;

    @Test
    void aFullDiskKeepsThePartialFolderAndResumeFinishesIt() throws Exception {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(Files.copy(LIGHT, dir.resolve("light.yaml")), snapshot).orElseThrow();
        Path full = dir.resolve("full");
        EnsembleRunner diskFills = (s, spec, runId, partial, progress, journal) -> Ensemble.standard().run(spec, progress,
                new OutcomeJournal() {
                    int appended;

                    @Override
                    public long replay(Replayed into) throws IOException {
                        return journal.replay(into);
                    }

                    @Override
                    public void append(int cellIndex, Outcome outcome) throws IOException {
                        if (appended++ == 70) {
                            throw new IOException("No space left on device");
                        }
                        journal.append(cellIndex, outcome);
                    }

                    @Override
                    public void commit() throws IOException {
                        journal.commit();
                    }

                    @Override
                    public void flush() throws IOException {
                        journal.flush();
                    }
                });
        StudyRun.WriteStopped stopped = assertThrows(StudyRun.WriteStopped.class, () -> StudyRun.run(study, snapshot,
                new StudyRun.Options(200, 3L, 2, false, full), ProgressListener.NONE, "test", List.of(), diskFills));
        Path partial = only(full);
        assertTrue(partial.getFileName().toString().endsWith(".partial"));
        assertEquals(partial, stopped.partialFolder());
        String message = stopped.getMessage();
        assertTrue(message.startsWith("cannot write " + partial.resolve("outcomes.journal") + ": No space left on device."),
                message);
        // Four chunks of 16 committed, and the 6 whole records of the fifth appended before the failure.
        assertTrue(message.contains("The 70 of 200 replications done are kept in " + partial), message);
        assertTrue(message.matches("(?s).*the rest need about [0-9.]+ MiB for the journal, then the results store about [0-9.]+ MiB.*Free the space and finish with "
                + "--resume\\."), message);
        assertEquals(70, JournalFile.read(partial.resolve("outcomes.journal"), (c, o) -> { }));

        StudyRun.Result resumed = StudyRun.run(study, snapshot, new StudyRun.Options(200, 3L, 1, false, full, true),
                ProgressListener.NONE, "test");
        assertEquals(70, resumed.resumedReplications());
        StudyRun.Result straight = StudyRun.run(study, snapshot, new StudyRun.Options(200, 3L, 2, false, dir.resolve("straight")),
                ProgressListener.NONE, "test");
        assertArrayEquals(Files.readAllBytes(straight.folder().resolve("summary.json")),
                Files.readAllBytes(resumed.folder().resolve("summary.json")));
        assertEquals(List.of("manifest.json", "summary.json"), names(resumed.folder()));
    }

    private static Path only(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
