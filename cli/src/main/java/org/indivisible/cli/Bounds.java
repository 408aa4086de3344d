package org.indivisible.cli;

import org.indivisible.analysis.ensemble.EnsembleSpec;

/**
 * The command line's bounds on replications, threads and seeds, checked before anything is
 * loaded (so a wrong number is refused at once, not after minutes): the ceilings are
 * {@link EnsembleSpec}'s, which every other way in (the server, Spark) also meets.
 * docs/reliability.md, "Bounds".
 */
final class Bounds {

    private Bounds() {
    }

    /**
     * Stops the command ({@link CommandFailure}, exit {@link ExitCodes#USAGE}) naming what is out
     * of bounds; nulls are not checked (the study's own value applies, and is checked when the run
     * is made).
     */
    static void require(String command, String replicationsOption, Long replications, Long threads, Long seed) {
        String problem = null;
        if (replications != null && (replications < 1 || replications > EnsembleSpec.MAX_REPLICATIONS)) {
            problem = String.format("%s must be between 1 and %,d, got %,d", replicationsOption,
                    EnsembleSpec.MAX_REPLICATIONS, replications);
        } else if (threads != null && (threads < 1 || threads > EnsembleSpec.MAX_THREADS)) {
            problem = String.format("--threads must be between 1 and %d, got %,d (more threads than cores only add memory)",
                    EnsembleSpec.MAX_THREADS, threads);
        } else if (seed != null && seed < 0) {
            problem = "--seed must be 0 or more, got " + seed;
        }
        if (problem != null) {
            throw new CommandFailure(ExitCodes.USAGE, "indivisible " + command + ": " + problem);
        }
    }

    /** Checks cells x replications against {@link EnsembleSpec#MAX_TOTAL_REPLICATIONS}, exactly. */
    static void requireTotal(String command, long cells, long replications) {
        try {
            EnsembleSpec.checkTotal(cells, replications);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "indivisible " + command + ": " + e.getMessage());
        }
    }

    static Long boxed(Integer value) {
        return value == null ? null : value.longValue();
    }
}
