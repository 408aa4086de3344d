package org.indivisible.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.MetricSummary;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {

    @TempDir
    static Path out;

    static StudyRun.Result run;

    @BeforeAll
    static void runTheDefaultStudy() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("scenarios/default-study.yaml"))) {
            root = root.getParent();
        }
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(root.resolve("scenarios/default-study.yaml"), snapshot).orElseThrow();
        run = StudyRun.run(study, snapshot, new StudyRun.Options(12, 3L, 2, true, out), ProgressListener.NONE, "test",
                List.of(new ResultsStore()));
    }

    @Test
    void everyReplicationIsStoredAndAgreesWithTheSummary() throws Exception {
        Path folder = run.folder();
        assertFalse(Files.exists(folder.resolve("outcomes.journal")), "the journal is gone once the store holds the results");
        try (RunResults results = RunResults.open(folder)) {
            List<String[]> cells = results.cells();
            assertEquals(run.summary().cells().size(), cells.size());
            for (int i = 0; i < cells.size(); i++) {
                CellSummary cell = run.summary().cells().get(i);
                assertEquals(cell.scenarioId(), cells.get(i)[0]);
                assertEquals(cell.treatmentId(), cells.get(i)[1]);
                SortedMap<String, SortedMap<Integer, Double>> values = results.values(cell.scenarioId(), cell.treatmentId());
                assertEquals(cell.metrics().keySet(), values.keySet());
                for (var e : cell.metrics().entrySet()) {
                    MetricSummary s = e.getValue();
                    SortedMap<Integer, Double> v = values.get(e.getKey());
                    assertEquals(s.n(), v.size(), e.getKey());
                    double mean = v.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                    assertEquals(s.mean(), mean, 1e-9 * Math.max(1, Math.abs(mean)), e.getKey());
                    assertTrue(v.keySet().stream().allMatch(r -> r >= 0 && r < 12));
                }
            }
        }
    }

    @Test
    void parquetHoldsTheSameRowsWithTheDocumentedColumns() throws Exception {
        Path folder = run.folder();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            String parquet = ResultsStore.sqlPath(folder.resolve(ResultsStore.METRICS_PARQUET));
            String db = ResultsStore.sqlPath(folder.resolve(ResultsStore.DUCKDB_FILE));
            s.execute("ATTACH '" + db + "' AS store (READ_ONLY)");
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
                while (rs.next()) {
                    columns.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            assertEquals(List.of("run_id VARCHAR", "scenario VARCHAR", "treatment VARCHAR", "replication INTEGER",
                    "metric VARCHAR", "value DOUBLE"), columns);
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM read_parquet('" + parquet + "')), "
                    + "(SELECT count(*) FROM store.metrics), (SELECT count(*) FROM read_parquet('" + parquet + "') p "
                    + "JOIN store.metrics m USING (scenario, treatment, replication, metric) WHERE p.value = m.value), "
                    + "(SELECT count(DISTINCT run_id) FROM store.metrics), (SELECT run_id FROM store.runs)")) {
                rs.next();
                assertTrue(rs.getLong(1) > 1000);
                assertEquals(rs.getLong(1), rs.getLong(2));
                assertEquals(rs.getLong(1), rs.getLong(3), "bit-identical values");
                assertEquals(1, rs.getLong(4));
                assertEquals(run.manifest().runId(), rs.getString(5));
            }
            List<String> seriesColumns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE store.series")) {
                while (rs.next()) {
                    seriesColumns.add(rs.getString(1));
                }
            }
            assertEquals(List.of("run_id", "scenario", "treatment", "replication", "metric", "step", "week_start", "value"), seriesColumns);
        }
    }

    @org.junit.jupiter.api.Test
    void theWriteChecksFreeSpaceFirst(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        // A 100 MiB journal needs about 500 MiB; with 200 MiB free the write is refused, naming both.
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ResultsStore.checkSpace(folder, 100L << 20, 200L << 20));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("not enough space to write the results store in "
                + folder + ": about 500.0 MiB needed, 200.0 MiB free"), e.getMessage());
        ResultsStore.checkSpace(folder, 100L << 20, 600L << 20);
    }
}
