package org.indivisible.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.indivisible.analysis.design.GridDesign;
import org.indivisible.analysis.design.LatinHypercube;
import org.indivisible.analysis.design.MorrisScreening;
import org.indivisible.analysis.design.SobolIndices;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * Runs a design over a configuration's uncertain parameters ({@link Configuration#parameters()})
 * and measures how a metric responds.
 *
 * <p>A design point u in [0, 1]^k sets parameter i to its distribution's inverse CDF at u_i (the
 * same transform the model uses when it draws the parameter), fixed for the point's
 * replications; every other uncertainty (events, parameters not in the design) is still drawn.
 * Points that belong together share replication numbers, hence random numbers: all points of a
 * grid or Latin hypercube use replications 0..R-1; the points of a Morris trajectory, and the
 * rows A_j, B_j, AB_i,j of Sobol's design, use replications jR..jR+R-1. The value at a point is
 * the metric's mean over its R replications.
 *
 * <p>Deterministic: points are evaluated on any number of threads into fixed slots. Stateless.
 */
public final class ParameterSensitivity {

    /** The design. */
    public enum Method { GRID, LHS, MORRIS, SOBOL }

    /**
     * @param base the configuration whose parameters are varied
     * @param parameterIds which parameters (empty: every parameter whose range is not a point)
     * @param metric the metric to explain; it must be recorded in every replication
     * @param method the design
     * @param samples grid: levels per parameter; LHS: points; Morris: trajectories; Sobol: base rows n
     * @param replicationsPerPoint R
     * @param seed master seed of the replications and of the design
     * @param threads threads
     * @param check check invariants after every step
     */
    public record Spec(Configuration base, List<String> parameterIds, String metric, Method method, int samples,
                       int replicationsPerPoint, long seed, int threads, boolean check) {
        public Spec {
            parameterIds = List.copyOf(parameterIds);
            if (samples < 2) {
                throw new IllegalArgumentException("samples must be at least 2, got " + samples);
            }
            org.indivisible.analysis.ensemble.EnsembleSpec.checkReplications(replicationsPerPoint);
            org.indivisible.analysis.ensemble.EnsembleSpec.checkThreads(threads);
            org.indivisible.analysis.ensemble.EnsembleSpec.checkSeed(seed);
        }
    }

    /**
     * What a design gave. {@code morris} is set for Morris, {@code sobol} for Sobol; for a grid
     * or Latin hypercube, the points and values are the result.
     *
     * @param parameters the varied parameters, in design order
     * @param values parameter values per point (points x parameters)
     * @param y the metric's mean per point
     */
    public record Result(Spec spec, List<UncertainParameter> parameters, double[][] values, double[] y,
                         MorrisScreening.Effect[] morris, SobolIndices.Index[] sobol) {
    }

    /** Morris levels (p) and bootstrap resamples for Sobol intervals. */
    public static final int MORRIS_LEVELS = 4;
    public static final int BOOTSTRAP_SAMPLES = 1000;

    private ParameterSensitivity() {
    }

    /** The parameters a spec varies, or an error naming the unknown or fixed ones. */
    public static List<UncertainParameter> parameters(Configuration base, List<String> ids) {
        if (ids.isEmpty()) {
            List<UncertainParameter> varying = base.parameters().stream()
                    .filter(p -> p.distribution().high() > p.distribution().low()).toList();
            if (varying.isEmpty()) {
                throw new IllegalArgumentException("scenario " + base.scenarioId() + " has no uncertain parameter with a range");
            }
            return varying;
        }
        List<UncertainParameter> out = new ArrayList<>();
        for (String id : ids) {
            UncertainParameter p = base.parameter(id).orElseThrow(() -> new IllegalArgumentException(
                    "no parameter " + id + " in scenario " + base.scenarioId() + "; it has: "
                            + base.parameters().stream().map(UncertainParameter::id).toList()));
            out.add(p);
        }
        return out;
    }

    public static Result run(Spec spec, Engine engine, ProgressListener progress) throws InterruptedException {
        return run(spec, progress, (s, parameters, values, group, p) -> evaluate(s, engine, parameters, values, group, p));
    }

    /**
     * Evaluates a design's points: {@code y[p]} is the metric's mean at point p, as
     * {@link #point} computes it. The local evaluator uses threads; another engine (the spark
     * module, docs/scale-out.md) may run the points elsewhere; the result must be identical.
     */
    @FunctionalInterface
    public interface PointEvaluator {
        double[] evaluate(Spec spec, List<UncertainParameter> parameters, double[][] values, int[] group,
                          ProgressListener progress) throws InterruptedException;
    }

    /** As above, the points evaluated by {@code points}. */
    public static Result run(Spec spec, ProgressListener progress, PointEvaluator points) throws InterruptedException {
        List<UncertainParameter> parameters = parameters(spec.base(), spec.parameterIds());
        int k = parameters.size();
        double[][] unit;
        int[] group;
        MorrisScreening morris = null;
        SobolIndices sobol = null;
        switch (spec.method()) {
            case GRID -> unit = GridDesign.points(k, spec.samples());
            case LHS -> unit = LatinHypercube.points(k, spec.samples(), spec.seed());
            case MORRIS -> {
                morris = MorrisScreening.design(k, spec.samples(), MORRIS_LEVELS, spec.seed());
                unit = morris.points();
            }
            case SOBOL -> {
                sobol = SobolIndices.design(k, spec.samples(), spec.seed());
                unit = sobol.points();
            }
            default -> throw new IllegalStateException();
        }
        group = new int[unit.length];
        for (int p = 0; p < unit.length; p++) {
            group[p] = switch (spec.method()) {
                case GRID, LHS -> 0;
                case MORRIS -> p / (k + 1);
                case SOBOL -> sobol.row(p);
            };
        }
        double[][] values = new double[unit.length][k];
        for (int p = 0; p < unit.length; p++) {
            for (int i = 0; i < k; i++) {
                values[p][i] = inverse(parameters.get(i).distribution(), unit[p][i]);
            }
        }
        double[] y = points.evaluate(spec, parameters, values, group, progress);
        // Elementary effects are per unit of the design scale: moving a parameter across its
        // whole range (in quantiles of its distribution) is a step of 1.
        MorrisScreening.Effect[] effects = morris == null ? null : morris.analyse(y);
        SobolIndices.Index[] indices = sobol == null ? null : sobol.analyse(y, BOOTSTRAP_SAMPLES, spec.seed() ^ 0x5DEECE66DL);
        return new Result(spec, parameters, values, y, effects, indices);
    }

    private static double[] evaluate(Spec spec, Engine engine, List<UncertainParameter> parameters, double[][] values,
                                     int[] group, ProgressListener progress) throws InterruptedException {
        double[] y = new double[values.length];
        AtomicLong done = new AtomicLong();
        progress.started(values.length);
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), r -> {
            Thread t = new Thread(r, "sensitivity");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int p = 0; p < values.length; p++) {
                int point = p;
                futures.add(pool.submit(() -> {
                    Configuration c = withParameters(spec.base(), parameters, values[point]);
                    y[point] = point(spec, engine.prepare(c), group[point]);
                    done.incrementAndGet();
                }));
            }
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        progress.advanced(done.get());
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException re) {
                            throw re;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        progress.advanced(values.length);
        progress.finished();
        return y;
    }

    /**
     * The metric's mean at one point: replications {@code group * r .. group * r + r - 1} of the
     * configuration with the point's parameter values, already prepared (the replications of a
     * Sobol row or Morris trajectory share their random numbers).
     */
    public static double point(Spec spec, Engine.Prepared prepared, int group) {
        RunSettings settings = new RunSettings(spec.seed(), true, spec.check());
        double sum = 0;
        for (int m = 0; m < spec.replicationsPerPoint(); m++) {
            int replication = group * spec.replicationsPerPoint() + m;
            Outcome o = prepared.run(settings, replication);
            Double v = o.metrics().get(spec.metric());
            if (v == null) {
                throw new IllegalArgumentException("metric " + spec.metric() + " is not recorded in replication "
                        + replication + " (it applies only in some replications); choose one every replication records"
                        + (o.metrics().isEmpty() ? "" : ", e.g. " + o.metrics().firstKey()));
            }
            sum += v;
        }
        return sum / spec.replicationsPerPoint();
    }

    /** The inverse CDF of a distribution at u, through its own one-uniform sampler. */
    public static double inverse(Distribution d, double u) {
        double clamped = Math.min(Math.max(u, 0), Math.nextDown(1.0));
        return d.sample(new FixedUniform(clamped));
    }

    /**
     * The configuration with the given parameters fixed at the given values (a Fixed
     * distribution still takes its one draw, so random streams stay aligned).
     */
    public static Configuration withParameters(Configuration base, List<UncertainParameter> parameters, double[] values) {
        List<UncertainParameter> replaced = new ArrayList<>();
        for (UncertainParameter p : base.parameters()) {
            int i = parameters.indexOf(p);
            replaced.add(i < 0 ? p : p.withDistribution(values[i], new Distribution.Fixed(values[i])));
        }
        return base.withParameters(replaced);
    }

    /** A generator whose every nextDouble is u (the distributions take exactly one). */
    private record FixedUniform(double u) implements RandomGenerator {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("a distribution asked for more than its one uniform");
        }

        @Override
        public double nextDouble() {
            return u;
        }
    }
}
