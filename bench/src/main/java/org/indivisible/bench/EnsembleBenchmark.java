package org.indivisible.bench;

import java.util.List;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.Ensemble;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ensemble throughput: {@value #REPLICATIONS} replications of one scenario (P0 and P1, half each)
 * through the whole ensemble runner (threads, ordered fold into t-digest statistics, no journal),
 * on 1 and 2 threads. Reported per replication, so 1 thread / 2 threads is the speed-up. Run from
 * the repository root; on a machine with at least as many idle cores as threads.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EnsembleBenchmark extends ModelBenchmark {

    static final int REPLICATIONS = 2048;

    @Param({"1", "2"})
    public int threads;

    @Param({"taiwan-invasion"})
    public String scenario;

    private EnsembleSpec spec;

    @Setup(Level.Trial)
    public void load() {
        List<Cell> cells = List.of(new Cell(scenario, "P0", ShippedScenario.compile(scenario, "P0")),
                new Cell(scenario, "P1", ShippedScenario.compile(scenario, "P1")));
        spec = new EnsembleSpec(cells, REPLICATIONS / 2, 20261128L, threads, false);
    }

    @Benchmark
    @OperationsPerInvocation(REPLICATIONS)
    public EnsembleSummary ensemble() throws InterruptedException {
        return Ensemble.standard().run(spec, ProgressListener.NONE);
    }
}
