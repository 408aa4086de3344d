package org.indivisible.spark;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How an ensemble's replications are cut into Spark partitions ("slices"): the replications in
 * (cell, replication) order, numbered 0 .. cells x replications - 1, are split into
 * {@code slices} consecutive ranges of equal length (within one). Consecutive ranges keep the
 * driver's ordered fold a plain walk over the partitions in order; several slices per core
 * balance cells of unequal cost (a war costs more than peace) and let a straggler's work be
 * taken up by the other cores. Immutable.
 */
record SlicePlan(int cells, int replications, int slices) implements Serializable {

    SlicePlan {
        if (cells < 1 || replications < 1 || slices < 1) {
            throw new IllegalArgumentException("cells, replications and slices must be at least 1");
        }
        if (slices > (long) cells * replications) {
            throw new IllegalArgumentException(slices + " slices for only " + (long) cells * replications + " replications");
        }
    }

    /** The plan for a run: {@code slicesPerCore} per core, at most one per replication. */
    static SlicePlan of(int cells, int replications, int cores, int slicesPerCore) {
        long total = (long) cells * replications;
        long slices = Math.min(total, Math.max(1L, (long) cores * slicesPerCore));
        return new SlicePlan(cells, replications, (int) slices);
    }

    long total() {
        return (long) cells * replications;
    }

    /** First replication (in run order) of a slice; {@code start(slices)} is the total. */
    long start(int slice) {
        return total() * slice / slices;
    }

    long size(int slice) {
        return start(slice + 1) - start(slice);
    }

    /** The slices' numbers, 0 .. slices - 1: what is parallelized, one partition each. */
    List<Integer> ids() {
        return IntStream.range(0, slices).boxed().toList();
    }
}
