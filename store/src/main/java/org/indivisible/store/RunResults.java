package org.indivisible.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.analysis.comparison.RunComparison;
import org.indivisible.analysis.run.RunFolder;

/**
 * Reads a completed run's {@code results.duckdb} (read only). Not thread safe; close after use.
 */
public final class RunResults implements AutoCloseable, RunComparison.StoredRun {

    private final Path folder;
    private final Connection connection;

    private RunResults(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    public static RunResults open(Path runFolder) throws IOException {
        return new RunResults(runFolder, connect(runFolder));
    }

    /**
     * A read-only JDBC connection to a run folder's {@code results.duckdb}, for queries of one's
     * own (close it after use).
     */
    public static Connection connect(Path runFolder) throws IOException {
        Path db = RunFolder.of(runFolder).database();
        if (!Files.isRegularFile(db)) {
            throw new IOException(runFolder + " has no " + RunFolder.DATABASE
                    + " (is it a run folder? runs made before the results store have none)");
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), readOnly);
        } catch (SQLException | ClassNotFoundException e) {
            throw new IOException("cannot open " + db + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** (scenario, treatment) pairs in the order of the run's study. */
    @Override
    public List<String[]> cells() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (var s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT scenario, treatment, min(rowid) AS first FROM metrics "
                     + "GROUP BY scenario, treatment ORDER BY first")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** The metric ids recorded in a cell, sorted. */
    public List<String> metrics(String scenario, String treatment) throws IOException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT DISTINCT metric FROM metrics WHERE scenario = ? AND treatment = ? ORDER BY metric")) {
            p.setString(1, scenario);
            p.setString(2, treatment);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** One metric's values in a cell: replication -> value (replications that did not record it are absent). */
    public SortedMap<Integer, Double> metric(String scenario, String treatment, String metric) throws IOException {
        SortedMap<Integer, Double> out = new TreeMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT replication, value FROM metrics WHERE scenario = ? AND treatment = ? AND metric = ? ORDER BY replication")) {
            p.setString(1, scenario);
            p.setString(2, treatment);
            p.setString(3, metric);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** Every value of every metric of a cell: metric -> (replication -> value), sorted. */
    @Override
    public SortedMap<String, SortedMap<Integer, Double>> values(String scenario, String treatment) throws IOException {
        SortedMap<String, SortedMap<Integer, Double>> out = new TreeMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT metric, replication, value FROM metrics WHERE scenario = ? AND treatment = ? ORDER BY metric, replication")) {
            p.setString(1, scenario);
            p.setString(2, treatment);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getDouble(3));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out;
    }

    /** The header of {@link #writeMetricsCsv}. */
    public static final String METRICS_CSV_HEADER = "run_id,scenario,treatment,replication,metric,value\n";

    /**
     * Every row of the {@code metrics} table as CSV, in the order it was written (the dashboard's
     * metrics.csv): the header, then one line per replication and metric, values as Java prints a
     * double, no field quoted.
     */
    public void writeMetricsCsv(Writer w) throws IOException {
        try (var s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id, scenario, treatment, replication, metric, value FROM metrics ORDER BY rowid")) {
            w.write(METRICS_CSV_HEADER);
            while (rs.next()) {
                w.write(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + "," + rs.getInt(4) + ","
                        + rs.getString(5) + "," + Double.toString(rs.getDouble(6)) + "\n");
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
