package org.indivisible.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.web.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indivisible report}: (re)writes report.html in existing run folders. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Writes report.html into run folders: one self-contained file (charts, map, comparison, provenance,",
            "manifest) that opens in a browser with no network. 'indivisible run' writes it already; this",
            "regenerates it, e.g. for runs made before the report existed.",
            "",
            "Example:  indivisible report 20261128-015206-default-study",
        },
        footer = ExitCodes.HELP_TEXT)
final class ReportCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run folders or run ids under --out.")
    List<String> runs;

    @Mixin
    OutFolder outFolder = new OutFolder();

    @Override
    Integer run(PrintWriter out, PrintWriter err) {
        ReportWriter reports = new ReportWriter(EmbeddedSnapshot.load());
        int failed = 0;
        for (String run : runs) {
            Path folder = RunFolders.resolve(run, outFolder.root);
            if (folder == null) {
                err.printf("indivisible report: no run %s (neither a folder with manifest.json nor a run id under %s)%n", run, outFolder.root);
                failed++;
                continue;
            }
            try {
                out.println(reports.write(folder));
            } catch (IOException e) {
                err.printf("indivisible report: %s: %s%n", folder, Failures.describe(e));
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
