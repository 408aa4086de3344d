package org.indivisible.spark;

import org.indivisible.data.EmbeddedData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;

/**
 * Runs one slice on an executor: replication r of cell c is
 * {@code EmbeddedData.engine().prepare(cell c).run(settings, r)}, the very call the local
 * {@link org.indivisible.analysis.ensemble.Ensemble} makes, so each outcome is bit-identical to
 * the local one (the seeds come from the master seed, the replication and the stream name only).
 * Blocks of up to {@value #BLOCK_REPLICATIONS} replications are produced lazily, as Spark pulls
 * them. Not thread safe (one per task).
 */
final class SliceRunner implements Iterator<Block> {

    /** Replications per block; as the local ensemble's chunks. */
    static final int BLOCK_REPLICATIONS = 16;

    private final List<Engine.Prepared> cells;
    private final SlicePlan plan;
    private final RunSettings settings;
    private long next;
    private final long end;
    private final org.apache.spark.util.LongAccumulator replicationNanos;

    /** @param replicationNanos where the time spent inside replications is added (profiling), or null */
    SliceRunner(List<Engine.Prepared> cells, SlicePlan plan, int slice, RunSettings settings,
                org.apache.spark.util.LongAccumulator replicationNanos) {
        this.replicationNanos = replicationNanos;
        this.cells = cells;
        this.plan = plan;
        this.settings = settings;
        this.next = plan.start(slice);
        this.end = plan.start(slice + 1);
    }

    @Override
    public boolean hasNext() {
        return next < end;
    }

    @Override
    public Block next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int cell = (int) (next / plan.replications());
        int from = (int) (next % plan.replications());
        int to = (int) Math.min(plan.replications(), Math.min(from + BLOCK_REPLICATIONS, from + (end - next)));
        List<Outcome> outcomes = new ArrayList<>(to - from);
        Engine.Prepared prepared = cells.get(cell);
        long start = System.nanoTime();
        for (int r = from; r < to; r++) {
            try {
                outcomes.add(prepared.run(settings, r));
            } catch (RuntimeException e) {
                throw new RemoteReplicationFailure(cell, r, e);
            }
        }
        if (replicationNanos != null) {
            replicationNanos.add(System.nanoTime() - start);
        }
        next += to - from;
        return Block.of(cell, outcomes.toArray(Outcome[]::new));
    }

    /** A replication failed on an executor; the driver names its cell (ReplicationFailure). */
    static final class RemoteReplicationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int cellIndex;
        final int replication;

        RemoteReplicationFailure(int cellIndex, int replication, RuntimeException cause) {
            super("cell " + cellIndex + ", replication " + replication + ": " + cause, cause);
            this.cellIndex = cellIndex;
            this.replication = replication;
        }
    }
}
