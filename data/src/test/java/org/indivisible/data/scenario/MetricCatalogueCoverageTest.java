package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.metric.Metric;
import org.junit.jupiter.api.Test;

/**
 * Every metric id the default study's cells record (two replications each, the shipped data) is
 * a family of the catalogue: an observer that writes an id the catalogue does not know fails
 * here, before a report or brief silently loses it.
 */
class MetricCatalogueCoverageTest {

    @Test
    void everyRecordedIdIsInTheCatalogue() {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(Path.of("..", "scenarios", "default-study.yaml").toAbsolutePath().normalize(),
                snapshot).orElseThrow();
        Set<String> unknown = new TreeSet<>();
        Set<Metric> seen = EnumSet.noneOf(Metric.class);
        for (Cell cell : study.cells()) {
            var prepared = EmbeddedData.engine().prepare(ScenarioCompiler.compile(cell, snapshot));
            for (int r = 0; r < 2; r++) {
                for (String id : prepared.run(new RunSettings(study.seed(), true, false), r).metrics().keySet()) {
                    Metric.of(id).ifPresentOrElse(m -> seen.add(m.family()), () -> unknown.add(id));
                }
            }
        }
        assertTrue(unknown.isEmpty(), "ids no catalogue family matches (org.indivisible.model.metric.Metric): " + unknown);
        // The study exercises most families; a drop here means an observer stopped writing one.
        assertTrue(seen.size() > Metric.values().length / 2, "only " + seen.size() + " families seen: " + seen);
    }
}
