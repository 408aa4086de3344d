package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rules of {@code extends} and of treatments, on the files in {@code scenario/extends/}. */
class ExtendsTest {

    static final Path FOLDER = Path.of("src/test/resources/scenario/extends");

    @Test
    void childOverridesItsBase() {
        Scenario child = ScenarioFiles.loadScenario(FOLDER.resolve("child.yaml"), FakeSnapshot.INSTANCE)
                .orElseThrow();
        // id, name and description describe a file and are not inherited.
        assertEquals("merge-child", child.id());
        assertEquals("merge-child", child.name());
        assertEquals("", child.description());
        assertEquals(5, child.years());
        // theaters: same id replaces in place, new id appended
        assertEquals(List.of("taiwan", "korea", "ukraine"), child.theaters().stream().map(Theater::id).toList());
        assertEquals(TheaterState.CRISIS, child.theaters().get(0).state());
        assertEquals(List.of("CHN", "TWN", "USA"), child.theaters().get(0).participants());
        // events: same id replaces in place, new id appended
        assertEquals(List.of("first", "second", "third"), child.events().stream().map(Event::id).toList());
        assertEquals(LocalDate.of(2029, 1, 1), child.events().get(1).schedule().earliest());
        assertEquals(TheaterState.CRISIS, child.events().get(1).schedule().state());
        // other lists replace
        assertEquals(List.of("EST"), child.spending().stream().map(Spending::who).toList());
        // maps merge deeply: the base's range and note stay, the value changes
        var chn = child.parameters().get(0);
        assertEquals(4.0, chn.value());
        assertEquals(new Distribution.Triangular(3.0, 4.0, 4.5), chn.distribution());
        assertEquals("from the base", chn.note());
        assertEquals("NATO", child.policies().p1().group());
        assertEquals(new TreeMap<>(Map.of(2026, 2.5)), child.policies().p1().floorPctGdpByYear());
        assertEquals(List.of("base.yaml", "child.yaml"), List.copyOf(child.sourceHashes().keySet()));
    }

    @Test
    void chainsAndTreatmentsMerge() {
        Study study = ScenarioFiles.loadStudy(FOLDER.resolve("study.yaml"), FakeSnapshot.INSTANCE).orElseThrow();
        assertEquals(7, study.replications());
        assertEquals(42L, study.seed());
        assertEquals(List.of("merge-base", "merge-grandchild"), study.scenarioIds());
        Scenario plain = study.cell("merge-grandchild", "P0").scenario();
        assertEquals(6, plain.years());
        assertEquals(3, plain.theaters().size());
        Scenario treated = study.cell("merge-grandchild", "calm-taiwan").scenario();
        assertEquals(List.of("CHN", "JPN", "TWN"), treated.theaters().get(0).participants().stream().sorted()
                .toList());
        assertEquals(TheaterState.PEACE, treated.theaters().get(0).state());
        assertEquals(List.of("first", "second", "third", "fourth"),
                treated.events().stream().map(Event::id).toList());
        Scenario base = study.cell("merge-base", "calm-taiwan").scenario();
        assertEquals(List.of("first", "second", "fourth"), base.events().stream().map(Event::id).toList());
        assertEquals(List.of("base.yaml", "child.yaml", "grandchild.yaml", "study.yaml"),
                List.copyOf(study.sourceHashes().keySet()));
    }

    @Test
    void aTreatmentProblemIsReportedOnceAtTheStudyFile(@TempDir Path dir) throws IOException {
        Files.copy(FOLDER.resolve("base.yaml"), dir.resolve("base.yaml"));
        Files.copy(FOLDER.resolve("child.yaml"), dir.resolve("child.yaml"));
        write(dir.resolve("study.yaml"), """
                study: broken
                scenarios: [base.yaml, child.yaml]
                treatments:
                  - id: late
                    overrides:
                      events:
                        - id: first
                          theater: taiwan
                          state: war
                          at: 2099-01-01
                        - id: new-one
                          theater: korea
                          state: war
                          at: 2099-01-01
                """);
        Checked<Study> result = ScenarioFiles.loadStudy(dir.resolve("study.yaml"), FakeSnapshot.INSTANCE);
        // Reported once although both scenarios get the override, and as written in the study
        // (events[1]), although the new event is the third of one merged scenario and the fourth of the other.
        assertEquals(2, result.problems().size(), result.report());
        Problem p = result.problems().get(0);
        assertEquals(10, p.line());
        assertEquals(15, p.column());
        assertEquals("treatments[0].overrides.events[0].at", p.path());
        assertTrue(p.message().startsWith("2099-01-01 is outside the horizon 2026-01-05 to"), p.message());
        assertEquals(14, result.problems().get(1).line());
        assertEquals("treatments[0].overrides.events[1].at", result.problems().get(1).path());
    }

    @Test
    void aSymbolicLinkCannotLeadOutOfTheFolder(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        write(outside.resolve("secret.yaml"), "id: secret\n");
        Path inside = Files.createDirectories(dir.resolve("inside"));
        try {
            Files.createSymbolicLink(inside.resolve("link.yaml"), outside.resolve("secret.yaml"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        write(inside.resolve("s.yaml"), "id: s\nextends: link.yaml\n");
        Checked<Scenario> result = ScenarioFiles.loadScenario(inside.resolve("s.yaml"), FakeSnapshot.INSTANCE);
        assertFalse(result.ok());
        assertTrue(result.report().contains("s.yaml:2:10: extends: `link.yaml` is a link that leads outside"),
                result.report());
    }

    @Test
    void aStudyCannotBeExtended(@TempDir Path dir) throws IOException {
        write(dir.resolve("study.yaml"), "study: s\nscenarios: [x.yaml]\n");
        write(dir.resolve("x.yaml"), "id: x\nextends: study.yaml\n");
        Checked<Study> result = ScenarioFiles.loadStudy(dir.resolve("study.yaml"), FakeSnapshot.INSTANCE);
        assertTrue(result.report().contains("study.yaml:1:8: study: this is a study file"), result.report());
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
