package org.indivisible.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apache.spark.SparkException;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.ensemble.ReplicationFailure;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.analysis.run.StudyRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replication that broke on an executor is reported as the local runner reports it. */
class SparkFailureTest {

    @TempDir
    java.nio.file.Path folder;

    @Test
    void theBrokenReplicationIsNamedFromSparksCauseChain() throws Exception {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        List<Cell> cells = StudyRun.cells(ScenarioFiles.loadStudy(SharedSpark.lightStudy(folder, 1, 1), snapshot)
                .orElseThrow(), snapshot);
        IllegalStateException broken = new IllegalStateException("invariant stock_non_negative broke at step 12");
        // As Spark delivers it: the job failure, the write failure, then the task's own exception.
        Throwable fromSpark = new SparkException("Job aborted due to stage failure",
                new SparkException("[TASK_WRITE_FAILED] Task failed while writing rows",
                        new SliceRunner.RemoteReplicationFailure(3, 7, broken)));
        RuntimeException reported = SparkEnsemble.failure(fromSpark, cells);
        assertInstanceOf(ReplicationFailure.class, reported);
        assertEquals("scenario korea-war, treatment P1, replication 7: invariant stock_non_negative broke at step 12",
                reported.getMessage());
        assertSame(broken, reported.getCause());
        RuntimeException other = new IllegalStateException("no executors");
        assertSame(other, SparkEnsemble.failure(other, cells));
    }
}
