package org.indivisible.bench;

import org.indivisible.model.economy.inputoutput.DynamicEconomy;
import org.indivisible.model.engine.Engine;
import org.openjdk.jmh.annotations.Param;

/**
 * One replication of the economy alone (events, the GDP baseline, the input-output economy
 * with all its runs: every channel together and each alone, and its metrics) over the
 * scenario's 11 years of weekly steps, at the default resolution (11 sector groups x 45
 * actors), on one thread. Run from the repository root.
 */
public class EconomyBenchmark extends OneReplicationBenchmark {

    @Param({"taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency"})
    public String scenario;

    /** 0: the total only (the default); 1: one run per channel beside it. */
    @Param({"0", "1"})
    public int channelSplit;

    @Override
    protected Engine.Prepared prepare() {
        return EconomyProfile.prepare(scenario, channelSplit, DynamicEconomy.SETTLE_TOLERANCE);
    }
}
