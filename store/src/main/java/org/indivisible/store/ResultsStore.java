package org.indivisible.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.run.DurableFiles;
import org.indivisible.analysis.run.JournalFile;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.analysis.run.RunWriter;

/**
 * Writes a run's per-replication results into its folder: {@code results.duckdb} (tables
 * {@code runs}, {@code metrics}, {@code series}) and {@code metrics.parquet} and
 * {@code series.parquet}. The schema (docs/results-store.md):
 *
 * <pre>
 * runs    (run_id, study, seed, replications, data_snapshot, code_version, created_utc)
 * metrics (run_id, scenario, treatment, replication, metric, value)    -- one row per metric and replication
 * series  (run_id, scenario, treatment, replication, metric, step, week_start, value)
 * </pre>
 *
 * A metric absent from a replication (a war that never started has no start week) has no row.
 * Stateless; each call opens and closes its own connection.
 */
public final class ResultsStore implements RunWriter {

    public static final String DUCKDB_FILE = RunFolder.DATABASE;
    public static final String METRICS_PARQUET = RunFolder.METRICS_PARQUET;
    public static final String SERIES_PARQUET = RunFolder.SERIES_PARQUET;

    static final String SCHEMA = """
            CREATE TABLE runs (run_id VARCHAR NOT NULL, study VARCHAR NOT NULL, seed BIGINT NOT NULL,
                replications INTEGER NOT NULL, data_snapshot VARCHAR NOT NULL, code_version VARCHAR NOT NULL,
                created_utc VARCHAR NOT NULL);
            CREATE TABLE metrics (run_id VARCHAR NOT NULL, scenario VARCHAR NOT NULL, treatment VARCHAR NOT NULL,
                replication INTEGER NOT NULL, metric VARCHAR NOT NULL, value DOUBLE NOT NULL);
            CREATE TABLE series (run_id VARCHAR NOT NULL, scenario VARCHAR NOT NULL, treatment VARCHAR NOT NULL,
                replication INTEGER NOT NULL, metric VARCHAR NOT NULL, step INTEGER NOT NULL, week_start DATE NOT NULL,
                value DOUBLE NOT NULL);
            """;

    static {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void write(Path folder, RunManifest manifest, List<Cell> cells, Path journal) throws IOException {
        // Written under temporary names and renamed when whole (DurableFiles), so that a kill
        // never leaves a half-written results.duckdb or Parquet file under its real name.
        Path db = DurableFiles.temp(folder.resolve(DUCKDB_FILE));
        Path dbWal = db.resolveSibling(db.getFileName() + ".wal");
        Path metricsParquet = DurableFiles.temp(folder.resolve(METRICS_PARQUET));
        Path seriesParquet = DurableFiles.temp(folder.resolve(SERIES_PARQUET));
        for (Path debris : List.of(db, dbWal, metricsParquet, seriesParquet)) {
            Files.deleteIfExists(debris);
        }
        checkSpace(folder, journal);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, manifest.runId());
                p.setString(2, manifest.study());
                p.setLong(3, manifest.seed());
                p.setInt(4, manifest.replications());
                p.setString(5, manifest.dataSnapshot());
                p.setString(6, manifest.code().toString());
                p.setString(7, manifest.createdUtc());
                p.execute();
            }
            loadMetrics(c, folder, manifest.runId(), cells, journal);
            try (Statement s = c.createStatement()) {
                s.execute("COPY metrics TO '" + sqlPath(metricsParquet) + "' (FORMAT PARQUET)");
                s.execute("COPY series TO '" + sqlPath(seriesParquet) + "' (FORMAT PARQUET)");
                s.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new IOException("cannot write the results store in " + folder + ": " + e.getMessage(), e);
        }
        if (Files.exists(dbWal)) {
            throw new IOException("the results store in " + folder + " was not checkpointed (" + dbWal + " remains)");
        }
        DurableFiles.moveIntoPlace(metricsParquet, folder.resolve(METRICS_PARQUET));
        DurableFiles.moveIntoPlace(seriesParquet, folder.resolve(SERIES_PARQUET));
        DurableFiles.moveIntoPlace(db, folder.resolve(DUCKDB_FILE));
    }

    /**
     * Space the store's write needs, per byte of journal (10 bytes per metric value): the numeric
     * CSV it loads from (about 3 bytes per journal byte), DuckDB's file (about 1: 69 MB for the
     * 70 MB journal of a 1,000-cell study) and its write-ahead log, and the Parquet copies
     * (about 0.15); with margin.
     */
    static final long SPACE_PER_JOURNAL_BYTE = 5;

    /** Refuses to start when the disk cannot hold what the write needs, naming both. */
    static void checkSpace(Path folder, Path journal) throws IOException {
        checkSpace(folder, Files.size(journal), Files.getFileStore(folder).getUsableSpace());
    }

    static void checkSpace(Path folder, long journalBytes, long free) throws IOException {
        long needed = journalBytes * SPACE_PER_JOURNAL_BYTE;
        if (free < needed) {
            throw new IOException(String.format(java.util.Locale.ROOT, "not enough space to write the results store in %s: "
                    + "about %.1f MiB needed, %.1f MiB free", folder, needed / 1048576.0, free / 1048576.0));
        }
    }

    /**
     * Bulk load: the journal is written out as a numeric CSV (cell, replication, metric index,
     * value; doubles in Java's shortest round-trip form, which DuckDB parses back to the same
     * bits) and DuckDB's own CSV reader loads it, joined with the cell and metric names. This is
     * several times faster than appending row by row through JDBC.
     */
    private static void loadMetrics(Connection c, Path folder, String runId, List<Cell> cells, Path journal)
            throws IOException, SQLException {
        Path csv = DurableFiles.temp(folder.resolve("metrics.load.csv"));
        Map<String, Integer> metricIndex = new java.util.HashMap<>();
        List<String> metricIds = new java.util.ArrayList<>();
        try (java.io.Writer w = Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.US_ASCII)) {
            IOException[] failure = new IOException[1];
            JournalFile.read(journal, (cellIndex, outcome) -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    StringBuilder sb = new StringBuilder(64 * outcome.metrics().size());
                    for (Map.Entry<String, Double> m : outcome.metrics().entrySet()) {
                        Integer id = metricIndex.get(m.getKey());
                        if (id == null) {
                            id = metricIds.size();
                            metricIndex.put(m.getKey(), id);
                            metricIds.add(m.getKey());
                        }
                        sb.append(cellIndex).append(',').append(outcome.replication()).append(',').append(id).append(',')
                                .append(m.getValue().doubleValue()).append('\n');
                    }
                    w.write(sb.toString());
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE cell_names (cell INTEGER, scenario VARCHAR, treatment VARCHAR)");
            s.execute("CREATE TEMP TABLE metric_names (id INTEGER, metric VARCHAR)");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cell_names VALUES (?, ?, ?)")) {
            for (int i = 0; i < cells.size(); i++) {
                p.setInt(1, i);
                p.setString(2, cells.get(i).scenarioId());
                p.setString(3, cells.get(i).treatmentId());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO metric_names VALUES (?, ?)")) {
            for (int i = 0; i < metricIds.size(); i++) {
                p.setInt(1, i);
                p.setString(2, metricIds.get(i));
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO metrics SELECT ?, n.scenario, n.treatment, r.replication, m.metric, r.value "
                + "FROM read_csv('" + sqlPath(csv) + "', header = false, "
                + "columns = {'cell': 'INTEGER', 'replication': 'INTEGER', 'id': 'INTEGER', 'value': 'DOUBLE'}) r "
                + "JOIN cell_names n USING (cell) JOIN metric_names m USING (id) ORDER BY r.cell, r.replication, m.metric")) {
            p.setString(1, runId);
            p.execute();
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    static String sqlPath(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
