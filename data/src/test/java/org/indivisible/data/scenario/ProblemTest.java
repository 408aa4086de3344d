package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsTheOneLineForm() {
        assertEquals("a.yaml:3:7: events[1].window.from: bad", new Problem("a.yaml", 3, 7, "events[1].window.from",
                "bad").toString());
        assertEquals("a.yaml:1:1: empty", new Problem("a.yaml", 1, 1, "", "empty").toString());
    }

    @Test
    void checkedHoldsAValueOrProblems() {
        Checked<String> failed = Checked.failed(List.of(new Problem("a.yaml", 1, 2, "id", "missing")));
        assertFalse(failed.ok());
        ScenarioException e = assertThrows(ScenarioException.class, failed::orElseThrow);
        assertEquals("a.yaml:1:2: id: missing", e.getMessage());
        assertEquals(1, e.problems().size());
        assertTrue(Checked.of("x").ok());
        assertThrows(IllegalArgumentException.class, () -> Checked.failed(List.of()));
    }

    @Test
    void hashIsSha256OfTheBytes() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                YamlSource.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void didYouMeanOffersOnlyCloseNames() {
        assertEquals("CHN", DidYouMean.closest("CNH", List.of("CHN", "USA")).orElseThrow());
        assertEquals("stepDays", DidYouMean.closest("stepdays", List.of("years", "stepDays")).orElseThrow());
        assertTrue(DidYouMean.closest("zzzzzz", List.of("CHN", "USA")).isEmpty());
    }

    @Test
    void utf8BomAndSixteenBitFilesAreHandled() {
        byte[] bom = "\uFEFFid: x\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(YamlSource.parse(bom, "bom.yaml").problems().isEmpty());
        byte[] utf16 = "id: x\n".getBytes(StandardCharsets.UTF_16);
        assertEquals("utf16.yaml:1:1: the file is UTF-16; save it as UTF-8",
                YamlSource.parse(utf16, "utf16.yaml").problems().get(0).toString());
    }

    @Test
    void yamlIntegersReadAsYaml12Says() {
        Problems problems = new Problems();
        ValueReader read = new ValueReader(problems);
        Location at = Location.start("n.yaml");
        java.util.function.Function<String, Long> whole = text -> read.wholeNumber(
                new Tree.Scalar(text, Tree.Scalar.Kind.INTEGER, at), "n", 0, 1000).orElse(-1L);
        assertEquals(10L, whole.apply("010"));
        assertEquals(15L, whole.apply("0o17"));
        assertEquals(31L, whole.apply("0x1F"));
        assertEquals(0L, whole.apply("0"));
        assertEquals(200L, whole.apply("+200"));
        assertEquals(31.0, read.number(new Tree.Scalar("0x1F", Tree.Scalar.Kind.INTEGER, at), "n", 0, 100, "x")
                .orElseThrow());
        assertTrue(problems.isEmpty(), problems.list().toString());
    }

    @Test
    void recursiveAliasesAreRefused() {
        byte[] text = "id: x\na: &a [1, *a]\n".getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = YamlSource.parse(text, "r.yaml").problems();
        assertEquals(1, problems.size(), problems.toString());
    }
}
