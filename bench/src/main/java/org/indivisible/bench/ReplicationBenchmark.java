package org.indivisible.bench;

import org.indivisible.data.EmbeddedData;
import java.util.concurrent.TimeUnit;
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
 * One replication of a shipped scenario (the whole horizon, weekly steps), on one thread.
 * Run from the repository root so that {@code scenarios/} is found.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ReplicationBenchmark {

    @Param({"baseline", "taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency"})
    public String scenario;

    /** economy.channelSplit: 0 (the default) or 1 (five more runs of the economy, for the per-channel metrics). */
    @Param({"0"})
    public int channelSplit;

    private Engine.Prepared prepared;
    private final RunSettings settings = new RunSettings(20261128L, true, false);
    private int replication;

    @Setup(Level.Trial)
    public void load() {
        prepared = EmbeddedData.engine().prepare(EconomyProfile.withChannelSplit(ShippedScenario.compile(scenario, "P0"), channelSplit));
    }

    @Benchmark
    public Outcome oneReplication() {
        return prepared.run(settings, replication++);
    }
}
