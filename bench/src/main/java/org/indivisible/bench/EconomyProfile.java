package org.indivisible.bench;

import java.util.List;
import org.indivisible.model.economy.EconomyPlan;
import org.indivisible.model.economy.EconomyState;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.economy.GdpChangeObserver;
import org.indivisible.model.economy.InputOutputEconomy;
import org.indivisible.model.economy.inputoutput.DynamicEconomy;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.schedule.ScheduledEvents;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The economy of one shipped scenario in a plain loop (for profilers such as JFR, and for
 * quick side-by-side timings): {@code java -cp benchmarks.jar org.indivisible.bench.EconomyProfile
 * <scenario> <channelSplit 0|1> <replications> <rounds>}; prints the mean time per replication
 * of each round. With a fifth argument {@code dump}, prints instead every metric of the first
 * {@code replications} replications (invariants checked when rounds > 0), to compare two builds;
 * a sixth argument sets the settle tolerance (0: the exact model). With {@code weeks}, prints
 * the mean number of weeks each run (0 = all channels, 1-5 = one channel alone) computed and skipped. Run from the repository root.
 */
public final class EconomyProfile {

    private EconomyProfile() {
    }

    public static void main(String[] args) {
        String scenario = args.length > 0 ? args[0] : "taiwan-invasion";
        int channelSplit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int replications = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        double settleTolerance = args.length > 5 ? Double.parseDouble(args[5]) : DynamicEconomy.SETTLE_TOLERANCE;
        Engine.Prepared prepared = prepare(scenario, channelSplit, settleTolerance);
        if (args.length > 4 && args[4].equals("weeks")) {
            // mean weeks computed and skipped (settled) per run, over the first `replications` replications
            Configuration config = prepared.configuration();
            EconomyPlan plan = EconomyPlan.of(org.indivisible.data.EmbeddedData.economyTables().tableFor(config));
            long[][] weeks = new long[2][6];
            Engine counting = new Engine(c -> () -> new Model(
                    List.of(new ScheduledEvents(c), new GdpBaseline(c), new InputOutputEconomy(c, plan, false, settleTolerance)),
                    List.of(new GdpChangeObserver(c), new Observer() {
                        @Override
                        public void afterStep(World world) {
                        }

                        @Override
                        public void finish(World world, Outcome.Builder outcome) {
                            EconomyState state = world.part(EconomyState.class);
                            for (int r = 0; r < state.runs(); r++) {
                                weeks[0][r] += state.run(r).computedWeeks();
                                weeks[1][r] += state.run(r).skippedWeeks();
                            }
                        }
                    }), List.of()));
            Engine.Prepared p = counting.prepare(config);
            for (int r = 0; r < replications; r++) {
                p.run(new RunSettings(20261128L, true, false), r);
            }
            for (int r = 0; r < 6; r++) {
                System.out.printf("%s run %d: %.1f weeks computed, %.1f skipped (settled)%n", scenario, r,
                        weeks[0][r] / (double) replications, weeks[1][r] / (double) replications);
            }
            return;
        }
        if (args.length > 4 && args[4].equals("dump")) {
            // every gdp_change metric of the first `replications` replications, one "rep metric value" a line
            for (int r = 0; r < replications; r++) {
                var metrics = new java.util.TreeMap<>(prepared.run(new RunSettings(20261128L, true, rounds > 0), r).metrics());
                for (var e : metrics.entrySet()) {
                    System.out.println(r + " " + e.getKey() + " " + e.getValue());
                }
            }
            return;
        }
        RunSettings settings = new RunSettings(20261128L, true, false);
        int replication = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < replications; i++) {
                prepared.run(settings, replication++);
            }
            double ms = (System.nanoTime() - start) / 1e6 / replications;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / replications;
            System.out.printf("%s channelSplit=%d round %d: %.3f ms per replication (thread CPU time %.3f ms)%n",
                    scenario, channelSplit, round, ms, cpuMs);
        }
    }

    /** The configuration with economy.channelSplit fixed at the given value. */
    static Configuration withChannelSplit(Configuration compiled, int channelSplit) {
        List<UncertainParameter> parameters = compiled.parameters().stream()
                .map(p -> p.id().equals(InputOutputEconomy.CHANNEL_SPLIT)
                        ? UncertainParameter.fixed(p.id(), channelSplit, p.unit(), p.sourceId(), p.status()) : p)
                .toList();
        return compiled.withParameters(parameters);
    }

    /** The economy alone (events, GDP baseline, input-output economy, its metrics), as {@link EconomyBenchmark}. */
    static Engine.Prepared prepare(String scenario, int channelSplit, double settleTolerance) {
        Configuration config = withChannelSplit(ShippedScenario.compile(scenario, "P0"), channelSplit);
        EconomyPlan plan = EconomyPlan.of(org.indivisible.data.EmbeddedData.economyTables().tableFor(config));
        Engine economyOnly = new Engine(c -> () -> new Model(
                List.of(new ScheduledEvents(c), new GdpBaseline(c), new InputOutputEconomy(c, plan, false, settleTolerance)),
                List.of(new GdpChangeObserver(c)), List.of()));
        return economyOnly.prepare(config);
    }
}
