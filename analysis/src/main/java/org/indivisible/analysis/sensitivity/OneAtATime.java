package org.indivisible.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.economy.InputOutputEconomy;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * One-at-a-time sensitivity, beside Sobol and Morris ({@link ParameterSensitivity}): every
 * parameter at its central value, then each chosen parameter alone at the low and the high end
 * of its range; the mean of each metric over the same replications (common random numbers: each
 * point sees the same draws, so differences between points are sharp). The economy runs without
 * its channel split. Cheap and easy to read; blind to interactions, which Sobol measures.
 */
public final class OneAtATime {

    /** A parameter's row: its range and each metric's mean at the low end, the centre and the high end. */
    public record Row(UncertainParameter parameter, double[] low, double[] central, double[] high) {
    }

    private OneAtATime() {
    }

    /** The parameters of {@code base} that vary (low below high) and whose id starts with one of {@code prefixes}. */
    public static List<UncertainParameter> varied(Configuration base, List<String> prefixes) {
        return base.parameters().stream()
                .filter(p -> prefixes.stream().anyMatch(x -> p.id().startsWith(x)))
                .filter(p -> p.distribution().high() > p.distribution().low()).toList();
    }

    /**
     * Runs the design: {@code replications} replications (seed {@code seed}, draws off: each
     * parameter at its central value) at the centre and at both ends of each varied parameter.
     *
     * @param done told each parameter's id when its row is done
     */
    public static List<Row> run(Engine engine, Configuration config, List<UncertainParameter> varied, List<String> metrics,
                                int replications, long seed, int threads, Consumer<String> done)
            throws InterruptedException {
        Configuration base = withoutChannelSplit(config);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            double[] central = means(engine, base, metrics, replications, seed, pool);
            List<Row> rows = new ArrayList<>();
            for (UncertainParameter p : varied) {
                rows.add(new Row(p, means(engine, set(base, p, p.distribution().low()), metrics, replications, seed, pool),
                        central, means(engine, set(base, p, p.distribution().high()), metrics, replications, seed, pool)));
                done.accept(p.id());
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    static double[] means(Engine engine, Configuration config, List<String> metrics, int replications, long seed,
                          ExecutorService pool) throws InterruptedException {
        Engine.Prepared prepared = engine.prepare(config);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            int rep = r;
            futures.add(pool.submit(() -> prepared.run(new RunSettings(seed, false, false), rep)));
        }
        double[] sum = new double[metrics.size()];
        for (Future<Outcome> f : futures) {
            Outcome o;
            try {
                o = f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
            for (int m = 0; m < metrics.size(); m++) {
                sum[m] += o.metrics().getOrDefault(metrics.get(m), 0.0);
            }
        }
        for (int m = 0; m < sum.length; m++) {
            sum[m] /= replications;
        }
        return sum;
    }

    static Configuration set(Configuration base, UncertainParameter p, double value) {
        List<UncertainParameter> ps = new ArrayList<>(base.parameters());
        ps.replaceAll(q -> q.id().equals(p.id()) ? q.withDistribution(value, new Distribution.Fixed(value)) : q);
        return base.withParameters(ps);
    }

    private static Configuration withoutChannelSplit(Configuration base) {
        List<UncertainParameter> ps = new ArrayList<>(base.parameters());
        ps.removeIf(p -> p.id().equals(InputOutputEconomy.CHANNEL_SPLIT));
        ps.add(UncertainParameter.fixed(InputOutputEconomy.CHANNEL_SPLIT, 0, "0 or 1", "", Status.ASSUMPTION));
        return base.withParameters(ps);
    }
}
