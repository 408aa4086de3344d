package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ValidateCommandIT {

    private static final Pattern LOCATED = Pattern.compile("(?m)^\\S+\\.ya?ml:\\d+:\\d+: ");

    @Test
    void everyBrokenFileGivesLocatedProblemsAndExitCodeOneNeverAStackTrace() throws IOException {
        List<Path> broken;
        try (Stream<Path> files = Files.list(Cli.ROOT.resolve("data/src/test/resources/invalid"))) {
            broken = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(broken.size() >= 20, "the corpus has " + broken.size() + " files");
        for (Path file : broken) {
            Cli result = Cli.run("validate", file.toString());
            assertEquals(ExitCodes.INVALID_INPUT, result.exitCode(), file + ": " + result.err());
            assertTrue(LOCATED.matcher(result.err()).find(), file + " gave no file:line:column problem: " + result.err());
            assertFalse(result.err().contains("Exception"), file + ": " + result.err());
            assertFalse(result.err().contains("\tat "), file + ": " + result.err());
            assertEquals("", result.out(), file + " printed to standard output");
        }
    }

    @Test
    void shippedScenariosAreValid() throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("validate"));
        try (Stream<Path> files = Files.list(Cli.ROOT.resolve("scenarios"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> args.add(p.toString()));
        }
        assertTrue(args.size() >= 8, "scenario library: " + args);
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("default-study.yaml: valid (5 scenarios x 8 treatments, a search over 9 variables)"), result.out());
    }

    @Test
    void dataListsTablesWithStatusCounts() {
        Cli result = Cli.run("data");
        assertEquals(0, result.exitCode(), result.err());
        for (String table : List.of("actors.csv", "gdp.csv", "milex.csv", "treaties.csv", "wiod2011.csv.gz")) {
            assertTrue(result.out().contains(table), table);
        }
        assertTrue(result.out().contains("assumption"));
        assertTrue(Cli.run("data", "--sources").out().contains("SIPRI Military Expenditure Database"));
        assertTrue(Cli.run("data", "actors").out().contains("PRK"));
    }

    @Test
    void helpTeachesTheCommands() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("indivisible run"));
        assertTrue(help.out().contains("Exit codes"));
        assertTrue(Cli.run("run", "--help").out().contains("--replications"));
    }
}
