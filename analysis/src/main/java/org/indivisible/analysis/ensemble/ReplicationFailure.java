package org.indivisible.analysis.ensemble;

/** A replication failed (an invariant broke); names the cell and replication to reproduce it. */
public final class ReplicationFailure extends RuntimeException {

    public ReplicationFailure(Cell cell, int replication, Throwable cause) {
        super("scenario " + cell.scenarioId() + ", treatment " + cell.treatmentId() + ", replication "
                + replication + ": " + cause.getMessage(), cause);
    }
}
