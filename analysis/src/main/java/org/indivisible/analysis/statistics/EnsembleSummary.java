package org.indivisible.analysis.statistics;

import java.util.List;
import java.util.Optional;

/**
 * The statistics of a whole ensemble: what {@code summary.json} holds. Depends only on the
 * inputs and the seed, never on threads or time. Immutable.
 */
public record EnsembleSummary(long seed, int replications, List<CellSummary> cells) {

    public EnsembleSummary {
        cells = List.copyOf(cells);
    }

    public Optional<CellSummary> cell(String scenarioId, String treatmentId) {
        return cells.stream().filter(c -> c.scenarioId().equals(scenarioId) && c.treatmentId().equals(treatmentId))
                .findFirst();
    }
}
