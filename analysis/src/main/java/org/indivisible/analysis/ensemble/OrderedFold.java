package org.indivisible.analysis.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.analysis.statistics.CellStatistics;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.model.engine.Outcome;

/**
 * The reduction of an ensemble, for engines that run the replications somewhere else (the
 * spark module): outcomes are fed strictly in (cell, replication) order into the same
 * {@link CellStatistics} as {@link Ensemble}'s fold, so the summary is bit-identical to a
 * local run of the same spec whatever ran the replications. An outcome out of order is
 * refused. Not thread safe: one feeding thread.
 */
public final class OrderedFold {

    private final EnsembleSpec spec;
    private final List<CellStatistics> statistics = new ArrayList<>();
    private int nextCell;
    private int nextReplication;

    public OrderedFold(EnsembleSpec spec) {
        this.spec = spec;
        for (Cell cell : spec.cells()) {
            statistics.add(new CellStatistics(cell.scenarioId(), cell.treatmentId()));
        }
    }

    /**
     * Folds the next outcome.
     *
     * @throws IllegalStateException if it is not replication {@code nextReplication} of cell {@code nextCell}
     */
    public void add(int cellIndex, Outcome outcome) {
        if (cellIndex != nextCell || outcome.replication() != nextReplication) {
            throw new IllegalStateException("outcome out of order: cell " + cellIndex + " replication "
                    + outcome.replication() + ", expected cell " + nextCell + " replication " + nextReplication);
        }
        statistics.get(cellIndex).add(outcome);
        if (++nextReplication == spec.replications()) {
            nextCell++;
            nextReplication = 0;
        }
    }

    /** Replications folded so far, over all cells. */
    public long folded() {
        return (long) nextCell * spec.replications() + nextReplication;
    }

    /** The statistics of the whole ensemble, once every replication has been folded. */
    public EnsembleSummary summary() {
        if (folded() != spec.totalReplications()) {
            throw new IllegalStateException("only " + folded() + " of " + spec.totalReplications()
                    + " replications were folded");
        }
        return new EnsembleSummary(spec.seed(), spec.replications(), statistics.stream().map(CellStatistics::summary).toList());
    }
}
