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
        ProfileArguments run = ProfileArguments.parse(args, "taiwan-invasion", 4000, 5);
        String scenario = run.scenario();
        List<Cell> cells = List.of(new Cell(scenario, "P0", ShippedScenario.compile(scenario, "P0")),
                new Cell(scenario, "P1", ShippedScenario.compile(scenario, "P1")));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s, %d replications (P0 and P1), %d cores%n", scenario, run.replications(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("round,threads,wall_s,cpu_s,us_per_replication,fold_share,load_avg_1min");
        for (int round = -1; round < run.count(); round++) {
            for (int threads = 1; threads <= 2; threads++) {
                EnsembleSpec spec = new EnsembleSpec(cells, run.replications() / 2, 20261128L, threads, false);
                ProgressListener.Timing timing = new ProgressListener.Timing();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Ensemble.standard().run(spec, timing);
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (round >= 0) {
                    System.out.printf(Locale.ROOT, "%d,%d,%.3f,%.3f,%.1f,%.4f,%.2f%n", round, threads, wall, cpu,
                            wall * 1e6 / run.replications(), timing.foldNanos() / (double) (timing.runNanos() + timing.foldNanos()),
                            os.getSystemLoadAverage());
                }
            }
        }
    }
}
