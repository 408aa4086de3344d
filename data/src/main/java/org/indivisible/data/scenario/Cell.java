package org.indivisible.data.scenario;

import java.util.Objects;

/**
 * One cell of a study: a scenario under a treatment, the treatment's overrides already applied
 * to {@link #scenario()}. An ensemble runs per cell. Immutable.
 */
public record Cell(Scenario scenario, Treatment treatment) {

    public Cell {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(treatment, "treatment");
    }

    public String scenarioId() {
        return scenario.id();
    }

    public String treatmentId() {
        return treatment.id();
    }
}
