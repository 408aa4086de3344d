package org.indivisible.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.store.ResultsStore;
import org.indivisible.web.server.WebServer;

/** Small real runs for the web tests: the shipped baseline under P0 and P1, a few replications. */
public final class WebFixtures {

    public static final Path SCENARIOS = Path.of("../scenarios");

    private WebFixtures() {
    }

    /** Runs baseline x {P0, P1} of the default study with the given replications and seed into outRoot. */
    public static StudyRun.Result baselineRun(Path outRoot, int replications, long seed) throws IOException, InterruptedException {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(SCENARIOS.resolve("default-study.yaml"), snapshot).orElseThrow();
        Study small = WebServer.subset(study, List.of("baseline"), List.of("P0", "P1"));
        return StudyRun.run(small, snapshot, new StudyRun.Options(replications, seed, 2, false, outRoot),
                ProgressListener.NONE, "test", List.of(new ResultsStore()));
    }
}
