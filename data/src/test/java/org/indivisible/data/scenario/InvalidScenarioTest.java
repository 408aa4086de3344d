package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken files in {@code src/test/resources/invalid/}: each must give exactly the
 * problems listed here, each at the line and column written, and never an exception. The
 * expected positions were checked by hand against the files.
 */
class InvalidScenarioTest {

    static final Path FOLDER = Path.of("src/test/resources/invalid");

    /** File -> the problems it must give, in order, as "line:column: path: start of the message". */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        expect("syntax-error.yaml",
                "5:10: YAML syntax: while parsing a flow sequence: expected ',' or ']', but got : (the construct began at line 4, column 19)");
        expect("wrong-types.yaml",
                "2:8: years: expected a whole number from 1 to 50, got the text \"eleven\"",
                "3:11: stepDays: expected a whole number from 1 to 366, got 7.5",
                "4:8: start: expected a date written year-month-day like 2027-08-02, got the text \"January 2026\"",
                "5:11: theaters: expected a list like [{id: taiwan");
        expect("unknown-actor.yaml",
                "4:25: theaters[0].participants[1]: unknown actor `TWM` (did you mean TWN?)");
        expect("unknown-field.yaml",
                "2:1: stepdays: unknown field `stepdays` (did you mean stepDays?); valid here: id, name,",
                "6:5: theaters[0].stat: unknown field `stat` (did you mean state?); valid here: id, name, participants, state");
        expect("negative-quantities.yaml",
                "2:8: years: must be a whole number from 1 to 50, got -3");
        expect("negative-duration.yaml",
                "8:20: events[0].durationWeeks: a value in weeks must be between 0 and 520, got -5",
                "11:20: spending[0].pctGdp.2026: a percent of GDP must be between 0 and 100, got -2.0");
        expect("probability-above-one.yaml",
                "8:18: events[0].probability: a probability must be between 0 and 1, got 1.5",
                "13:18: events[1].probability: a probability must be between 0 and 1, got 50; a probability, not a percent? write 0.5 for 50%");
        expect("date-outside-horizon.yaml",
                "8:9: events[0].at: 2040-01-01 is outside the horizon 2026-01-05 to 2031-01-05",
                "12:20: events[1].window.from: 2025-06-01 is outside the horizon 2026-01-05 to 2031-01-05");
        expect("window-reversed.yaml",
                "7:20: events[0].window.from: the window starts on 2030-12-31, after it ends on 2027-01-01");
        expect("duplicate-ids.yaml",
                "5:9: theaters[1].id: duplicate theater id `taiwan` (first at line 3)",
                "12:9: events[1].id: duplicate event id `invasion` (first at line 8)");
        expect("duplicate-key.yaml",
                "3:1: duplicate key `years` (first given at line 2)");
        expect("study-unknown-override.yaml",
                "9:11: treatments[1].overrides.policies.p1.floorPctGDP: unknown field `floorPctGDP` (did you mean floorPctGdp?)",
                "9:11: treatments[1].overrides.policies.p1.floorPctGdp: missing required field `floorPctGdp`",
                "10:7: treatments[1].overrides.budgets: unknown field `budgets`; valid here: id,");
        expect("study-duplicate-treatments.yaml",
                "2:28: scenarios[1]: scenario id `base` is already used by the scenario at line 2",
                "3:15: replications: must be a whole number from 1 to 1000000, got 0",
                "6:9: treatments[1].id: duplicate treatment id `P0` (first at line 5)");
        expect("study-missing-scenario.yaml",
                "3:5: scenarios[0]: no such file `lib/bsae.yaml`");
        expect("study-no-treatments.yaml",
                "2:12: scenarios: needs at least one scenario file",
                "3:13: treatments: needs at least one treatment");
        expect("empty.yaml",
                "1:1: the file is empty: it needs at least an `id:` (a scenario) or a `study:` (a study)");
        expect("binary.yaml",
                "3:1: this is a binary file, not YAML text (a zero byte at offset 8)");
        expect("non-utf8.yaml",
                "2:9: the file is not valid UTF-8 (byte 0xE9 at offset 21); save it as UTF-8");
        expect("nan.yaml",
                "8:18: events[0].probability: expected a probability (a finite number), got .nan; .nan and .inf are not allowed",
                "11:20: spending[0].pctGdp.2026: expected a percent of GDP (a finite number), got .inf");
        expect("alias-bomb.yaml",
                "8:23: more than 50 aliases (*name); this looks like an alias bomb");
        expect("deep-nesting.yaml",
                "2:48: lists and maps are nested more than 40 levels deep");
        expect("extends-escape.yaml",
                "2:10: extends: `../../../../../../etc/passwd` points outside the folder of");
        expect("extends-cycle-a.yaml",
                "extends-cycle-b.yaml:2:10: extends: extends cycle: " + FOLDER.resolve("extends-cycle-a.yaml") + " -> "
                        + FOLDER.resolve("extends-cycle-b.yaml") + " -> " + FOLDER.resolve("extends-cycle-a.yaml"));
        expect("extends-cycle-b.yaml",
                "extends-cycle-a.yaml:2:10: extends: extends cycle: " + FOLDER.resolve("extends-cycle-b.yaml"));
        expect("unknown-theater.yaml",
                "5:14: events[0].theater: unknown theater `taiwn` (did you mean taiwan?); this scenario's theaters are taiwan, korea");
        expect("percent-fraction.yaml",
                "4:20: spending[0].pctGdp.2026: 0.02 percent of GDP is below 1: percent, not a fraction? write 2 for 2%");
        expect("missing-id.yaml",
                "1:1: id: missing required field `id` (the scenario's id, e.g. taiwan-invasion)",
                "4:5: events[0].id: missing required field `id`");
        expect("unknown-parameter.yaml",
                "3:3: parameters.economy.trendGrowthPct.CNH: unknown parameter `economy.trendGrowthPct.CNH` (did you mean economy.trendGrowthPct.CHN?)",
                "4:31: parameters.economy.trendGrowthPct.USA: need low <= value <= high, got low 2.5, value 2, high 3");
        expect("at-and-window.yaml",
                "8:13: events[0].window: give either `at` (a fixed date) or `window` (a range), not both",
                "9:5: events[1]: missing its date: give `at: 2027-08-02` or `window:",
                "11:12: events[1].state: `blokade` is not one of peace, crisis, war, ceasefire");
        expect("unknown-group.yaml",
                "3:10: spending[0].who: unknown actor or group `NATO_EUROP` (did you mean NATO_EUROPE?)",
                "7:12: policies.p1.group: unknown group `NATO_EUROPA` (did you mean NATO_EUROPE?)",
                "11:20: policies.p2.standards[0].munition: unknown munition `shel155` (did you mean shell155?)",
                "13:129: policies.p2.coProduction[0].shares.KOR: a share is between 0 and 1, got 50: percent, not a share? write 0.5 for 50%",
                "13:138: policies.p2.coProduction[0].shares.DEU: a share is between 0 and 1",
                "14:26: policies.p3.coalition[1]: unknown `G7`; valid: EU27, IP4, NATO");
        expect("bad-decisions.yaml",
                "8:17: decisions.pairs.CHN.taiwan: forbid, but an event schedules CHN in taiwan: drop the event or the forbid",
                "9:5: decisions.pairs.RUS.nato_europa: unknown pair `RUS.nato_europa` (did you mean RUS.nato_europe?)",
                "10:16: decisions.pairs.PRK.korea: `maybe` is not one of decide, schedule, forbid");
        expect("not-a-map.yaml",
                "1:1: a scenario or study file is a map of fields such as `id: baseline`, but this file holds a list");
        expect("aggressor-not-participant.yaml",
                "7:16: events[0].aggressor: `CHN` does not take part in theater korea (participants: PRK, KOR); add it");
        // The theater is the third of the merged scenario but the second as written: problems name it as written.
        expect("extends-item-error.yaml",
                "7:30: theaters[1].participants[2]: unknown actor `XXX`");
        // Within one file a repeated id is a duplicate, even in a file that extends another.
        expect("extends-duplicate-event.yaml",
                "8:9: events[1].id: duplicate event id `attack` (first at line 4)");
        expect("wrong-year.yaml",
                "4:14: spending[0].pctGdp.twenty-thirty: `twenty-thirty` is not a year",
                "4:40: spending[0].pctGdp.2030: expected a percent of GDP (a number), got the text \"3.0\"");
    }

    private static void expect(String file, String... problems) {
        EXPECTED.put(file, List.of(problems));
    }

    static Stream<Arguments> corpus() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givesExactlyTheExpectedProblems(String file, List<String> expected) {
        Checked<Study> result;
        try {
            result = ScenarioFiles.loadStudy(FOLDER.resolve(file), FakeSnapshot.INSTANCE);
        } catch (Throwable t) {
            throw new AssertionError(file + " let an exception escape", t);
        }
        assertFalse(result.ok(), file + " must not load");
        List<String> actual = result.problems().stream().map(Problem::toString).toList();
        assertEquals(expected.size(), actual.size(), () -> file + " gave:\n" + String.join("\n", actual));
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            String prefix = want.contains(".yaml:") ? "" : FOLDER.resolve(file) + ":";
            if (!got.startsWith(prefix + want) && !got.contains("/" + want)) {
                fail(file + " problem " + i + "\n  expected: " + prefix + want + "...\n  actual:   " + got);
            }
        }
    }

    @Test
    void scenarioLoadingAlsoReportsWithoutThrowing() {
        for (String file : EXPECTED.keySet()) {
            if (!file.startsWith("study-")) {
                Checked<Scenario> result = ScenarioFiles.loadScenario(FOLDER.resolve(file), FakeSnapshot.INSTANCE);
                assertFalse(result.ok(), file);
                assertFalse(result.report().isBlank(), file);
            }
        }
    }

    @Test
    void everyFileOfTheCorpusHasExpectations() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(EXPECTED.keySet()), files);
        assertTrue(files.size() >= 22, "at least 22 broken files");
    }

    @Test
    void binaryFileReallyIsBinary() throws IOException {
        byte[] bytes = Files.readAllBytes(FOLDER.resolve("binary.yaml"));
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }
}
