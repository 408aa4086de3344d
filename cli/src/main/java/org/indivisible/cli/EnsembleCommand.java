package org.indivisible.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code run}, {@code search} and {@code sensitivity} share: they run ensembles of
 * replications from a seed, on threads or on Spark, into a folder of run folders. The options are
 * declared once here (picocli reads a superclass's options) so their wording and defaults agree.
 */
abstract class EnsembleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--seed"}, paramLabel = "S",
            description = "Master seed of the replications. Default: the study's (for search, the search file's).")
    Long seed;

    @Mixin
    Threads threads = new Threads();

    @Mixin
    OutFolder outFolder = new OutFolder();

    @Mixin
    EngineOptions engineOptions = new EngineOptions();
}
