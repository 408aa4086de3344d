package org.indivisible.cli;

/** The command's exit codes, listed in {@code --help} and the README. */
final class ExitCodes {

    /** Success (for {@code validate}: every file is valid). */
    static final int OK = 0;
    /** A scenario, study or data file is invalid; the problems were printed. */
    static final int INVALID_INPUT = 1;
    /** The command line itself is wrong (unknown option, missing argument). */
    static final int USAGE = 2;
    /**
     * The run failed: an invariant broke, the output could not be written (a full disk: the
     * partial folder is kept for --resume), or another writer holds the run folder.
     */
    static final int RUN_FAILED = 3;
    /** Interrupted (Ctrl-C); nothing half-written is left. */
    static final int INTERRUPTED = 130;

    static final String HELP_TEXT = "%nExit codes: 0 success; 1 invalid scenario, study or data file; "
            + "2 bad command line; 3 run failed (invariant broken, output not writable or disk full, run folder in use "
            + "by another writer); 130 interrupted (Ctrl-C); 143 stopped by SIGTERM. After 130 or 143 the replications "
            + "already kept are resumed with --resume.%n";

    private ExitCodes() {
    }
}
