package org.indivisible.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.engine.Outcome;

/**
 * Consecutive replications of one cell as they travel from an executor: the metric ids once per
 * block (a dictionary), then per replication the indices of its metrics, in the outcome's
 * sorted order, and their values bit for bit. About 10 bytes per metric instead of the id's 25.
 * Immutable once built; not shared between threads while built.
 */
final class Block implements Serializable {

    private static final long serialVersionUID = 1L;

    final int cellIndex;
    final int fromReplication;
    private final String[] ids;
    private final int[][] keys;
    private final double[][] values;

    private Block(int cellIndex, int fromReplication, String[] ids, int[][] keys, double[][] values) {
        this.cellIndex = cellIndex;
        this.fromReplication = fromReplication;
        this.ids = ids;
        this.keys = keys;
        this.values = values;
    }

    /** @param outcomes consecutive replications of the cell, the first being {@code outcomes[0].replication()} */
    static Block of(int cellIndex, Outcome[] outcomes) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int[][] keys = new int[outcomes.length][];
        double[][] values = new double[outcomes.length][];
        for (int o = 0; o < outcomes.length; o++) {
            if (outcomes[o].replication() != outcomes[0].replication() + o) {
                throw new IllegalArgumentException("replications not consecutive at " + outcomes[o].replication());
            }
            int n = outcomes[o].metrics().size();
            keys[o] = new int[n];
            values[o] = new double[n];
            int i = 0;
            for (Map.Entry<String, Double> m : outcomes[o].metrics().entrySet()) {
                Integer k = index.get(m.getKey());
                if (k == null) {
                    k = ids.size();
                    index.put(m.getKey(), k);
                    ids.add(m.getKey());
                }
                keys[o][i] = k;
                values[o][i] = m.getValue();
                i++;
            }
        }
        return new Block(cellIndex, outcomes[0].replication(), ids.toArray(String[]::new), keys, values);
    }

    int size() {
        return keys.length;
    }

    /** The i-th replication's outcome, equal to the one the model produced. */
    Outcome outcome(int i) {
        TreeMap<String, Double> metrics = new TreeMap<>();
        for (int m = 0; m < keys[i].length; m++) {
            metrics.put(ids[keys[i][m]], values[i][m]);
        }
        return new Outcome(fromReplication + i, metrics);
    }

    /** Metric rows of the i-th replication, in metric order: id and value. */
    int metrics(int i) {
        return keys[i].length;
    }

    String metricId(int i, int m) {
        return ids[keys[i][m]];
    }

    double value(int i, int m) {
        return values[i][m];
    }
}
