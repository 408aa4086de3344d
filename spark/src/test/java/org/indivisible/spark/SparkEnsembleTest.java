package org.indivisible.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.EnsembleRunner;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.analysis.run.SummaryJson;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.store.ResultsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine against the local runner on the same study, seed and replications: the same
 * summary.json byte for byte, and the same metric rows (bit-identical values) in the same
 * Parquet schema as the results store's. The executors compile the study from the shipped
 * files, as on a cluster (SparkCommandTest covers the local shortcut).
 */
class SparkEnsembleTest {

    static final int REPLICATIONS = 3;
    /** 4 cells x 3 = 12 replications in 7 slices: [0,1) [1,3) [3,5) [5,6) [6,8) [8,10) [10,12), some straddling two cells. */
    static final int SLICES = 7;
    static final long SEED = 4242;

    @TempDir
    static Path folder;
    static Study study;
    static EmbeddedSnapshot snapshot;
    static StudyRun.Result local;
    static StudyRun.Result spark;
    static List<long[]> progress = new ArrayList<>();

    @BeforeAll
    static void runBoth() throws Exception {
        SparkSession session = SharedSpark.session();
        Path file = SharedSpark.lightStudy(Files.createDirectories(folder.resolve("in")), REPLICATIONS, SEED);
        snapshot = EmbeddedSnapshot.load();
        study = ScenarioFiles.loadStudy(file, snapshot).orElseThrow();
        local = StudyRun.run(study, snapshot, new StudyRun.Options(null, null, 2, true, folder.resolve("local")),
                ProgressListener.NONE, "test", List.of(new ResultsStore()), EnsembleRunner.LOCAL);
        AtomicLong total = new AtomicLong();
        ProgressListener recording = new ProgressListener() {
            @Override
            public void started(long totalReplications) {
                total.set(totalReplications);
            }

            @Override
            public void advanced(long doneReplications) {
                progress.add(new long[] {doneReplications, total.get()});
            }
        };
        try (SparkEnsemble engine = new SparkEnsemble(session, false, SLICES, false)) {
            spark = StudyRun.run(study, snapshot, new StudyRun.Options(null, null, engine.parallelism(), true,
                    folder.resolve("spark")), recording, "test", List.of(), engine);
        }
    }

    @Test
    void summaryJsonIsByteIdenticalToTheLocalRunners() throws Exception {
        byte[] expected = Files.readAllBytes(local.folder().resolve("summary.json"));
        byte[] actual = Files.readAllBytes(spark.folder().resolve("summary.json"));
        assertTrue(expected.length > 10_000, "a real summary, not an empty one");
        assertArrayEquals(expected, actual);
        assertArrayEquals(SummaryJson.toBytes(local.summary()), SummaryJson.toBytes(spark.summary()));
    }

    @Test
    void parquetHasTheStoresSchemaAndTheSameRows() {
        SparkSession session = SharedSpark.session();
        Dataset<Row> fromStore = session.read().parquet(local.folder().resolve(ResultsStore.METRICS_PARQUET).toString());
        Dataset<Row> fromSpark = session.read().parquet(spark.folder().resolve(SparkEnsemble.METRICS_PARQUET).toString());
        assertEquals(List.of(fromStore.schema().fieldNames()), List.of(fromSpark.schema().fieldNames()));
        for (String column : fromStore.schema().fieldNames()) {
            assertEquals(fromStore.schema().apply(column).dataType(), fromSpark.schema().apply(column).dataType(), column);
        }
        long rows = fromStore.count();
        assertTrue(rows > 4 * REPLICATIONS * 100, "every metric of every replication: " + rows);
        assertEquals(rows, fromSpark.count());
        Dataset<Row> a = fromStore.drop("run_id");
        Dataset<Row> b = fromSpark.drop("run_id");
        assertEquals(0, a.exceptAll(b).count(), "rows of the store missing from Spark's Parquet");
        assertEquals(0, b.exceptAll(a).count(), "rows of Spark's Parquet not in the store");
        assertEquals(List.of(spark.manifest().runId()), fromSpark.select("run_id").distinct().as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList());
    }

    @Test
    void progressCameFromTheClusterAndEndedComplete() {
        assertTrue(!progress.isEmpty());
        long last = progress.get(progress.size() - 1)[0];
        assertEquals(4L * REPLICATIONS, last);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i)[0] >= progress.get(i - 1)[0], "progress never goes back");
        }
    }

    @Test
    void theRunFolderIsCompleteAndTheManifestRecordsSparksCores() throws Exception {
        assertTrue(Files.isRegularFile(spark.folder().resolve("manifest.json")));
        assertTrue(Files.isRegularFile(spark.folder().resolve(SparkEnsemble.METRICS_PARQUET).resolve("_SUCCESS")));
        assertEquals(2, spark.manifest().threads());
        assertEquals(local.manifest().seed(), spark.manifest().seed());
    }
}
