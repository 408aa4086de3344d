package org.indivisible.analysis.ensemble;

import java.util.Arrays;
import java.util.concurrent.Executor;
import org.indivisible.analysis.statistics.CellStatistics;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.model.engine.Outcome;

/**
 * The reduction of an ensemble: outcomes are fed strictly in (cell, replication) order into
 * {@link CellStatistics}, so the summary depends only on the spec and the seed, whatever ran the
 * replications and on how many threads ({@link Ensemble}'s fold, the journal's replay and the
 * spark module all go through here). An outcome out of order is refused. Not thread safe: one
 * feeding thread at a time.
 *
 * <p>Memory: since outcomes come cell by cell, only one cell's accumulators are alive at a time.
 * When a cell's last replication is folded its summary (six numbers per metric) is kept and its
 * accumulators are released, so a study of 1,000 cells holds one cell's sketches and 1,000
 * summaries, not 1,000 cells' sketches (docs/performance.md, "Memory model").
 */
public final class OrderedFold {

    private final EnsembleSpec spec;
    private final Executor digests;
    private final CellSummary[] finished;
    /** The statistics of cell {@code nextCell}, created at its first outcome; null between cells. */
    private CellStatistics current;
    private int nextCell;
    private int nextReplication;

    public OrderedFold(EnsembleSpec spec) {
        this(spec, null);
    }

    /** @param digests where quantile sketches digest their batches (null: the feeding thread) */
    public OrderedFold(EnsembleSpec spec, Executor digests) {
        this.spec = spec;
        this.digests = digests;
        this.finished = new CellSummary[spec.cells().size()];
    }

    /**
     * Folds the next outcome.
     *
     * @return true if it was the last replication of its cell (the cell's statistics are then
     *     summarized and released)
     * @throws IllegalStateException if it is not replication {@code nextReplication} of cell {@code nextCell}
     */
    public boolean add(int cellIndex, Outcome outcome) {
        if (nextCell >= finished.length) {
            throw new IllegalStateException("holds more than the " + spec.totalReplications()
                    + " replications of the run: cell " + cellIndex + " replication " + outcome.replication());
        }
        if (cellIndex != nextCell || outcome.replication() != nextReplication) {
            throw new IllegalStateException("outcome out of order: cell " + cellIndex + " replication "
                    + outcome.replication() + ", expected cell " + nextCell + " replication " + nextReplication);
        }
        if (current == null) {
            Cell cell = spec.cells().get(cellIndex);
            current = new CellStatistics(cell.scenarioId(), cell.treatmentId(), digests);
        }
        current.add(outcome);
        if (++nextReplication < spec.replications()) {
            return false;
        }
        finished[nextCell] = current.summary(nextCell > 0 ? finished[nextCell - 1] : null);
        current = null;
        nextCell++;
        nextReplication = 0;
        return true;
    }

    /** Replications folded so far, over all cells. */
    public long folded() {
        return (long) nextCell * spec.replications() + nextReplication;
    }

    /** Cells whose statistics are alive now: 1 while a cell is being folded, else 0. */
    public int liveCells() {
        return current == null ? 0 : 1;
    }

    /** Bytes held by the accumulators of the cell being folded (0 between cells). */
    public long liveBytes() {
        return current == null ? 0 : current.retainedBytes();
    }

    /** The statistics of the whole ensemble, once every replication has been folded. */
    public EnsembleSummary summary() {
        if (folded() != spec.totalReplications()) {
            throw new IllegalStateException("only " + folded() + " of " + spec.totalReplications()
                    + " replications were folded");
        }
        return new EnsembleSummary(spec.seed(), spec.replications(), Arrays.asList(finished));
    }
}
