package org.indivisible.analysis.ensemble;

import java.util.Objects;
import org.indivisible.model.config.Configuration;

/** One scenario under one treatment: the unit an ensemble replicates. Immutable. */
public record Cell(String scenarioId, String treatmentId, Configuration configuration) {

    public Cell {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(treatmentId, "treatmentId");
        Objects.requireNonNull(configuration, "configuration");
    }
}
