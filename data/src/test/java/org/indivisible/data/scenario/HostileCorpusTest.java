package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile files in {@code src/test/resources/hostile/} (alias bombs, deep nesting,
 * huge and non-finite numbers, odd Unicode and encodings, paths leaving the folder, truncated,
 * empty and long files): each is loaded from a scenario folder that has a readable scenario just
 * outside it, and must give the result or the located problem that
 * {@code src/test/resources/hostile-expected.txt} gives for it, quickly, and never read the
 * outside file. The expected text was checked by hand against each file.
 */
class HostileCorpusTest {

    static final Path FOLDER = Path.of("src/test/resources/hostile");
    private static final Duration HANG = Duration.ofSeconds(30);

    /**
     * File -> "line:column: start of the first problem", or "ok" for a file that loads: the table in
     * {@code src/test/resources/hostile-expected.txt}, in its order.
     */
    static final Map<String, String> EXPECTED = expected(Path.of("src/test/resources/hostile-expected.txt"));

    private static Map<String, String> expected(Path table) {
        Map<String, String> expected = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(table)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int bar = line.indexOf(" | ");
                    expected.put(line.substring(0, bar), line.substring(bar + 3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    static Stream<String> files() {
        return EXPECTED.keySet().stream();
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> s = Files.list(FOLDER)) {
            s.forEach(p -> onDisk.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(EXPECTED.keySet()), onDisk);
    }

    @ParameterizedTest
    @MethodSource("files")
    void givesAResultOrItsLocatedProblem(String name, @TempDir Path work) throws IOException {
        Path folder = Files.createDirectories(work.resolve("scenarios"));
        Files.writeString(work.resolve("outside.yaml"), "id: outside\n");
        Path file = Files.copy(FOLDER.resolve(name), folder.resolve(name));
        Checked<Study> result = assertTimeoutPreemptively(HANG, () -> ScenarioFiles.loadStudy(file,
                FakeSnapshot.INSTANCE));
        String expected = EXPECTED.get(name);
        if (expected.equals("ok")) {
            assertTrue(result.ok(), result.report());
            assertEquals(Set.of(name), result.value().get().sourceHashes().keySet());
            return;
        }
        assertFalse(result.ok());
        Problem first = result.problems().get(0);
        String line = first.line() + ":" + first.column() + ": " + (first.path().isEmpty() ? "" : first.path() + ": ")
                + first.message();
        assertTrue(line.startsWith(expected), "expected " + expected + "\n     got " + line);
        for (Problem p : result.problems()) {
            assertTrue(p.file().endsWith(name) && p.line() >= 1 && p.column() >= 1, p.toString());
            assertTrue(p.toString().length() < 1_000, p.toString());
        }
        assertTrue(result.problems().stream().noneMatch(p -> p.file().endsWith(java.io.File.separator + "outside.yaml")), result.report());
    }

    @Test
    void aLinkLeadingOutsideTheFolderIsRefused(@TempDir Path work) throws IOException {
        Path folder = Files.createDirectories(work.resolve("scenarios"));
        Path outside = Files.writeString(work.resolve("outside.yaml"), "id: outside\n");
        Files.createSymbolicLink(folder.resolve("base.yaml"), outside);
        Path file = Files.writeString(folder.resolve("s.yaml"), "id: s\nextends: base.yaml\n");
        List<Problem> problems = ScenarioFiles.loadStudy(file, FakeSnapshot.INSTANCE).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertEquals(10, problems.get(0).column());
        assertTrue(problems.get(0).message().startsWith("`base.yaml` is a link that leads outside the folder of"),
                problems.toString());
    }

    @Test
    void aValueEchoedInAProblemIsCutAndItsInvisibleCharactersShown(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("long.yaml"), "id: x\ntheaters:\n  - {id: \"" + "a\u202E".repeat(5_000)
                + "\", participants: [CHN, TWN]}\n");
        List<Problem> problems = ScenarioFiles.loadStudy(file, FakeSnapshot.INSTANCE).problems();
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).message();
        assertTrue(message.startsWith("`a\\u202Ea\\u202E"), message);
        assertTrue(message.contains(" ... (10002 characters) is not a valid id"), message);
        assertTrue(message.length() < 400, message);
    }
}
