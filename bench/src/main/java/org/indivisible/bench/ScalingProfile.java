package org.indivisible.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.Ensemble;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.analysis.ensemble.ProgressListener;

/**
 * Ensemble scaling, side by side: runs the same ensemble on 1 and 2 threads alternately (after a
 * warm-up), and prints for each run the wall time, the process's CPU time, the load average, and
 * the share of worker time spent in the serial fold. The Amdahl bound 1 / ((1 - f) / 2 + f) from
 * that share is what the runner allows on 2 idle cores; the wall-time ratio is what this machine
 * gave. Run from the repository root:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.indivisible.bench.ScalingProfile taiwan-invasion 4000 5
 * </pre>
 */
public final class ScalingProfile {

    private ScalingProfile() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : "taiwan-invasion";
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Cell> cells = List.of(new Cell(scenario, "P0", ShippedScenario.compile(scenario, "P0")),
                new Cell(scenario, "P1", ShippedScenario.compile(scenario, "P1")));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s, %d replications (P0 and P1), %d cores%n", scenario, replications,
                Runtime.getRuntime().availableProcessors());
        System.out.println("round,threads,wall_s,cpu_s,us_per_replication,fold_share,load_avg_1min");
        for (int round = -1; round < rounds; round++) {
            for (int threads = 1; threads <= 2; threads++) {
                EnsembleSpec spec = new EnsembleSpec(cells, replications / 2, 20261128L, threads, false);
                long[] timing = new long[2];
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Ensemble.standard().run(spec, new ProgressListener() {
                    @Override
                    public void started(long total) {
                    }

                    @Override
                    public void advanced(long done) {
                    }

                    @Override
                    public void timing(long runNanos, long foldNanos) {
                        timing[0] = runNanos;
                        timing[1] = foldNanos;
                    }
                });
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (round >= 0) {
                    System.out.printf(Locale.ROOT, "%d,%d,%.3f,%.3f,%.1f,%.4f,%.2f%n", round, threads, wall, cpu,
                            wall * 1e6 / replications, timing[1] / (double) (timing[0] + timing[1]), os.getSystemLoadAverage());
                }
            }
        }
    }
}
