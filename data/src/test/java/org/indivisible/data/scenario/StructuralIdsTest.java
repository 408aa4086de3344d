package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.indivisible.data.snapshot.CsvTable;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.data.snapshot.StructuralIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The world's structure is checked where it is written (issue 20, part 3). Before, a scenario
 * adding {@code forces.oob.europe.POL.armored_brigade} with {@code new: true} passed {@code
 * validate} and failed when the run planned the model, with no file or line.
 */
class StructuralIdsTest {

    @Test
    void aNewEntryWithAWrongNameIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("typo.yaml"), """
                id: typo
                theaters:
                  - {id: nato_europe, participants: [RUS, POL, USA], state: peace}
                parameters:
                  forces.oob.europe.POL.armored_brigade: {new: true, value: 2, status: assumption}
                  munitions.transferRoundsPerYear.shell155.PRK.RUSS: {new: true, value: 2, status: assumption}
                  munitions.stockRounds.shell_155.POL: {new: true, value: 2, status: assumption}
                  forces.oob.europe.POL: {new: true, value: 2, status: assumption}
                  forces.oob.indo_pacific.NZL.surface_combatant: {new: true, value: 2, status: assumption}
                """);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioFiles.loadStudy(file, EmbeddedSnapshot.load()).orElseThrow());
        List<String> lines = e.problems().stream().map(p -> p.toString().replace(dir + "/", "")).toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("typo.yaml:5:3: parameters.forces.oob.europe.POL.armored_brigade: "
                + "unknown force type `armored_brigade`; valid: [armoured_brigade,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("typo.yaml:6:3: parameters.munitions.transferRoundsPerYear.shell155.PRK.RUSS: "
                + "unknown actor `RUSS`"), lines.get(1));
        assertTrue(lines.get(2).startsWith("typo.yaml:7:3: parameters.munitions.stockRounds.shell_155.POL: "
                + "unknown munition `shell_155`; valid: shell155,"), lines.get(2));
        assertEquals("typo.yaml:8:3: parameters.forces.oob.europe.POL: expected forces.oob.<location>.<ISO3>.<type>",
                lines.get(3));
    }

    @Test
    void aSnapshotRowWithAWrongIdNamesItsFileLineAndColumn() {
        CsvTable table = CsvTable.read("forces.csv", new ByteArrayInputStream("""
                parameter,value
                forces.oob.europe.DEU.armoured_brigade,8
                forces.oob.europe.DEU.tank_brigade,2
                """.getBytes(StandardCharsets.UTF_8)));
        StructuralIds.check(table.rows().get(0), "parameter", Set.of("DEU"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StructuralIds.check(table.rows().get(1), "parameter", Set.of("DEU")));
        assertTrue(e.getMessage().startsWith("forces.csv: line 3, column 'parameter': forces.oob.europe.DEU.tank_brigade: "
                + "unknown force type `tank_brigade`"), e.getMessage());
    }

    @Test
    void everyShippedStructuralIdIsWellFormed() {
        Set<String> actors = EmbeddedSnapshot.load().actors().stream().map(a -> a.iso3())
                .collect(java.util.stream.Collectors.toSet());
        long structural = EmbeddedSnapshot.load().parameters().stream()
                .filter(p -> p.id().startsWith("forces.oob.") || p.id().startsWith("munitions."))
                .peek(p -> assertEquals(java.util.Optional.empty(), StructuralIds.problem(p.id(), actors), p.id()))
                .count();
        assertTrue(structural > 100, "the snapshot has orders of battle and munitions: " + structural);
    }
}
