package org.indivisible.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code run}, {@code search} and {@code sensitivity} share: they run ensembles of
 * replications from a seed, on threads or on Spark, into a folder of run folders. The options are
 * declared once here (picocli reads a superclass's options) so their wording and defaults agree.
 */
abstract class EnsembleCommand extends Subcommand {

    @Option(names = {"-s", "--seed"}, paramLabel = "S",
            description = "Master seed of the replications. Default: the study's (for search, the search file's).")
    Long seed;

    @Mixin
    Threads threads = new Threads();

    @Mixin
    OutFolder outFolder = new OutFolder();

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = {"-q", "--quiet"}, description = "No progress display (there is none either when not on a terminal).")
    boolean quiet;

    /** Whether to draw progress on standard error: not when asked for quiet, nor into a file or pipe. */
    boolean showsProgress() {
        return !quiet && System.console() != null;
    }
}
