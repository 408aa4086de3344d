package org.indivisible.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.analysis.ensemble.OrderedFold;
import org.indivisible.analysis.ensemble.OutcomeJournal;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.ensemble.ReplicationFailure;
import org.indivisible.analysis.run.RunEngine;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.data.scenario.Study;
import org.indivisible.model.engine.RunSettings;

/**
 * Runs a study's ensemble on a Spark session. The replications, in (cell, replication) order,
 * are cut into consecutive slices ({@link SlicePlan}), one Spark partition each; an executor
 * compiles the study from the shipped files ({@link StudySource}) and runs its slice through the
 * same {@code Engine.Prepared.run(settings, replication)} as the local ensemble
 * ({@link SliceRunner}). One job writes every replication's metrics as Parquet (the schema of
 * the results store's {@code metrics.parquet}) while the outcomes are kept (memory, then disk);
 * the driver then walks the partitions in order and folds every outcome into the same
 * statistics as the local fold ({@link OrderedFold}), so summary.json is byte-identical to a
 * local run of the same seed and replications.
 *
 * <p>Spark settings read (set them with {@code --conf} or {@code -D}):
 * {@value #METRICS_URI} (a folder URI the executors can all write, e.g. {@code hdfs:///runs};
 * required with a non-local master; the Parquet goes to {@code <uri>/<run-id>/metrics.parquet}),
 * {@value #SLICES_PER_CORE} (default {@value #DEFAULT_SLICES_PER_CORE}).
 *
 * <p>No journal is kept: Spark reruns a lost task itself, and an interrupted Spark run starts
 * over. One run at a time per instance.
 */
final class SparkEnsemble implements RunEngine.Session {

    static final String METRICS_URI = "spark.indivisible.metricsUri";
    static final String SLICES_PER_CORE = "spark.indivisible.slicesPerCore";
    static final int DEFAULT_SLICES_PER_CORE = 4;
    static final String METRICS_PARQUET = org.indivisible.analysis.run.RunFolder.METRICS_PARQUET;
    /** Beside summary.json when the Parquet went elsewhere: where it is. */
    static final String METRICS_LOCATION = "metrics.location";
    private static final long PROGRESS_MILLIS = 200;
    private static final AtomicLong RUNS = new AtomicLong();

    static final StructType METRICS_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("run_id", DataTypes.StringType, false),
        DataTypes.createStructField("scenario", DataTypes.StringType, false),
        DataTypes.createStructField("treatment", DataTypes.StringType, false),
        DataTypes.createStructField("replication", DataTypes.IntegerType, false),
        DataTypes.createStructField("metric", DataTypes.StringType, false),
        DataTypes.createStructField("value", DataTypes.DoubleType, false),
    });

    private final SparkSession spark;
    private final boolean stopOnClose;
    private final int slices;
    private final boolean reuseDriverCells;
    private volatile Timings lastTimings;

    /**
     * Where the last run's time went (profiling, docs/scale-out.md): the wall time of the job that
     * ran the replications and wrote the Parquet, the time spent inside replications summed over
     * executor threads, and the wall time of the driver's ordered fold.
     */
    record Timings(long jobWallNanos, long replicationNanos, long foldWallNanos) {
    }

    Timings lastTimings() {
        return lastTimings;
    }

    SparkEnsemble(SparkSession spark, boolean stopOnClose) {
        this(spark, stopOnClose, 0, true);
    }

    /**
     * @param slices           partitions per run (0: {@value #SLICES_PER_CORE} per core); tests set it
     * @param reuseDriverCells with a local master, let the executors use the cells the driver
     *                         compiled (false: they compile the shipped files, as on a cluster)
     */
    SparkEnsemble(SparkSession spark, boolean stopOnClose, int slices, boolean reuseDriverCells) {
        this.spark = spark;
        this.stopOnClose = stopOnClose;
        this.slices = slices;
        this.reuseDriverCells = reuseDriverCells;
    }

    @Override
    public String description() {
        SparkContext sc = spark.sparkContext();
        return "spark " + sc.master() + ", " + sc.defaultParallelism() + " cores, Spark " + sc.version();
    }

    /** Cores Spark schedules on (its default parallelism). */
    @Override
    public int parallelism() {
        return spark.sparkContext().defaultParallelism();
    }

    @Override
    public EnsembleSummary run(Study study, EnsembleSpec spec, String runId, Path partialFolder, ProgressListener progress,
                               OutcomeJournal journal) throws IOException, InterruptedException {
        SparkContext sc = spark.sparkContext();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        List<Cell> cells = spec.cells();
        String metricsUri = metricsUri(sc, runId, partialFolder);
        StudySource source = StudySource.of(study, cells);
        if (sc.isLocal() && reuseDriverCells) {
            source.preloadFrom(cells);
        }
        SlicePlan plan = slices > 0
                ? new SlicePlan(cells.size(), spec.replications(), (int) Math.min(slices, spec.totalReplications()))
                : SlicePlan.of(cells.size(), spec.replications(), sc.defaultParallelism(),
                        sc.getConf().getInt(SLICES_PER_CORE, DEFAULT_SLICES_PER_CORE));
        long seed = spec.seed();
        boolean check = spec.check();
        String[] scenarios = cells.stream().map(Cell::scenarioId).toArray(String[]::new);
        String[] treatments = cells.stream().map(Cell::treatmentId).toArray(String[]::new);
        String group = "indivisible-" + runId + "-" + RUNS.incrementAndGet();

        Broadcast<StudySource> shipped = jsc.broadcast(source);
        org.apache.spark.util.LongAccumulator replicationNanos = sc.longAccumulator("indivisible replication nanos");
        List<Integer> sliceIds = plan.ids();
        JavaRDD<Block> blocks = jsc.parallelize(sliceIds, plan.slices())
                .mapPartitionsWithIndex((slice, ignored) -> (Iterator<Block>) new SliceRunner(
                        shipped.value().prepared(), plan, slice, new RunSettings(seed, true, check), replicationNanos), true)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Row> rows = blocks.flatMap(b -> new Rows(runId, scenarios[b.cellIndex], treatments[b.cellIndex], b));
        TaskProgress listener = new TaskProgress(group, plan);
        sc.addSparkListener(listener);
        ExecutorService driver = TaskProgress.jobThread();
        try {
            progress.started(spec.totalReplications());
            progress.advanced(0);
            Future<?> write = driver.submit(() -> {
                sc.setJobGroup(group, "indivisible " + study.id() + ": run and write " + METRICS_PARQUET, true);
                spark.createDataFrame(rows, METRICS_SCHEMA).write().mode(SaveMode.ErrorIfExists).parquet(metricsUri);
                return null;
            });
            long started = System.nanoTime();
            await(write, sc, group, progress, listener, cells);
            long written = System.nanoTime();
            progress.advanced(spec.totalReplications());
            // The ordered fold, one partition at a time from the kept outcomes.
            Future<EnsembleSummary> fold = driver.submit(() -> {
                sc.setJobGroup(group, "indivisible " + study.id() + ": fold in order", true);
                OrderedFold f = new OrderedFold(spec);
                Iterator<Block> ordered = blocks.toLocalIterator();
                while (ordered.hasNext()) {
                    Block b = ordered.next();
                    for (int i = 0; i < b.size(); i++) {
                        f.add(b.cellIndex, b.outcome(i));
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                }
                return f.summary();
            });
            EnsembleSummary summary = await(fold, sc, group, progress, null, cells);
            long folded = System.nanoTime();
            progress.finished();
            progress.timing(replicationNanos.value(), folded - written);
            lastTimings = new Timings(written - started, replicationNanos.value(), folded - written);
            if (!metricsUri.equals(localMetrics(partialFolder))) {
                Files.writeString(partialFolder.resolve(METRICS_LOCATION), metricsUri + "\n");
            }
            return summary;
        } finally {
            driver.shutdownNow();
            sc.removeSparkListener(listener);
            blocks.unpersist(false);
            shipped.destroy();
            source.forget();
        }
    }

    private static <T> T await(Future<T> job, SparkContext sc, String group, ProgressListener progress,
                               TaskProgress listener, List<Cell> cells) throws InterruptedException, IOException {
        try {
            while (true) {
                try {
                    return job.get(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (listener != null) {
                        progress.advanced(listener.doneReplications());
                    }
                }
            }
        } catch (InterruptedException e) {
            sc.cancelJobGroup(group);
            job.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw failure(e.getCause(), cells);
        }
    }

    /** A failed job as the local runner reports it: the replication that broke, if one did. */
    static RuntimeException failure(Throwable t, List<Cell> cells) throws IOException, InterruptedException {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SliceRunner.RemoteReplicationFailure r) {
                return new ReplicationFailure(cells.get(r.cellIndex), r.replication, r.getCause() != null ? r.getCause() : r);
            }
        }
        if (t instanceof InterruptedException ie) {
            throw ie;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(t);
    }

    private static String localMetrics(Path partialFolder) {
        return partialFolder.resolve(METRICS_PARQUET).toAbsolutePath().toUri().toString();
    }

    private static String metricsUri(SparkContext sc, String runId, Path partialFolder) {
        String base = sc.getConf().get(METRICS_URI, "");
        if (!base.isBlank()) {
            return base.replaceAll("/+$", "") + "/" + runId + "/" + METRICS_PARQUET;
        }
        if (!sc.isLocal()) {
            throw new IllegalArgumentException("on a cluster (master " + sc.master() + ") the executors cannot write "
                    + "into the run folder on the driver's disk; give them a shared folder: --conf " + METRICS_URI
                    + "=hdfs:///path (or s3a://..., or file:///a/shared/mount); docs/scale-out.md");
        }
        return localMetrics(partialFolder);
    }

    @Override
    public SparkPoints points(Study study, List<Cell> cells, int cellIndex) {
        SparkContext sc = spark.sparkContext();
        return new SparkPoints(sc, study, cells, cellIndex, slices > 0 ? Math.max(1, slices / Math.max(1, sc.defaultParallelism()))
                : sc.getConf().getInt(SLICES_PER_CORE, DEFAULT_SLICES_PER_CORE));
    }

    @Override
    public SparkSearch searchReplications(org.indivisible.data.scenario.SearchSpace space) {
        SparkContext sc = spark.sparkContext();
        return new SparkSearch(sc, space, slices > 0 ? Math.max(1, slices / Math.max(1, sc.defaultParallelism()))
                : sc.getConf().getInt(SLICES_PER_CORE, DEFAULT_SLICES_PER_CORE));
    }

    @Override
    public void close() {
        if (stopOnClose) {
            spark.stop();
        }
    }

    /** The metric rows of a block, in replication then metric order, made as Spark pulls them. */
    private static final class Rows implements Iterator<Row> {
        private final String runId;
        private final String scenario;
        private final String treatment;
        private final Block block;
        private int replication;
        private int metric;

        Rows(String runId, String scenario, String treatment, Block block) {
            this.runId = runId;
            this.scenario = scenario;
            this.treatment = treatment;
            this.block = block;
            skipEmpty();
        }

        private void skipEmpty() {
            while (replication < block.size() && metric >= block.metrics(replication)) {
                replication++;
                metric = 0;
            }
        }

        @Override
        public boolean hasNext() {
            return replication < block.size();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = RowFactory.create(runId, scenario, treatment, block.fromReplication + replication,
                    block.metricId(replication, metric), block.value(replication, metric));
            metric++;
            skipEmpty();
            return row;
        }
    }
}
