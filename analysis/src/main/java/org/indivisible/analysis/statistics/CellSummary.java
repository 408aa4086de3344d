package org.indivisible.analysis.statistics;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every metric of one (scenario, treatment) cell. Immutable. */
public record CellSummary(String scenarioId, String treatmentId, SortedMap<String, MetricSummary> metrics) {

    public CellSummary {
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
    }
}
