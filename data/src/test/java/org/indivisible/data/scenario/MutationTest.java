package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing: random edits and truncations of valid files give either a result or located
 * problems, never an exception, a hang or a blank report.
 */
class MutationTest {

    private static final Path DIR = tempCopyOfTheLibrary();
    private static final String SYMBOLS = " \t\n:-[]{},&*!|>'\"#%@`?0123456789.eE+_\\";

    @Property(tries = 300)
    void mutatedScenarioGivesResultOrProblems(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits)
            throws IOException {
        check("taiwan-invasion.yaml", seed, edits);
    }

    @Property(tries = 200)
    void mutatedStudyGivesResultOrProblems(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits)
            throws IOException {
        check("default-study.yaml", seed, edits);
    }

    private static void check(String name, long seed, int edits) throws IOException {
        byte[] original = Files.readAllBytes(ShippedScenariosTest.SCENARIOS.resolve(name));
        byte[] mutated = mutate(original, new Random(seed), edits);
        Path file = DIR.resolve("mutated-" + name);
        Files.write(file, mutated);
        Checked<Study> result = ScenarioFiles.loadStudy(file, FakeSnapshot.INSTANCE);
        assertEquals(result.ok(), result.problems().isEmpty());
        for (Problem p : result.problems()) {
            assertTrue(p.line() >= 1 && p.column() >= 1, p.toString());
            assertTrue(!p.message().isBlank(), p.toString());
        }
    }

    static byte[] mutate(byte[] bytes, Random random, int edits) {
        List<Byte> out = new ArrayList<>();
        for (byte b : bytes) {
            out.add(b);
        }
        for (int i = 0; i < edits && !out.isEmpty(); i++) {
            int at = random.nextInt(out.size());
            switch (random.nextInt(7)) {
                case 0 -> out.subList(at, out.size()).clear(); // truncate
                case 1 -> out.remove(at);
                case 2 -> out.add(at, (byte) SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
                case 3 -> out.set(at, (byte) SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
                case 4 -> out.set(at, (byte) random.nextInt(256)); // any byte, invalid UTF-8 included
                case 5 -> { // duplicate a stretch, e.g. a line or a key
                    int end = Math.min(out.size(), at + 1 + random.nextInt(80));
                    out.addAll(at, new ArrayList<>(out.subList(at, end)));
                }
                default -> { // change a digit, the likeliest edit of a number
                    if (Character.isDigit(out.get(at))) {
                        out.set(at, (byte) ('0' + random.nextInt(10)));
                    }
                }
            }
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static Path tempCopyOfTheLibrary() {
        try {
            Path dir = Files.createTempDirectory("indivisible-mutation");
            dir.toFile().deleteOnExit();
            for (String name : Arrays.asList("baseline.yaml", "taiwan-invasion.yaml", "taiwan-blockade.yaml",
                    "korea-war.yaml", "dual-contingency.yaml")) {
                Files.writeString(dir.resolve(name), Files.readString(ShippedScenariosTest.SCENARIOS.resolve(name),
                        StandardCharsets.UTF_8));
                dir.resolve(name).toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
