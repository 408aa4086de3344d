package org.indivisible.cli;

import java.io.PrintWriter;
import org.indivisible.analysis.run.EnsembleRunner;
import org.indivisible.analysis.run.RunEngine;

/**
 * {@code --engine} and {@code --master}: the local runner, or an engine found on the class path
 * (docs/scale-out.md). The command line has no compile-time dependency on any engine.
 */
final class EngineChoice {

    static final String LOCAL = "local";

    private EngineChoice() {
    }

    /** An engine that could not be used; the message is already printed. */
    static final class Refused extends Exception {
        private final int exitCode;

        Refused(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    /** The runner to use and the session to close (none for local). */
    record Opened(EnsembleRunner runner, RunEngine.Session session) implements AutoCloseable {
        @Override
        public void close() {
            if (session != null) {
                session.close();
            }
        }
    }

    static Opened open(String command, String engine, String master, boolean resume, PrintWriter err) throws Refused {
        if (LOCAL.equals(engine)) {
            if (master != null) {
                err.printf("indivisible %s: --master is for --engine spark; this run is local (threads: -t)%n", command);
                throw new Refused(ExitCodes.USAGE);
            }
            return new Opened(EnsembleRunner.LOCAL, null);
        }
        RunEngine found = RunEngine.find(engine).orElse(null);
        if (found == null) {
            var names = RunEngine.available().stream().map(RunEngine::name).toList();
            err.printf("indivisible %s: --engine %s is not available here (engines: local%s).%n", command, engine,
                    names.isEmpty() ? "" : ", " + String.join(", ", names));
            if ("spark".equals(engine)) {
                err.println("The Spark engine is kept out of this jar. Use the launcher, which builds it and puts it on the");
                err.println("class path:  ./indivisible " + command + " --engine spark ...  (or build it: mvn -pl spark -am package),");
                err.println("or on a cluster: spark-submit spark/target/indivisible-spark-submit.jar " + command
                        + " ...  (docs/scale-out.md).");
            }
            throw new Refused(ExitCodes.USAGE);
        }
        if (resume) {
            err.printf("indivisible %s: --resume is for local runs; a Spark run reruns lost tasks itself and starts over "
                    + "when stopped%n", command);
            throw new Refused(ExitCodes.USAGE);
        }
        RunEngine.Session session = found.open(master);
        return new Opened(session, session);
    }
}
