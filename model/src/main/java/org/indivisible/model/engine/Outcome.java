package org.indivisible.model.engine;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The metrics of one replication, keyed by metric id ({@code p_conflict.taiwan}) and sorted.
 * A metric that does not apply in a replication (a conflict that never started has no start
 * week) is absent rather than NaN. Immutable.
 */
public record Outcome(int replication, SortedMap<String, Double> metrics) {

    public Outcome {
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
    }

    /** Collects metrics; refuses duplicates and non-finite values. */
    public static final class Builder {
        private final int replication;
        private final TreeMap<String, Double> metrics = new TreeMap<>();

        public Builder(int replication) {
            this.replication = replication;
        }

        public Builder put(String metric, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalStateException("metric " + metric + " is not finite: " + value);
            }
            if (metrics.putIfAbsent(metric, value) != null) {
                throw new IllegalStateException("metric " + metric + " recorded twice");
            }
            return this;
        }

        public Outcome build() {
            return new Outcome(replication, metrics);
        }
    }
}
