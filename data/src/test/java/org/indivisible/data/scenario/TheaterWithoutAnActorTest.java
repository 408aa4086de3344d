package org.indivisible.data.scenario;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by fuzzing: a Korean war in which the United States takes no part (korea's
 * participants [PRK, KOR]) passed validation, then the engine refused the snapshot's default
 * US firing rate in korea with an exception. Such a default does not apply and is left out.
 */
class TheaterWithoutAnActorTest {

    @Test
    void aTheaterWithoutTheUnitedStatesCompilesAndPrepares(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("korea-alone.yaml"), """
                id: korea-alone
                theaters:
                  - {id: korea, participants: [PRK, KOR], state: war}
                """);
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        assertTrue(snapshot.parameters().stream().anyMatch(p -> p.id().equals("munitions.firingRoundsPerDay.shell155.USA.korea")),
                "the snapshot has the default this test is about");
        Study study = ScenarioFiles.loadStudy(file, snapshot).orElseThrow();
        Configuration config = ScenarioCompiler.compile(study.cells().get(0), snapshot);
        assertFalse(config.parameters().stream().anyMatch(p -> p.id().equals("munitions.firingRoundsPerDay.shell155.USA.korea")));
        assertTrue(config.parameters().stream().anyMatch(p -> p.id().startsWith("munitions.firingRoundsPerDay.")
                && p.id().endsWith(".KOR.korea")), "the participants' own rates stay");
        EmbeddedData.engine().prepare(config); // threw IllegalArgumentException before the fix
    }
}
