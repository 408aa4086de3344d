package org.indivisible.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.indivisible.analysis.search.PolicySearch;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.scenario.SearchSpace;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default study's search on Spark (local[2], five slices a candidate) proposes the same
 * candidates, with the same outcomes, Pareto set and hypervolume, as on one local thread: the
 * executors rebuild each candidate's cell from its lever values and run the same replications.
 */
class SparkSearchTest {

    @Test
    void aSearchOnSparkIsTheLocalSearch(@TempDir Path dir) throws Exception {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        SearchSpace space = SearchSpace.load(SharedSpark.root().resolve("scenarios/default-study.yaml"), snapshot)
                .orElseThrow().with(3, 12, 6, 7);
        PolicySearch.Result local = PolicySearch.run(space, snapshot, EmbeddedData.engine(), dir.resolve("local.journal"),
                1, PolicySearch.Progress.NONE);
        PolicySearch.Result spark;
        try (SparkEnsemble engine = new SparkEnsemble(SharedSpark.session(), false, 5, false)) {
            spark = PolicySearch.run(space, engine.searchReplications(space), dir.resolve("spark.journal"),
                    PolicySearch.Progress.NONE);
        }
        assertTrue(local.evaluated().size() >= 12);
        assertEquals(local.evaluated().size(), spark.evaluated().size());
        for (int i = 0; i < local.evaluated().size(); i++) {
            assertArrayEquals(local.evaluated().get(i).levers(), spark.evaluated().get(i).levers());
            assertArrayEquals(local.evaluated().get(i).objectives(), spark.evaluated().get(i).objectives());
        }
        assertEquals(local.pareto().stream().map(PolicySearch.Candidate::index).toList(),
                spark.pareto().stream().map(PolicySearch.Candidate::index).toList());
        assertArrayEquals(local.hypervolume(), spark.hypervolume());
        for (int i = 0; i < local.fixed().size(); i++) {
            assertArrayEquals(local.fixed().get(i).objectives(), spark.fixed().get(i).objectives(), local.fixedIds().get(i));
        }
    }
}
