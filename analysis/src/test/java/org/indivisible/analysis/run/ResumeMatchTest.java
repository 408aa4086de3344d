package org.indivisible.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeMatchTest {

    @TempDir
    Path out;

    static RunManifest manifest(String runId, long seed, int replications, String hash, String commit) {
        return new RunManifest(runId, "2026-11-28T00:00:00Z", "study", "study.yaml", new TreeMap<>(Map.of("study.yaml", hash)),
                "data1", new CodeVersion("0.1.0", commit), seed, replications, 2, false, List.of("s"), List.of("P0", "P1"),
                "random", "indivisible run study.yaml", null);
    }

    @Test
    void onlyTheSameInputsMatch() {
        RunManifest planned = manifest("b", 1, 100, "h", "c");
        assertNull(StudyRun.mismatch(manifest("a", 1, 100, "h", "c"), planned));
        assertEquals("seed 2", StudyRun.mismatch(manifest("a", 2, 100, "h", "c"), planned));
        assertEquals("50 replications", StudyRun.mismatch(manifest("a", 1, 50, "h", "c"), planned));
        assertEquals("input files changed", StudyRun.mismatch(manifest("a", 1, 100, "x", "c"), planned));
        assertTrue(StudyRun.mismatch(manifest("a", 1, 100, "h", "d"), planned).startsWith("code"));
    }

    @Test
    void theNewestMatchingPartialRunIsFoundAndOthersAreNamed() throws Exception {
        RunManifest planned = manifest("20261128-030000-study", 1, 100, "h", "c");
        for (RunManifest m : List.of(manifest("20261128-010000-study", 1, 100, "h", "c"),
                manifest("20261128-020000-study", 1, 100, "h", "c"), manifest("20261128-025000-study", 9, 100, "h", "c"))) {
            Path p = RunFolder.createPartial(out, m.runId());
            Files.writeString(p.resolve(StudyRun.PENDING), RunFolder.manifestJson(m));
            Files.write(p.resolve(StudyRun.JOURNAL), JournalFile.MAGIC);
        }
        assertEquals(".20261128-020000-study.partial", StudyRun.findResumable(out, planned).getFileName().toString());
        var e = assertThrows(StudyRun.NothingToResume.class,
                () -> StudyRun.findResumable(out, manifest("x", 1, 300, "h", "c")));
        assertTrue(e.getMessage().contains("no interrupted run of study study with seed 1 and 300 replications"), e.getMessage());
        assertTrue(e.getMessage().contains("20261128-025000-study.partial (seed 9)"), e.getMessage());
    }
}
