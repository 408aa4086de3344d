package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * outside it, and must give a result or the located problem written here, quickly, and never
 * read the outside file. The expected text was checked by hand against each file.
 */
class HostileCorpusTest {

    static final Path FOLDER = Path.of("src/test/resources/hostile");
    private static final Duration HANG = Duration.ofSeconds(30);

    /** File -> "line:column: start of the first problem", or "ok" for a file that loads. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("billion-laughs.yaml", "8:23: more than 50 aliases (*name); this looks like an alias bomb");
        EXPECTED.put("recursive-alias.yaml", "2:11: the document expands to more than 200000 values or 40 levels");
        EXPECTED.put("deep-flow-nesting.yaml", "2:50: lists and maps are nested more than 40 levels deep");
        EXPECTED.put("deep-block-nesting.yaml", "42:81: lists and maps are nested more than 40 levels deep");
        EXPECTED.put("huge-numbers.yaml", "2:8: years: expected a whole number from 1 to 50, got 99999999999999999999999999");
        EXPECTED.put("non-finite.yaml", "5:71: events[0].probability: expected a probability (a finite number), got .nan; "
                + ".nan and .inf are not allowed");
        EXPECTED.put("dates-invalid.yaml", "2:8: start: expected a date written year-month-day like 2027-08-02, got the "
                + "text \"2027-02-30\"");
        EXPECTED.put("date-huge-year.yaml", "2:8: start: expected a date written year-month-day like 2027-08-02, got "
                + "the text \"+999999999-01-01\"");
        EXPECTED.put("bad-escape.yaml", "3:5: YAML syntax: a broken escape in a double-quoted string after this point: "
                + "\\x, \\u and \\U need 2, 4 and 8 hex digits");
        EXPECTED.put("bom.yaml", "ok");
        EXPECTED.put("emoji-at-buffer-end.yaml", "ok"); // crashed snakeyaml-engine before the fix
        EXPECTED.put("crlf-and-cr.yaml", "ok");
        EXPECTED.put("rtl-override.yaml", "3:10: theaters[0].id: `\\u202Etaiwan` is not a valid id");
        EXPECTED.put("lone-surrogate-escape.yaml", "4:10: theaters[0].id: `taiwan\\uDFFF` is not a valid id");
        EXPECTED.put("nul-byte.yaml", "2:8: this is a binary file, not YAML text (a zero byte at offset 15)");
        EXPECTED.put("lone-surrogate-bytes.yaml", "2:7: the file is not valid UTF-8 (byte 0xED at offset 20)");
        EXPECTED.put("overlong-utf8.yaml", "2:7: the file is not valid UTF-8 (byte 0xC0 at offset 19)");
        EXPECTED.put("latin1.yaml", "2:8: the file is not valid UTF-8 (byte 0xE9 at offset 17)");
        EXPECTED.put("utf16.yaml", "1:1: the file is UTF-16; save it as UTF-8");
        EXPECTED.put("extends-outside-parent.yaml", "2:10: extends: `../outside.yaml` points outside the folder of");
        EXPECTED.put("extends-absolute.yaml", "2:10: extends: `/etc/passwd` points outside the folder of");
        EXPECTED.put("extends-folder.yaml", "2:10: extends: `.` points outside the folder of");
        EXPECTED.put("extends-nul.yaml", "2:10: extends: `base\\u0000.yaml` is not a valid file path");
        EXPECTED.put("study-outside.yaml", "2:13: scenarios[0]: `../outside.yaml` points outside the folder of");
        EXPECTED.put("truncated-flow.yaml", "3:40: YAML syntax: while parsing a flow sequence: expected ',' or ']', but "
                + "got <stream end>");
        EXPECTED.put("truncated-block.yaml", "5:26: YAML syntax: while parsing a flow mapping: expected ',' or '}', but "
                + "got <stream end>");
        EXPECTED.put("empty.yaml", "1:1: the file is empty");
        EXPECTED.put("only-comment.yaml", "1:1: the file is empty");
        EXPECTED.put("only-document-marker.yaml", "1:1: the file is empty");
        EXPECTED.put("only-whitespace.yaml", "2:1: YAML syntax: while scanning for the next token");
        EXPECTED.put("two-documents.yaml", "2:1: YAML syntax: expected a single document in the stream");
        EXPECTED.put("java-tags.yaml", "2:7: name: expected text, got a list");
        EXPECTED.put("binary-tag.yaml", "ok");
        EXPECTED.put("complex-key.yaml", "1:3: a key must be a plain name, not a list");
        EXPECTED.put("merge-key.yaml", "2:1: base: unknown field `base`");
        EXPECTED.put("long-key.yaml", "2:5001: YAML syntax: while scanning a simple key: could not find expected ':'");
        EXPECTED.put("long-line.yaml", "ok");
        EXPECTED.put("many-keys.yaml", "ok");
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
