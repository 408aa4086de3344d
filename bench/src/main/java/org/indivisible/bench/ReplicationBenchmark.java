package org.indivisible.bench;

import org.indivisible.data.EmbeddedData;
import org.indivisible.model.engine.Engine;
import org.openjdk.jmh.annotations.Param;

/**
 * One replication of a shipped scenario (the whole horizon, weekly steps), on one thread.
 * Run from the repository root so that {@code scenarios/} is found.
 */
public class ReplicationBenchmark extends OneReplicationBenchmark {

    @Param({"baseline", "taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency"})
    public String scenario;

    /** economy.channelSplit: 0 (the default) or 1 (five more runs of the economy, for the per-channel metrics). */
    @Param({"0"})
    public int channelSplit;

    @Override
    protected Engine.Prepared prepare() {
        return EmbeddedData.engine().prepare(EconomyProfile.withChannelSplit(ShippedScenario.compile(scenario, "P0"), channelSplit));
    }
}
