package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html after every run, 'indivisible report' for an existing folder, and serve's refusal without a token. */
class ReportAndServeIT {

    @TempDir
    Path out;

    @Test
    void runWritesTheReportAndReportRewritesIt() throws IOException {
        Cli run = Cli.run("run", Cli.ROOT.resolve("scenarios/baseline.yaml").toString(), "-n", "2", "--out", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        Path folder;
        try (Stream<Path> s = Files.list(out)) {
            folder = s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).findFirst().orElseThrow();
        }
        Path report = folder.resolve("report.html");
        assertTrue(Files.size(report) > 1_000_000, "report.html inlines its libraries");
        assertTrue(run.out().contains("Report (opens offline): " + report), run.out());
        Files.delete(report);
        Cli again = Cli.run("report", folder.getFileName().toString(), "--out", out.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.readString(report).contains("\"runId\":\"" + folder.getFileName() + "\""));
        Cli missing = Cli.run("report", "no-such-run", "--out", out.toString());
        assertEquals(ExitCodes.INVALID_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("no run no-such-run"), missing.err());
    }

    @Test
    void serveRefusesAnotherAddressWithoutAToken() {
        Cli serve = Cli.run("serve", "--host", "0.0.0.0", "--scenarios", Cli.ROOT.resolve("scenarios").toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.USAGE, serve.exitCode());
        assertTrue(serve.err().contains("needs a token"), serve.err());
    }
}
