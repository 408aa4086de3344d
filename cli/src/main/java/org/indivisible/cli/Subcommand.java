package org.indivisible.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: picocli injects its spec (it reads annotated fields of
 * superclasses too), and the command prints to the streams its command line holds, never to
 * {@code System.out}, so that tests and {@link Main}'s error handler see what it printed.
 */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Does the command's work, printing results to {@code out} and problems to {@code err}; returns an {@link ExitCodes} value. */
    abstract Integer run(PrintWriter out, PrintWriter err) throws Exception;
}
