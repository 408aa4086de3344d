package org.indivisible.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --engine} and {@code --master}, shared by the commands that can run on Spark (a picocli mixin). */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "E", defaultValue = EngineChoice.LOCAL, description = {
        "local (threads of this process) or spark (Apache Spark; the same results; docs/scale-out.md).",
        "Default: ${DEFAULT-VALUE}."})
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: local[*], spark://host:7077, yarn, k8s://... Default: spark-submit's, else local[*].")
    String master;

    /** The engine chosen; {@code resume}: whether the command resumes from a journal the engine must keep. */
    EngineChoice.Opened open(String command, boolean resume, PrintWriter err) throws EngineChoice.Refused {
        return EngineChoice.open(command, engine, master, resume, err);
    }
}
