package org.indivisible.spark;

import org.indivisible.data.EmbeddedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.sensitivity.ParameterSensitivity;
import org.indivisible.analysis.sensitivity.ParameterSensitivity.Spec;
import org.indivisible.data.scenario.Study;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.parameter.UncertainParameter;
import scala.Tuple2;

/**
 * The points of a sensitivity design (Sobol, Morris, LHS, grid) evaluated on Spark: the design
 * is made on the driver as locally; the points are cut into consecutive slices; an executor
 * compiles the study from the shipped files, fixes each point's parameter values with
 * {@link ParameterSensitivity#withParameters} and computes the metric's mean with
 * {@link ParameterSensitivity#point}, the local evaluator's own code; the means come back to
 * their slots. The indices computed from them are therefore identical to a local run's.
 */
final class SparkPoints implements ParameterSensitivity.PointEvaluator {

    private static final AtomicLong RUNS = new AtomicLong();
    private final SparkContext sc;
    private final Study study;
    private final List<Cell> cells;
    private final int cellIndex;
    private final int slicesPerCore;

    SparkPoints(SparkContext sc, Study study, List<Cell> cells, int cellIndex, int slicesPerCore) {
        this.sc = sc;
        this.study = study;
        this.cells = cells;
        this.cellIndex = cellIndex;
        this.slicesPerCore = slicesPerCore;
    }

    @Override
    public double[] evaluate(Spec spec, List<UncertainParameter> parameters, double[][] values, int[] group,
                             ProgressListener progress) throws InterruptedException {
        StudySource source;
        try {
            source = StudySource.of(study, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        int points = values.length;
        SlicePlan plan = SlicePlan.of(1, points, sc.defaultParallelism(), slicesPerCore);
        List<String> ids = parameters.stream().map(UncertainParameter::id).toList();
        String metric = spec.metric();
        ParameterSensitivity.Method method = spec.method();
        int samples = spec.samples();
        int perPoint = spec.replicationsPerPoint();
        long seed = spec.seed();
        boolean check = spec.check();
        int cell = cellIndex;
        Broadcast<StudySource> shipped = jsc.broadcast(source);
        Broadcast<double[][]> design = jsc.broadcast(values);
        Broadcast<int[]> groups = jsc.broadcast(group);
        List<Integer> sliceIds = plan.ids();
        String jobGroup = "indivisible-sensitivity-" + RUNS.incrementAndGet();
        TaskProgress listener = new TaskProgress(jobGroup, plan);
        sc.addSparkListener(listener);
        ExecutorService driver = TaskProgress.jobThread();
        progress.started(points);
        try {
            Future<List<Tuple2<Integer, Double>>> job = driver.submit(() -> {
                sc.setJobGroup(jobGroup, "indivisible sensitivity " + study.id(), true);
                return jsc.parallelize(sliceIds, plan.slices()).mapPartitionsWithIndex((slice, ignored) -> {
                    Configuration base = shipped.value().compiled().cells().get(cell).configuration();
                    List<UncertainParameter> varied = ParameterSensitivity.parameters(base, ids);
                    Spec there = new Spec(base, ids, metric, method, samples, perPoint, seed, 1, check);
                    Engine engine = EmbeddedData.engine();
                    List<Tuple2<Integer, Double>> out = new ArrayList<>();
                    for (long p = plan.start(slice); p < plan.start(slice + 1); p++) {
                        int point = (int) p;
                        Configuration c = ParameterSensitivity.withParameters(base, varied, design.value()[point]);
                        out.add(new Tuple2<>(point, ParameterSensitivity.point(there, engine.prepare(c), groups.value()[point])));
                    }
                    return out.iterator();
                }, true).collect();
            });
            List<Tuple2<Integer, Double>> results;
            while (true) {
                try {
                    results = job.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    progress.advanced(listener.doneReplications());
                }
            }
            double[] y = new double[points];
            for (Tuple2<Integer, Double> r : results) {
                y[r._1()] = r._2();
            }
            progress.advanced(points);
            progress.finished();
            return y;
        } catch (InterruptedException e) {
            sc.cancelJobGroup(jobGroup);
            throw e;
        } catch (ExecutionException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IllegalArgumentException iae) {
                    throw new IllegalArgumentException(iae.getMessage(), e.getCause()); // a metric not recorded: a usage error
                }
            }
            throw new IllegalStateException("the sensitivity job failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            driver.shutdownNow();
            sc.removeSparkListener(listener);
            shipped.destroy();
            design.destroy();
            groups.destroy();
        }
    }
}
