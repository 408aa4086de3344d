package org.indivisible.bench;

import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * One replication of what a subclass prepares, a new replication index each call (sampled
 * parameters, the fixed seed 20261128), on one thread.
 */
public abstract class OneReplicationBenchmark extends ModelBenchmark {

    private Engine.Prepared prepared;
    private final RunSettings settings = new RunSettings(20261128L, true, false);
    private int replication;

    /** What is run, prepared once per trial from the subclass's parameters. */
    protected abstract Engine.Prepared prepare();

    @Setup(Level.Trial)
    public void load() {
        prepared = prepare();
    }

    @Benchmark
    public Outcome oneReplication() {
        return prepared.run(settings, replication++);
    }
}
