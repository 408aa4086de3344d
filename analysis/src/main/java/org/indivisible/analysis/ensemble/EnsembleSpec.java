package org.indivisible.analysis.ensemble;

import java.util.List;

/**
 * What to run: the cells, replications per cell, the master seed, threads and whether to
 * check invariants after every step. Immutable.
 */
public record EnsembleSpec(List<Cell> cells, int replications, long seed, int threads, boolean check) {

    public EnsembleSpec {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one scenario");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public long totalReplications() {
        return (long) cells.size() * replications;
    }
}
