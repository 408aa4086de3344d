package org.indivisible.spark;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.analysis.sensitivity.ParameterSensitivity;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Sobol design's points on Spark give the local evaluator's means, hence the same indices. */
class SparkPointsTest {

    @TempDir
    Path folder;

    @Test
    void sobolOnSparkEqualsSobolLocally() throws Exception {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(SharedSpark.lightStudy(folder, 1, 11), snapshot).orElseThrow();
        List<Cell> cells = StudyRun.cells(study, snapshot);
        int korea = 2; // korea-war under P0: the GDP loss varies with the draws
        assertEquals("korea-war/P0", cells.get(korea).scenarioId() + "/" + cells.get(korea).treatmentId());
        List<String> two = ParameterSensitivity.parameters(cells.get(korea).configuration(), List.of()).stream()
                .map(UncertainParameter::id).limit(2).toList();
        ParameterSensitivity.Spec spec = new ParameterSensitivity.Spec(cells.get(korea).configuration(), two,
                "gdp_change_pct_y1.WORLD", ParameterSensitivity.Method.SOBOL, 3, 1, 11, 2, true);
        ParameterSensitivity.Result local = ParameterSensitivity.run(spec, EmbeddedData.engine(), ProgressListener.NONE);
        ParameterSensitivity.Result spark;
        try (SparkEnsemble engine = new SparkEnsemble(SharedSpark.session(), false, 5, false)) {
            spark = ParameterSensitivity.run(spec, ProgressListener.NONE, engine.points(study, cells, korea));
        }
        assertEquals(3 * (2 + 2), local.y().length);
        assertTrue(java.util.Arrays.stream(local.y()).distinct().count() > 1, "the points differ: " + java.util.Arrays.toString(local.y()));
        assertArrayEquals(local.y(), spark.y());
        for (int i = 0; i < 2; i++) {
            assertEquals(local.sobol()[i].first(), spark.sobol()[i].first());
            assertEquals(local.sobol()[i].total(), spark.sobol()[i].total());
            assertEquals(local.sobol()[i].totalHigh(), spark.sobol()[i].totalHigh());
        }
    }
}
