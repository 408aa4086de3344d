package org.indivisible.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;

/** A shipped scenario of {@code scenarios/}, compiled on the embedded data; benchmarks run from the repository root. */
final class ShippedScenario {

    private ShippedScenario() {
    }

    /** The scenario {@code scenarios/<name>.yaml} under a treatment id (its own policies, none added). */
    static Configuration compile(String name, String treatmentId) {
        Path file = Path.of("scenarios", name + ".yaml");
        if (!Files.exists(file)) {
            throw new IllegalStateException("run the benchmarks from the repository root (no " + file + ")");
        }
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        return ScenarioCompiler.compile(ScenarioFiles.loadScenario(file, snapshot).orElseThrow(), treatmentId, snapshot);
    }
}
