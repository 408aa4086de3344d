package org.indivisible.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.analysis.ensemble.Cell;

/**
 * Writes more files into a finished run's folder before it is moved into place (the results
 * store writes the DuckDB file and Parquet this way; the dashboard and {@code indivisible run}
 * add policy.json and report.html). Given the folder, the manifest, the cells in study order (the
 * journal's cell index is a position in this list) and the journal holding every replication's
 * outcome. When writers run, the folder already holds {@link RunFolder#SUMMARY} and {@link
 * RunFolder#MANIFEST}; they run in the order given, so a writer can read what one before it wrote
 * (the report reads the store and policy.json). An IOException stops the run with its replications
 * kept for {@code --resume}: a writer whose file is optional reports its own failures instead.
 */
public interface RunWriter {

    void write(Path folder, RunManifest manifest, List<Cell> cells, Path journal) throws IOException;
}
