package org.indivisible.analysis.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.scenario.SearchSpace;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicySearchTest {

    static final Path STUDY = Path.of("..", "scenarios", "default-study.yaml");

    private static SearchSpace small() {
        return SearchSpace.load(STUDY, EmbeddedSnapshot.load()).orElseThrow().with(3, 12, 6, 7);
    }

    private static PolicySearch.Result run(SearchSpace space, Path journal, int threads) throws Exception {
        return PolicySearch.run(space, EmbeddedSnapshot.load(), EmbeddedData.engine(), journal, threads,
                PolicySearch.Progress.NONE);
    }

    /** The same seed gives the same candidates, outcomes and Pareto set on one thread and on two. */
    @Test
    void reproducibleOnAnyThreadCount(@TempDir Path dir) throws Exception {
        PolicySearch.Result one = run(small(), dir.resolve("a.journal"), 1);
        PolicySearch.Result two = run(small(), dir.resolve("b.journal"), 2);
        assertEquals(one.evaluated().size(), two.evaluated().size());
        for (int i = 0; i < one.evaluated().size(); i++) {
            assertArrayEquals(one.evaluated().get(i).levers(), two.evaluated().get(i).levers());
            assertArrayEquals(one.evaluated().get(i).objectives(), two.evaluated().get(i).objectives());
        }
        assertEquals(one.pareto().stream().map(PolicySearch.Candidate::index).toList(),
                two.pareto().stream().map(PolicySearch.Candidate::index).toList());
        assertTrue(one.evaluated().size() >= 12);
        assertEquals(0, one.fromJournal());
        assertEquals(small().study().treatments().size(), one.fixed().size(), "every treatment of the study on the same replications");
    }

    /**
     * A search killed part way (its journal cut after five evaluations and in the middle of the
     * sixth line) resumes to exactly the uninterrupted result, answering the five from the journal.
     */
    @Test
    void resumesAfterAKillToTheSameResult(@TempDir Path dir) throws Exception {
        Path full = dir.resolve("full.journal");
        PolicySearch.Result whole = run(small(), full, 2);
        List<String> lines = Files.readAllLines(full, StandardCharsets.UTF_8);
        Path cut = dir.resolve("cut.journal");
        Files.writeString(cut, String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(6).substring(0, 10),
                StandardCharsets.UTF_8);
        PolicySearch.Result resumed = run(small(), cut, 2);
        assertEquals(5, resumed.fromJournal());
        assertEquals(whole.evaluated().size(), resumed.evaluated().size());
        for (int i = 0; i < whole.evaluated().size(); i++) {
            assertArrayEquals(whole.evaluated().get(i).levers(), resumed.evaluated().get(i).levers());
            assertArrayEquals(whole.evaluated().get(i).objectives(), resumed.evaluated().get(i).objectives());
        }
        assertArrayEquals(whole.hypervolume(), resumed.hypervolume());
        assertEquals(Files.readAllLines(full), Files.readAllLines(cut), "the journal is whole again");
    }

    @Test
    void paretoKeepsTheUndominatedFeasibleCandidates() {
        SearchSpace space = small();
        // Four objectives, senses min, min, max, min (default study's search).
        PolicySearch.Candidate a = new PolicySearch.Candidate(0, 0, new double[0], new double[] {0.2, 0.1, -1, 5}, new double[0], 0);
        PolicySearch.Candidate b = new PolicySearch.Candidate(1, 0, new double[0], new double[] {0.3, 0.1, -1, 5}, new double[0], 0);
        PolicySearch.Candidate c = new PolicySearch.Candidate(2, 0, new double[0], new double[] {0.3, 0.05, -2, 5}, new double[0], 0);
        PolicySearch.Candidate d = new PolicySearch.Candidate(3, 0, new double[0], new double[] {0.1, 0.0, 0, 0}, new double[0], 0.5);
        assertTrue(PolicySearch.dominates(a, b, space));
        assertFalse(PolicySearch.dominates(a, c, space), "c is better on China's risk");
        assertFalse(PolicySearch.dominates(c, a, space), "a is better on Russia's risk and GDP");
        assertEquals(List.of(0, 2), PolicySearch.pareto(List.of(a, b, c, d), space).stream()
                .map(PolicySearch.Candidate::index).toList(), "d is infeasible, b dominated");
    }

    @Test
    void statisticIsTheMeanOrTheBadSidePercentile() {
        double[] v = {4, 1, 3, 2, 5};
        assertEquals(3.0, PolicySearch.statistic(v, SearchSpace.Statistic.MEAN, true), 1e-12);
        // p90 by linear interpolation on 1..5: position 0.9 * 4 = 3.6 -> 4.6; for a maximised metric p10 -> 1.4.
        assertEquals(4.6, PolicySearch.statistic(v, new SearchSpace.Statistic("p90", 90), true), 1e-12);
        assertEquals(1.4, PolicySearch.statistic(v, new SearchSpace.Statistic("p90", 90), false), 1e-12);
    }
}
