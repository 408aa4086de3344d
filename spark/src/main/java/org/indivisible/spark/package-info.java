/**
 * Runs indivisible's ensembles on Apache Spark (local[*], standalone, YARN, Kubernetes) with the
 * same results as the local runner: the replications are cut into consecutive slices, executors
 * compile the study from the shipped files and run each replication through the same
 * {@code Engine.Prepared.run(settings, replication)} and seeds, write every replication's
 * metrics as Parquet (the results store's schema), and the driver folds the outcomes in
 * (cell, replication) order into the same statistics, so summary.json is byte-identical.
 * Found by the command line through {@link org.indivisible.analysis.run.RunEngine}; kept out of
 * the command line's jar. Reference: docs/scale-out.md.
 */
package org.indivisible.spark;
