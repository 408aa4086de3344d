package org.indivisible.analysis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.indivisible.data.scenario.Cell;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;

/** A search's replications on this process's threads, each into its own slot (any thread count, same values). */
public final class LocalReplications implements SearchReplications {

    private final Snapshot snapshot;
    private final Engine engine;
    private final ExecutorService pool;
    private final int replications;
    private final long seed;

    public LocalReplications(Snapshot snapshot, Engine engine, ExecutorService pool, int replications, long seed) {
        this.snapshot = snapshot;
        this.engine = engine;
        this.pool = pool;
        this.replications = replications;
        this.seed = seed;
    }

    @Override
    public double[][] run(Cell cell, double[] levers, List<String> metrics) throws InterruptedException {
        Engine.Prepared prepared = engine.prepare(ScenarioCompiler.compile(cell, snapshot));
        double[][] values = new double[metrics.size()][replications];
        List<Future<?>> futures = new ArrayList<>();
        RunSettings settings = new RunSettings(seed, true, false);
        for (int rep = 0; rep < replications; rep++) {
            int replication = rep;
            futures.add(pool.submit(() -> {
                double[] column = values(prepared.run(settings, replication).metrics(), metrics);
                for (int m = 0; m < column.length; m++) {
                    values[m][replication] = column[m];
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
        return values;
    }

    /** One replication's values of {@code metrics}, in order; a metric it does not record counts as 0. */
    public static double[] values(java.util.Map<String, Double> recorded, List<String> metrics) {
        double[] v = new double[metrics.size()];
        for (int m = 0; m < v.length; m++) {
            v[m] = recorded.getOrDefault(metrics.get(m), 0.0);
        }
        return v;
    }
}
