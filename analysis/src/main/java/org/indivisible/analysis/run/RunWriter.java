package org.indivisible.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.analysis.ensemble.Cell;

/**
 * Writes more files into a finished run's folder before it is moved into place (the results
 * store writes the DuckDB file and Parquet this way). Given the folder, the manifest, the cells
 * in study order (the journal's cell index is a position in this list) and the journal holding
 * every replication's outcome.
 */
public interface RunWriter {

    void write(Path folder, RunManifest manifest, List<Cell> cells, Path journal) throws IOException;
}
