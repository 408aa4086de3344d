package org.indivisible.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code indivisible} command: subcommands, help and exit codes. */
@Command(name = "indivisible",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Simulates how security in Europe and the Indo-Pacific is linked and compares NATO policy",
            "options under uncertainty, as reproducible Monte Carlo ensembles on sourced data.",
            "",
            "Start with:  indivisible run                 (the default study on the embedded data)",
            "             indivisible validate FILE...    (check scenario or study files)",
            "             indivisible compare RUN         (treatments against P0, with 95%% intervals)",
            "             indivisible sensitivity FILE    (which uncertain parameters drive a metric)",
            "             indivisible oat FILE            (one parameter at a time across its range)",
            "             indivisible runs                (past runs; interrupted ones to --resume)",
            "             indivisible data                (the data snapshot and its sources)",
            "             indivisible serve               (the dashboard at http://127.0.0.1:7070)",
            "             indivisible report RUN-FOLDER   (write a run's report.html again)",
            "             indivisible search [STUDY]      (the best trade-offs among NATO's levers, NSGA-II)",
            "             indivisible discover RUN ...    (where in the uncertain parameters an outcome happens)",
        },
        footer = ExitCodes.HELP_TEXT,
        subcommands = {RunCommand.class, CompareCommand.class, SensitivityCommand.class, OatCommand.class,
            RunsCommand.class, ValidateCommand.class, DataCommand.class, ServeCommand.class, ReportCommand.class,
            DiscoverCommand.class, SearchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given output streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        HelpText.apply(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandFailure f) {
                commandLine.getErr().println(f.getMessage());
                return f.exitCode();
            }
            // Anything reaching here is a bug or an environment failure: say it plainly,
            // with the stack trace only on request.
            commandLine.getErr().println("indivisible: " + Failures.describe(e));
            if (Boolean.getBoolean("indivisible.debug")) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(run with JAVA_TOOL_OPTIONS=-Dindivisible.debug=true for the stack trace)");
            }
            return ExitCodes.RUN_FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
