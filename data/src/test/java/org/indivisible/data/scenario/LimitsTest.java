package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to exhaust the loader (large, wide, or expanding through aliases) end in a clear
 * problem or a result, quickly. The timeouts only guard against hangs; they measure nothing.
 */
class LimitsTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void oversizedFileIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.write(file, new byte[YamlSource.MAX_BYTES + 1]);
        List<Problem> problems = ScenarioFiles.loadStudy(file, FakeSnapshot.INSTANCE).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().contains("big.yaml:1:1: the file is 1048577 bytes; scenario and study "
                + "files are limited to 1048576 bytes"), problems.toString());
    }

    @Test
    void aliasesThatExpandTooFarAreRefused() {
        StringBuilder text = new StringBuilder("id: x\nbig: &big [");
        for (int i = 0; i < 10_000; i++) {
            text.append(i).append(',');
        }
        text.append("0]\nmany: [");
        for (int i = 0; i < 40; i++) {
            text.append("*big,");
        }
        text.append("*big]\n");
        List<Problem> problems = assertTimeoutPreemptively(HANG, () -> YamlSource.parse(
                text.toString().getBytes(StandardCharsets.UTF_8), "expand.yaml").problems());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("the document expands to more than 200000 values"),
                problems.toString());
    }

    @Test
    void wideFilesMergeInLinearTime(@TempDir Path dir) throws IOException {
        StringBuilder scenario = new StringBuilder("id: wide\nparameters:\n");
        StringBuilder overrides = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            scenario.append("  p").append(i).append(": {new: true, value: 1}\n");
            overrides.append("        p").append(i).append(": {value: 2}\n");
        }
        Files.writeString(dir.resolve("wide.yaml"), scenario);
        Files.writeString(dir.resolve("study.yaml"), "study: wide\nscenarios: [wide.yaml]\ntreatments:\n  - id: P0\n"
                + "  - id: P1\n    overrides:\n      parameters:\n" + overrides);
        Study study = assertTimeoutPreemptively(HANG, () -> ScenarioFiles.loadStudy(dir.resolve("study.yaml"),
                FakeSnapshot.INSTANCE).orElseThrow());
        assertEquals(20_000, study.cell("wide", "P1").scenario().parameters().size());
        assertEquals(2.0, study.cell("wide", "P1").scenario().parameters().get(123).value());
        assertEquals(1.0, study.cell("wide", "P0").scenario().parameters().get(123).value());
    }
}
