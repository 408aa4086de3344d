package org.indivisible.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectPathsTest {

    @Test
    void aPathUnderTheWorkingFolderIsShownRelativeToIt() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(Path.of("scenarios", "baseline.yaml").toString(),
                ProjectPaths.display(cwd.resolve("scenarios").resolve("baseline.yaml")));
        assertEquals(Path.of("scenarios", "baseline.yaml").toString(), ProjectPaths.display(Path.of("scenarios/./baseline.yaml")));
    }

    @Test
    void aPathElsewhereIsNeverShownAbsolute() {
        Path outside = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere").resolve("study.yaml");
        assertFalse(Path.of(ProjectPaths.display(outside)).isAbsolute(), ProjectPaths.display(outside));
    }

    @Test
    void messagesAreScrubbedOfARootsAbsoluteName() {
        Path out = Path.of("").toAbsolutePath().resolve("out");
        assertEquals("cannot write out/run-1/x", ProjectPaths.scrub("cannot write " + out + "/run-1/x", out));
    }
}
