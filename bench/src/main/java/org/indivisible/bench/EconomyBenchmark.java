package org.indivisible.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indivisible.model.economy.EconomyPlan;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.economy.GdpChangeObserver;
import org.indivisible.model.economy.InputOutputEconomy;
import org.indivisible.model.engine.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.engine.ScheduledEvents;
import org.indivisible.model.parameter.UncertainParameter;
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
@Fork(1)
public class EconomyBenchmark {

    @Param({"taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency"})
    public String scenario;

    /** 1: one run per channel beside the total (the default); 0: the total only. */
    @Param({"1", "0"})
    public int channelSplit;

    private Engine.Prepared prepared;
    private final RunSettings settings = new RunSettings(20261128L, true, false);
    private int replication;

    @Setup(Level.Trial)
    public void load() {
        Configuration compiled = ShippedScenario.compile(scenario, "P0");
        List<UncertainParameter> parameters = compiled.parameters().stream()
                .map(p -> p.id().equals(InputOutputEconomy.CHANNEL_SPLIT)
                        ? UncertainParameter.fixed(p.id(), channelSplit, p.unit(), p.sourceId(), p.status()) : p)
                .toList();
        Configuration config = new Configuration(compiled.scenarioId(), compiled.treatmentId(), compiled.horizon(),
                compiled.actors(), compiled.groups(), compiled.treaties(), compiled.theaters(), compiled.events(),
                parameters, compiled.gdp(), compiled.spending(), compiled.policies());
        EconomyPlan plan = EconomyPlan.of(config).orElseThrow();
        Engine economyOnly = new Engine(c -> () -> new Model(
                List.of(new ScheduledEvents(c), new GdpBaseline(c), new InputOutputEconomy(c, plan)),
                List.of(new GdpChangeObserver(c)), List.of()));
        prepared = economyOnly.prepare(config);
    }

    @Benchmark
    public Outcome oneReplication() {
        return prepared.run(settings, replication++);
    }
}
