package org.indivisible.bench;

import org.indivisible.data.EmbeddedData;
import org.indivisible.analysis.statistics.CellStatistics;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * The serial part of an ensemble: folding one replication's outcome (every metric of the
 * taiwan-invasion scenario) into the streaming statistics. The ensemble's workers do this one
 * at a time, in replication order, so with replication time R and fold time F the speed-up on
 * N threads is at most 1 / ((1 - f) / N + f), f = F / (R + F) (Amdahl's law).
 */
public class FoldBenchmark extends ModelBenchmark {

    private static final int OUTCOMES = 1024;

    private Outcome[] outcomes;
    private CellStatistics statistics;

    @Setup(Level.Trial)
    public void load() {
        Engine.Prepared prepared = EmbeddedData.engine().prepare(ShippedScenario.compile("taiwan-invasion", "P0"));
        RunSettings settings = new RunSettings(1L, true, false);
        outcomes = new Outcome[OUTCOMES];
        for (int r = 0; r < OUTCOMES; r++) {
            outcomes[r] = prepared.run(settings, r);
        }
        statistics = new CellStatistics("taiwan-invasion", "P0");
    }

    @Benchmark
    @OperationsPerInvocation(OUTCOMES)
    public CellStatistics foldOneOutcome() {
        for (Outcome o : outcomes) {
            statistics.add(o);
        }
        return statistics;
    }
}
