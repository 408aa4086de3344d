package org.indivisible.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.EnsembleRunner;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.store.ResultsStore;

/**
 * Not a test: the benchmark of docs/scale-out.md. In one JVM, after a warm-up of each, runs the
 * same study with the same seed and replications alternately through the local runner (threads,
 * journal, results store) and the Spark engine (local[N], Parquet, ordered fold), each as
 * {@code indivisible run} does it, and prints the wall time of each run and the ratio of their
 * per-core throughputs (same cores, so the ratio of replications per second). The Spark
 * session is started once, before the rounds (its start-up is printed separately).
 *
 * <pre>
 * java [Spark's --add-opens] -cp spark/target/test-classes:spark/target/classes:cli/target/indivisible.jar:$(cat spark/target/spark-classpath.txt) \
 *   org.indivisible.spark.ThroughputComparison STUDY.yaml REPLICATIONS CORES ROUNDS
 * </pre>
 */
public final class ThroughputComparison {

    private ThroughputComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int replications = Integer.parseInt(args[1]);
        int cores = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Path out = Files.createTempDirectory("indivisible-throughput-");
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(file, snapshot).orElseThrow();
        long total = (long) study.cells().size() * replications;
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("throughput")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate();
        System.out.printf(Locale.ROOT, "spark session start: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        SparkEnsemble engine = new SparkEnsemble(spark, false);
        StudyRun.Options options = new StudyRun.Options(replications, null, cores, false, out);
        // Warm-up: a tenth of the work through each.
        StudyRun.Options warm = new StudyRun.Options(Math.max(1, replications / 10), null, cores, false, out);
        StudyRun.run(study, snapshot, warm, ProgressListener.NONE, "warm-up", List.of(new ResultsStore()), EnsembleRunner.LOCAL);
        StudyRun.run(study, snapshot, warm, ProgressListener.NONE, "warm-up", List.of(), engine);
        // The fixed cost of a run (compile and prepare the cells, write the folder): 1 replication per cell.
        StudyRun.Options one = new StudyRun.Options(1, null, cores, false, out);
        double fixedLocal = 0;
        double fixedSpark = 0;
        for (int r = 0; r < 2; r++) {
            fixedLocal += time(() -> StudyRun.run(study, snapshot, one, ProgressListener.NONE, "fixed", List.of(new ResultsStore()),
                    EnsembleRunner.LOCAL)) / 2;
            fixedSpark += time(() -> StudyRun.run(study, snapshot, one, ProgressListener.NONE, "fixed", List.of(), engine)) / 2;
        }
        System.out.printf(Locale.ROOT, "a run of 1 replication per cell: local %.2f s, spark %.2f s%n", fixedLocal, fixedSpark);
        System.out.printf(Locale.ROOT, "%d cells x %d replications = %d per run, %d cores%n", study.cells().size(),
                replications, total, cores);
        System.out.println("round  local s  spark s  local rep/s/core  spark rep/s/core  spark/local"
                + "  | local: in-replication s, fold s | spark: job s, in-replication s, fold s");
        double sumRatio = 0;
        double sumLocal = 0;
        double sumSpark = 0;
        double[] ratios = new double[rounds];
        for (int r = 1; r <= rounds; r++) {
            ProgressListener.Timing timing = new ProgressListener.Timing();
            double local = time(() -> StudyRun.run(study, snapshot, options, timing, "bench",
                    List.of(new ResultsStore()), EnsembleRunner.LOCAL));
            double onSpark = time(() -> StudyRun.run(study, snapshot, options, ProgressListener.NONE, "bench", List.of(), engine));
            double ratio = local / onSpark;
            sumRatio += ratio;
            sumLocal += local;
            sumSpark += onSpark;
            ratios[r - 1] = ratio;
            SparkEnsemble.Timings t = engine.lastTimings();
            System.out.printf(Locale.ROOT, "%5d  %7.2f  %7.2f  %16.2f  %16.2f  %10.3f  | %6.2f %6.2f | %6.2f %6.2f %6.2f%n", r, local,
                    onSpark, total / local / cores, total / onSpark / cores, ratio, timing.runNanos() / 1e9, timing.foldNanos() / 1e9,
                    t.jobWallNanos() / 1e9, t.replicationNanos() / 1e9, t.foldWallNanos() / 1e9);
        }
        java.util.Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "spark/local per-core throughput: mean of rounds %.3f, median %.3f, total time %.3f%n",
                sumRatio / rounds, ratios[rounds / 2], sumLocal / sumSpark);
        System.out.printf(Locale.ROOT, "marginal (less the 1-replication run, both): %.3f%n",
                (sumLocal / rounds - fixedLocal) / (sumSpark / rounds - fixedSpark));
        spark.stop();
    }

    private interface Run {
        Object run() throws Exception;
    }

    private static double time(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
