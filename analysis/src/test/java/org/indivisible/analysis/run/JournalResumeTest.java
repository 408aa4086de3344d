package org.indivisible.analysis.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.Ensemble;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.analysis.ensemble.EnsembleTestFixture;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalResumeTest {

    @TempDir
    Path dir;

    static EnsembleSpec spec(int threads) {
        return new EnsembleSpec(List.of(new Cell("fixture", "P0", EnsembleTestFixture.config("P0")),
                new Cell("fixture", "P1", EnsembleTestFixture.config("P1"))), 300, 5, threads, true);
    }

    /** Interrupts the calling thread once {@code after} replications are done. */
    static ProgressListener interruptAfter(long after) {
        return new ProgressListener() {
            @Override
            public void started(long total) {
            }

            @Override
            public void advanced(long done) {
                if (done >= after) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    @Test
    void interruptedThenResumedGivesTheSameBytes() throws Exception {
        byte[] straight = SummaryJson.toBytes(Ensemble.standard().run(spec(2), ProgressListener.NONE));
        Path journal = dir.resolve("outcomes.journal");
        try (JournalFile j = JournalFile.open(journal)) {
            assertThrows(InterruptedException.class, () -> Ensemble.standard().run(spec(2), interruptAfter(100), j));
        }
        Thread.interrupted();
        long kept = JournalFile.read(journal, (c, o) -> { });
        assertTrue(kept >= 100 && kept < 600, "kept " + kept);
        byte[] resumed;
        try (JournalFile j = JournalFile.open(journal)) {
            assertEquals(kept, j.storedOutcomes());
            resumed = SummaryJson.toBytes(Ensemble.standard().run(spec(1), ProgressListener.NONE, j));
        }
        assertArrayEquals(straight, resumed);
        assertEquals(600, JournalFile.read(journal, (c, o) -> { }));
    }

    @Test
    void aTornLastRecordIsCutOffAndRerun() throws Exception {
        byte[] straight = SummaryJson.toBytes(Ensemble.standard().run(spec(1), ProgressListener.NONE));
        Path journal = dir.resolve("outcomes.journal");
        try (JournalFile j = JournalFile.open(journal)) {
            assertThrows(InterruptedException.class, () -> Ensemble.standard().run(spec(2), interruptAfter(250), j));
        }
        Thread.interrupted();
        long kept = JournalFile.read(journal, (c, o) -> { });
        // A kill in the middle of a write: the last 7 bytes never reached the disk.
        try (RandomAccessFile raf = new RandomAccessFile(journal.toFile(), "rw")) {
            raf.setLength(raf.length() - 7);
        }
        assertEquals(kept - 1, JournalFile.read(journal, (c, o) -> { }));
        byte[] resumed;
        try (JournalFile j = JournalFile.open(journal)) {
            resumed = SummaryJson.toBytes(Ensemble.standard().run(spec(2), ProgressListener.NONE, j));
        }
        assertArrayEquals(straight, resumed);
    }

    @Test
    void notAJournalIsRefused() throws Exception {
        Path file = dir.resolve("x.journal");
        Files.writeString(file, "hello world");
        var e = assertThrows(java.io.IOException.class, () -> JournalFile.open(file));
        assertTrue(e.getMessage().contains("not an indivisible journal"), e.getMessage());
    }
}
