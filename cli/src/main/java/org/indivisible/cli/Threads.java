package org.indivisible.cli;

import picocli.CommandLine.Option;

/** {@code -t/--threads}: how many threads run replications, worded once for every command that runs them (a picocli mixin). */
final class Threads {

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = {
        "Threads to run replications on. Default: all cores (${DEFAULT-VALUE}).",
        "Results do not depend on it."})
    int count = Runtime.getRuntime().availableProcessors();
}
