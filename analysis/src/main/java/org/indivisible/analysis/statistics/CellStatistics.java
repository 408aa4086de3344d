package org.indivisible.analysis.statistics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.model.engine.Outcome;

/**
 * The running statistics of one (scenario, treatment) cell, fed outcomes in replication order.
 * Not thread safe (the ensemble folds one outcome at a time).
 *
 * <p>Folding is the serial part of an ensemble, so it is kept cheap: most replications record the
 * same metrics as the one before, so the accumulators of the previous outcome are remembered in
 * its (sorted) metric order and matched by position, falling back to a lookup by id when the
 * metrics differ.
 */
public final class CellStatistics {

    private final String scenarioId;
    private final String treatmentId;
    private final TreeMap<String, MetricAccumulator> metrics = new TreeMap<>();
    private String[] lastIds = new String[0];
    private MetricAccumulator[] lastAccumulators = new MetricAccumulator[0];

    private final java.util.concurrent.Executor executor;

    public CellStatistics(String scenarioId, String treatmentId) {
        this(scenarioId, treatmentId, null);
    }

    /** @param executor where quantile sketches digest their batches (null: the folding thread) */
    public CellStatistics(String scenarioId, String treatmentId, java.util.concurrent.Executor executor) {
        this.scenarioId = scenarioId;
        this.treatmentId = treatmentId;
        this.executor = executor;
    }

    public void add(Outcome outcome) {
        SortedMap<String, Double> values = outcome.metrics();
        int size = values.size();
        boolean same = size == lastIds.length;
        if (!same) {
            lastIds = new String[size];
            lastAccumulators = new MetricAccumulator[size];
        }
        int i = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String id = e.getKey();
            MetricAccumulator acc;
            if (same && id.equals(lastIds[i])) {
                acc = lastAccumulators[i];
            } else {
                acc = metrics.computeIfAbsent(id, k -> new MetricAccumulator(executor));
                lastIds[i] = id;
                lastAccumulators[i] = acc;
            }
            acc.add(e.getValue());
            i++;
        }
    }

    /** Metrics seen so far. */
    public int metricCount() {
        return metrics.size();
    }

    /**
     * Bytes the accumulators hold ({@link MetricAccumulator#retainedBytes()}) plus the map's
     * entries (40 bytes each); the metric ids are the outcomes' own strings.
     */
    public long retainedBytes() {
        long bytes = 0;
        for (MetricAccumulator acc : metrics.values()) {
            bytes += acc.retainedBytes() + 40;
        }
        return bytes;
    }

    public CellSummary summary() {
        return summary(null);
    }

    /** The summary, its metric ids shared with {@code previous} if they are the same (less memory). */
    public CellSummary summary(CellSummary previous) {
        SortedMap<String, MetricSummary> out = new TreeMap<>();
        metrics.forEach((id, acc) -> out.put(id, acc.summary()));
        return new CellSummary(scenarioId, treatmentId, out, previous);
    }
}
