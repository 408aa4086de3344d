package org.indivisible.analysis.ensemble;

import java.util.List;

/**
 * What to run: the cells, replications per cell, the master seed, threads and whether to
 * check invariants after every step. Immutable.
 *
 * <p>Bounds (docs/reliability.md, "Bounds"), checked here so that every way in (the command
 * line, the server, the Spark engine) refuses the same inputs with the same message, and with
 * exact arithmetic so that no product overflows into a small number:
 * <ul>
 *   <li>replications per cell: 1 to {@value #MAX_REPLICATIONS};</li>
 *   <li>replications in all (cells x replications): at most {@value #MAX_TOTAL_REPLICATIONS};</li>
 *   <li>threads: 1 to {@value #MAX_THREADS};</li>
 *   <li>seed: 0 or more.</li>
 * </ul>
 */
public record EnsembleSpec(List<Cell> cells, int replications, long seed, int threads, boolean check) {

    /**
     * Most replications per cell. A replication of the default model writes about 14 KB to the
     * journal (about 1,400 metrics), so 10 million replications of one cell are 140 GB of journal.
     */
    public static final int MAX_REPLICATIONS = 10_000_000;
    /** Most replications over all cells: cells x replications. */
    public static final long MAX_TOTAL_REPLICATIONS = 100_000_000L;
    /**
     * Most threads. Each thread keeps up to 4 chunks of 16 outcomes ahead of the fold (about 5 MB
     * of heap with the default model's metrics); more threads than cores only add memory.
     */
    public static final int MAX_THREADS = 256;

    public EnsembleSpec {
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one scenario");
        }
        checkReplications(replications);
        checkTotal(cells.size(), replications);
        checkThreads(threads);
        checkSeed(seed);
    }

    /** Refuses a replication count outside 1..{@value #MAX_REPLICATIONS}. */
    public static void checkReplications(long replications) {
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must be between 1 and " + MAX_REPLICATIONS + ", got "
                    + replications);
        }
    }

    /** Refuses {@code cells x replications} above {@value #MAX_TOTAL_REPLICATIONS} (computed exactly). */
    public static void checkTotal(long cells, long replications) {
        long total;
        try {
            total = Math.multiplyExact(cells, replications);
        } catch (ArithmeticException overflow) {
            total = Long.MAX_VALUE;
        }
        if (total > MAX_TOTAL_REPLICATIONS) {
            throw new IllegalArgumentException(cells + " cells x " + replications + " replications is more than the "
                    + MAX_TOTAL_REPLICATIONS + " replications a run may have; use fewer replications or cells");
        }
    }

    /** Refuses a thread count outside 1..{@value #MAX_THREADS}. */
    public static void checkThreads(long threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
    }

    /** Refuses a negative seed. */
    public static void checkSeed(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("the seed must be 0 or more, got " + seed);
        }
    }

    public long totalReplications() {
        return (long) cells.size() * replications;
    }
}
