package org.indivisible.analysis.search;

import java.util.List;
import org.indivisible.data.scenario.Cell;

/**
 * Runs replications 0..R-1 of one cell of a search (a candidate, or one of the study's own
 * treatments for comparison) and gives each metric's value per replication. Locally on threads
 * ({@link LocalReplications}); an engine such as Spark rebuilds the cell where it runs from the
 * candidate's lever values, so every implementation returns the same numbers.
 */
public interface SearchReplications {

    /**
     * @param cell    the cell as the driver compiled it
     * @param levers  the candidate's lever values (the search's variables in order), or null for
     *                one of the study's own treatments ({@code cell.treatmentId()})
     * @param metrics the metrics wanted
     * @return {@code values[m][k]}: metric m in replication k; a metric a replication does not
     *         record (a cost with no policy) counts as 0
     */
    double[][] run(Cell cell, double[] levers, List<String> metrics) throws InterruptedException;
}
