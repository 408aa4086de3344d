package org.indivisible.cli;

import static org.indivisible.cli.RunOutputs.journalled;
import static org.indivisible.cli.RunOutputs.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One writer per run (issue 22): a {@code --resume} beside the live run, and a second resume
 * beside a first, are refused with "in use by process N" (N the live writer), and the finished
 * store holds every replication exactly once. Before the lock, both appended to the journal and
 * the store held replications twice.
 */
class TwoWritersIT extends LightJarRuns {

    @Test
    void aSecondWriterIsRefusedAndTheStoreHoldsEachReplicationOnce() throws Exception {
        Path runs = out.resolve("runs");

        // 1. A resume beside the live run.
        Process live = startedUntilJournalled(32, "live", runs, 1, "-q");
        refusedBy(live, runs, "beside");
        live.destroyForcibly(); // leave a partial folder for the resumes below
        assertTrue(live.waitFor(60, TimeUnit.SECONDS));

        // 2. Two resumes of that partial run: the second is refused while the first writes.
        Process first = startedUntilJournalled(journalled(runs) + 32, "first", runs, 1, "--resume", "-q");
        refusedBy(first, runs, "second");
        assertEquals(0, first.waitFor(), err("first"));

        List<String> folders = names(runs);
        assertEquals(1, folders.size(), folders.toString());
        Path folder = runs.resolve(folders.get(0));
        assertEquals(List.of("manifest.json", "metrics.parquet", "policy.json", "report.html", "results.duckdb", "series.parquet",
                "summary.json"),
                names(folder), "finished, no lock file left");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("results.duckdb"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(DISTINCT replication), count(*), count(DISTINCT (replication, metric)), "
                     + "min(replication), max(replication) FROM metrics")) {
            r.next();
            assertEquals(replications(), r.getLong(1), "replications in the store");
            assertEquals(r.getLong(3), r.getLong(2), "every (replication, metric) row exactly once");
            assertEquals(0, r.getLong(4));
            assertEquals(replications() - 1, r.getLong(5));
        }
    }

    /** A --resume while {@code holder} writes: refused at once, naming the holder's process. */
    private void refusedBy(Process holder, Path runs, String name) throws Exception {
        Process second = start(name, runs, 1, "--resume");
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String message = err(name);
        assertEquals(ExitCodes.RUN_FAILED, second.exitValue(), message);
        assertTrue(holder.isAlive(), "the first writer still runs");
        assertTrue(message.contains("is in use by process " + holder.pid()), message);
    }
}
