package org.indivisible.bench;

import java.util.concurrent.TimeUnit;
import org.indivisible.model.economy.inputoutput.DynamicEconomy;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One replication of the economy alone (events, the GDP baseline, the input-output economy
 * with all its runs: every channel together and each alone, and its metrics) over the
 * scenario's 11 years of weekly steps, at the default resolution (11 sector groups x 45
 * actors), on one thread. Run from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class EconomyBenchmark {

    @Param({"taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency"})
    public String scenario;

    /** 0: the total only (the default); 1: one run per channel beside it. */
    @Param({"0", "1"})
    public int channelSplit;

    private Engine.Prepared prepared;
    private final RunSettings settings = new RunSettings(20261128L, true, false);
    private int replication;

    @Setup(Level.Trial)
    public void load() {
        prepared = EconomyProfile.prepare(scenario, channelSplit, DynamicEconomy.SETTLE_TOLERANCE);
    }

    @Benchmark
    public Outcome oneReplication() {
        return prepared.run(settings, replication++);
    }
}
