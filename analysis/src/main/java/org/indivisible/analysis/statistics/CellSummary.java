package org.indivisible.analysis.statistics;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every metric of one (scenario, treatment) cell. Immutable. Held compactly (48 bytes a metric,
 * the ids shared between cells with the same metrics), since a study keeps one per cell.
 */
public record CellSummary(String scenarioId, String treatmentId, SortedMap<String, MetricSummary> metrics) {

    public CellSummary {
        metrics = metrics instanceof MetricTable ? metrics : MetricTable.of(new TreeMap<>(metrics), null);
    }

    /** As the canonical constructor; the metric ids are {@code shared}'s if it holds the same ids (less memory). */
    public CellSummary(String scenarioId, String treatmentId, SortedMap<String, MetricSummary> metrics, CellSummary shared) {
        this(scenarioId, treatmentId, MetricTable.of(metrics, shared != null && shared.metrics() instanceof MetricTable t
                ? t.ids() : null));
    }

    /** Bytes this summary holds besides its (possibly shared) ids: six numbers per metric and the arrays' headers. */
    public long retainedBytes() {
        return (long) MetricTable.BYTES_PER_METRIC * metrics.size() + 3 * 16 + 40;
    }
}
