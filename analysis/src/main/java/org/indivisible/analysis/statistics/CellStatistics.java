package org.indivisible.analysis.statistics;

import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.model.engine.Outcome;

/** The running statistics of one (scenario, treatment) cell, fed outcomes in replication order. */
public final class CellStatistics {

    private final String scenarioId;
    private final String treatmentId;
    private final TreeMap<String, MetricAccumulator> metrics = new TreeMap<>();

    public CellStatistics(String scenarioId, String treatmentId) {
        this.scenarioId = scenarioId;
        this.treatmentId = treatmentId;
    }

    public void add(Outcome outcome) {
        outcome.metrics().forEach((id, value) -> metrics.computeIfAbsent(id, k -> new MetricAccumulator()).add(value));
    }

    public CellSummary summary() {
        SortedMap<String, MetricSummary> out = new TreeMap<>();
        metrics.forEach((id, acc) -> out.put(id, acc.summary()));
        return new CellSummary(scenarioId, treatmentId, out);
    }
}
