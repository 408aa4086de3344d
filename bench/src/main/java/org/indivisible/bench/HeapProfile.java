package org.indivisible.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.Ensemble;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.JournalFile;

/**
 * Heap over a long ensemble: runs N replications of a scenario through the ensemble runner with
 * its journal (as {@code indivisible run} does, less the store written at the end) and, every
 * N/20 replications, forces a full GC and prints the heap in use after it. Flat numbers mean
 * memory does not grow with replications. Run from the repository root:
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar org.indivisible.bench.HeapProfile baseline 100000
 * </pre>
 */
public final class HeapProfile {

    private HeapProfile() {
    }

    public static void main(String[] args) throws Exception {
        ProfileArguments run = ProfileArguments.parse(args, "baseline", 100_000, 2);
        String scenario = run.scenario();
        EnsembleSpec spec = new EnsembleSpec(List.of(new Cell(scenario, "P0", ShippedScenario.compile(scenario, "P0"))),
                run.replications(), 20261128L, run.count(), false);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long step = Math.max(1, run.replications() / 20);
        long[] next = {0};
        Path journal = Files.createTempFile("heap-profile", ".journal");
        System.out.printf(Locale.ROOT, "%s, %d replications, %d threads, max heap %d MiB%n", scenario, run.replications(),
                run.count(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("replications_done,heap_used_after_gc_kib");
        long start = System.nanoTime();
        try (JournalFile j = JournalFile.open(journal)) {
            Ensemble.standard().run(spec, new ProgressListener() {
                @Override
                public void started(long total) {
                }

                @Override
                public void advanced(long done) {
                    if (done >= next[0]) {
                        System.gc();
                        System.out.printf(Locale.ROOT, "%d,%d%n", done, memory.getHeapMemoryUsage().getUsed() >> 10);
                        next[0] = done + step;
                    }
                }
            }, j);
        } finally {
            System.out.printf(Locale.ROOT, "journal %d MiB on disk; %.1f s%n", Files.size(journal) >> 20, (System.nanoTime() - start) / 1e9);
            Files.delete(journal);
        }
        System.gc();
        System.out.printf(Locale.ROOT, "%d,%d%n", run.replications(), memory.getHeapMemoryUsage().getUsed() >> 10);
    }
}
