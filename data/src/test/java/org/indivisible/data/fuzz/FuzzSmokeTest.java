package org.indivisible.data.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fuzzers, briefly, in every build: a few thousand generated inputs each must end in a
 * result or located problems. The long run (10^6 inputs) is the same code with more inputs:
 * {@code -Dfuzz.inputs=1000000} (docs/reliability.md). A crash leaves the input in
 * {@code target/fuzz-crashes/}.
 */
class FuzzSmokeTest {

    private static final long INPUTS = Long.getLong("fuzz.inputs", 1_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261128);

    @Test
    void scenarioFilesNeverCrash() throws IOException {
        FuzzRun.Report report = ScenarioFuzzer.runScenarios(INPUTS, SEED, Path.of("."), Path.of("target/fuzz-crashes"),
                INPUTS > 100_000);
        System.out.println(report);
        assertEquals(0, report.crashes(), report.toString());
        assertEquals(INPUTS, report.inputs());
    }

    @Test
    void dataTablesNeverCrash() throws IOException {
        FuzzRun.Report report = CsvFuzzer.runTables(INPUTS * 2, SEED, Path.of("target/fuzz-crashes"), INPUTS > 100_000);
        System.out.println(report);
        assertEquals(0, report.crashes(), report.toString());
    }
}
