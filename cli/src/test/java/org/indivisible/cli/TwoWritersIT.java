package org.indivisible.cli;

import static org.indivisible.cli.KillResumeIT.indivisible;
import static org.indivisible.cli.KillResumeIT.journalled;
import static org.indivisible.cli.KillResumeIT.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per run (issue 22): a {@code --resume} beside the live run, and a second resume
 * beside a first, are refused with "in use by process N" (N the live writer), and the finished
 * store holds every replication exactly once. Before the lock, both appended to the journal and
 * the store held replications twice.
 */
class TwoWritersIT {

    private static final int REPLICATIONS = 600;
    private static final String N = Integer.toString(REPLICATIONS);

    @TempDir
    Path out;

    @Test
    void aSecondWriterIsRefusedAndTheStoreHoldsEachReplicationOnce() throws Exception {
        String scenario = Files.writeString(out.resolve("light.yaml"), ResumeIT.LIGHT).toString();
        Path jar = Path.of("target/indivisible.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built in package, before integration tests");
        Path runs = out.resolve("runs");

        // 1. A resume beside the live run.
        Process live = indivisible(jar, "run", scenario, "-n", N, "--threads", "1", "--out", runs.toString(), "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(out.resolve("live.err").toFile()).start();
        awaitJournal(live, runs, 32);
        refusedBy(live, jar, scenario, runs, "beside");
        live.destroyForcibly(); // leave a partial folder for the resumes below
        assertTrue(live.waitFor(60, TimeUnit.SECONDS));

        // 2. Two resumes of that partial run: the second is refused while the first writes.
        long before = journalled(runs);
        Process first = indivisible(jar, "run", scenario, "-n", N, "--threads", "1", "--out", runs.toString(), "--resume", "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(out.resolve("first.err").toFile()).start();
        awaitJournal(first, runs, before + 32);
        refusedBy(first, jar, scenario, runs, "second");
        assertEquals(0, first.waitFor(), Files.readString(out.resolve("first.err")));

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
            assertEquals(REPLICATIONS, r.getLong(1), "replications in the store");
            assertEquals(r.getLong(3), r.getLong(2), "every (replication, metric) row exactly once");
            assertEquals(0, r.getLong(4));
            assertEquals(REPLICATIONS - 1, r.getLong(5));
        }
    }

    private static void awaitJournal(Process writer, Path runs, long replications) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && writer.isAlive() && journalled(runs) < replications) {
            Thread.sleep(20);
        }
        assertTrue(writer.isAlive(), "the writer ended before the second one could start");
    }

    /** A --resume while {@code holder} writes: refused at once, naming the holder's process. */
    private void refusedBy(Process holder, Path jar, String scenario, Path runs, String name) throws Exception {
        Path err = out.resolve(name + ".err");
        Process second = indivisible(jar, "run", scenario, "-n", N, "--threads", "1", "--out", runs.toString(), "--resume")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String message = Files.readString(err);
        assertEquals(ExitCodes.RUN_FAILED, second.exitValue(), message);
        assertTrue(holder.isAlive(), "the first writer still runs");
        assertTrue(message.contains("is in use by process " + holder.pid()), message);
    }
}
