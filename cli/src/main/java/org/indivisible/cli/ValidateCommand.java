package org.indivisible.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.Checked;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code indivisible validate}: every problem in scenario and study files, at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Checks scenario and study files against the format (scenarios/reference.yaml documents it)",
            "and the embedded data (known actors, groups, theaters), and prints every problem at once as",
            "  file:line:column: field.path: what is wrong (got ...; valid: ...)",
            "Exits 0 when every file is valid, 1 when any is not.",
        },
        footer = ExitCodes.HELP_TEXT)
final class ValidateCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or study YAML files.")
    List<Path> files;

    @Override
    Integer run(PrintWriter out, PrintWriter err) {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        int invalid = 0;
        for (Path file : files) {
            String fileProblem = InputFiles.problem(file, "a study or scenario file");
            if (fileProblem != null) {
                err.println(fileProblem);
                invalid++;
                continue;
            }
            Checked<Study> result = ScenarioFiles.loadStudy(file, snapshot);
            if (result.ok()) {
                Study study = result.orElseThrow();
                try {
                    // Compiling joins the scenario with the data: the model's own checks run here.
                    StudyRun.cells(study, snapshot);
                } catch (IllegalArgumentException e) {
                    err.printf("%s: %s%n", file, e.getMessage());
                    invalid++;
                    continue;
                }
                String search = "";
                if (hasSearch(file)) {
                    Checked<org.indivisible.data.scenario.SearchSpace> space =
                            org.indivisible.data.scenario.SearchSpace.load(file, snapshot);
                    if (!space.ok()) {
                        err.println(space.report());
                        err.printf("%s: %d problem%s in its search section%n", file, space.problems().size(),
                                space.problems().size() == 1 ? "" : "s");
                        invalid++;
                        continue;
                    }
                    search = ", a search over " + space.orElseThrow().variables().size() + " variables";
                }
                out.printf("%s: valid (%d scenario%s x %d treatment%s%s)%n", file, study.scenarioIds().size(),
                        study.scenarioIds().size() == 1 ? "" : "s", study.treatments().size(),
                        study.treatments().size() == 1 ? "" : "s", search);
            } else {
                err.println(result.report());
                err.printf("%s: %d problem%s%n", file, result.problems().size(), result.problems().size() == 1 ? "" : "s");
                invalid++;
            }
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** Whether a study file has a top-level {@code search:} key (checked then as {@code search} checks it). */
    private static boolean hasSearch(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("search:"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
