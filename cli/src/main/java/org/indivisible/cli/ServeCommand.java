package org.indivisible.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.web.server.ServerSettings;
import org.indivisible.web.server.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code indivisible serve}: the dashboard and JSON API in a browser (docs/web.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serves the dashboard at http://127.0.0.1:7070: choose a scenario or study, treatments, replications",
            "and seed, run it with live progress, open and compare past runs, download CSV and Parquet, and edit",
            "scenario files with the validator's messages. The JSON API is described at /api/openapi.",
            "It listens on loopback only unless --host says otherwise, and then it needs --token.",
            "Stop it with Ctrl-C.",
        },
        footer = ExitCodes.HELP_TEXT)
final class ServeCommand extends Subcommand {

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only). Any other needs --token. "
                    + "Requests whose Host header is not 127.0.0.1, localhost, [::1], this or an --allow-host name get 421.")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A name users type to reach the server (e.g. the machine's name when --host is 0.0.0.0); "
                    + "the Host header may carry it. Repeatable.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "7070", description = "Port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--token", paramLabel = "SECRET",
            description = "Secret every request must carry (at least 16 characters); required with a non-loopback --host. "
                    + "Users open http://HOST:PORT/?token=SECRET once.")
    String token;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Folder of scenario and study files to list, edit and run. Default: ${DEFAULT-VALUE}.")
    Path scenarios;

    @Mixin
    OutFolder outFolder = new OutFolder();

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "Largest request body accepted (413 above). Default: ${DEFAULT-VALUE}.")
    long maxRequestBytes;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "2",
            description = "Runs that may wait behind the running one; more get 429 (busy). Default: ${DEFAULT-VALUE}.")
    int waitingRuns;

    @Mixin
    Threads threads = new Threads();

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws Exception {
        Bounds.require("serve", "--replications", null, (long) threads.count, null);
        Path scenarioDir = scenarios;
        String home = System.getProperty("indivisible.home");
        if (!Files.isDirectory(scenarioDir) && home != null && !scenarioDir.isAbsolute()) {
            scenarioDir = Path.of(home).resolve(scenarios);
        }
        if (!Files.isDirectory(scenarioDir)) {
            err.printf("indivisible serve: no scenarios folder %s (give one with --scenarios)%n", scenarios);
            return ExitCodes.INVALID_INPUT;
        }
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, token, scenarioDir, outFolder.root, maxRequestBytes, waitingRuns,
                    ServerSettings.DEFAULT_MAX_REPLICATIONS, threads.count, allowHosts);
        } catch (IllegalArgumentException e) {
            err.println("indivisible serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Files.createDirectories(outFolder.root);
        WebServer server = new WebServer(settings, EmbeddedSnapshot.load());
        try {
            server.start();
        } catch (RuntimeException e) {
            err.printf("indivisible serve: cannot listen on %s:%d: %s%n", host, port, e.getMessage());
            return ExitCodes.RUN_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-stop"));
        out.printf("indivisible serve: %s%s (scenarios %s, runs %s). Ctrl-C stops it.%n", server.url(),
                token != null ? "?token=<your token>" : "", scenarioDir, outFolder.root);
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
