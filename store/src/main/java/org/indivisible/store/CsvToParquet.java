package org.indivisible.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.indivisible.analysis.run.DurableFiles;

/**
 * Writes a Parquet copy of a CSV table (header row, types inferred by DuckDB), for the
 * analysis tables commands add to a run folder (search, discovery), so pandas, R and DuckDB read
 * them as they read metrics.parquet. Written under a temporary name and renamed when whole.
 */
public final class CsvToParquet {

    private CsvToParquet() {
    }

    public static void write(Path csv, Path parquet) throws IOException {
        Path temp = DurableFiles.temp(parquet);
        Files.deleteIfExists(temp);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IOException("the DuckDB driver is missing", e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv('" + ResultsStore.sqlPath(csv) + "', header = true)) TO '"
                    + ResultsStore.sqlPath(temp) + "' (FORMAT PARQUET)");
        } catch (SQLException e) {
            throw new IOException("cannot write " + parquet.getFileName() + ": " + e.getMessage(), e);
        }
        DurableFiles.moveIntoPlace(temp, parquet);
    }

    /** Writes a DuckDB file with one table per CSV (replacing any earlier file of that name). */
    public static void database(java.util.Map<String, Path> csvByTable, Path db) throws IOException {
        Path temp = DurableFiles.temp(db);
        Files.deleteIfExists(temp);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IOException("the DuckDB driver is missing", e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + temp.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (var e : new java.util.TreeMap<>(csvByTable).entrySet()) {
                s.execute("CREATE TABLE " + e.getKey() + " AS SELECT * FROM read_csv('" + ResultsStore.sqlPath(e.getValue())
                        + "', header = true)");
            }
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IOException("cannot write " + db.getFileName() + ": " + e.getMessage(), e);
        }
        Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + ".wal"));
        DurableFiles.moveIntoPlace(temp, db);
    }
}
