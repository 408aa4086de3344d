/**
 * The results store: every replication's metrics of a run in an embedded DuckDB file
 * ({@code results.duckdb}) and the same tables as Parquet ({@code metrics.parquet},
 * {@code series.parquet}), in the run folder, with the schema of docs/results-store.md; and the
 * list of past runs under an output folder. Written once when a run completes (from the run's
 * journal), read by {@code compare} and by pandas, R or DuckDB as they are.
 */
package org.indivisible.store;
