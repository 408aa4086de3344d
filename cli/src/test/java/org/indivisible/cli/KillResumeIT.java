package org.indivisible.cli;

import static org.indivisible.cli.RunOutputs.names;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indivisible.analysis.run.JournalFile;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import org.junit.jupiter.api.Test;

/**
 * Crash safety with no chance to clean up: the real command, started as a child process, is
 * killed with SIGKILL ({@link Process#destroyForcibly}) in the middle of its ensemble. What it
 * leaves must be consistent (only a hidden partial folder, a readable journal holding an
 * ordered prefix of the run, nothing that looks like a finished summary or store); debris a
 * kill during the store's write would leave is added; then {@code run --resume} must finish the
 * run with a summary byte-identical to an uninterrupted run with the same seed, and a results
 * store with the same rows.
 */
class KillResumeIT extends LightJarRuns {

    @Test
    void killedWithSigkillThenResumedGivesTheSameSummaryAndStore() throws Exception {
        Path killed = out.resolve("killed");
        // Kill once a few chunks (16 replications each) are committed to the journal, well before the end.
        Process p = startedUntilJournalled(48, "killed", killed, 2, "-q");
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        // Consistent: one hidden partial folder, nothing presented as complete.
        List<String> left = names(killed);
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).startsWith(".") && left.get(0).endsWith(".partial"), left.toString());
        Path partial = killed.resolve(left.get(0));
        List<String> inside = names(partial);
        assertEquals(List.of("outcomes.journal", "pending.json", "writer.lock"), inside, "no summary, manifest or store yet");
        RunManifest pending = RunFolder.readManifest(partial.resolve("pending.json"));
        assertEquals(replications(), pending.replications());
        int[] next = {0};
        long kept = JournalFile.read(partial.resolve("outcomes.journal"), (cell, outcome) -> {
            assertEquals(0, cell);
            assertEquals(next[0]++, outcome.replication(), "the journal holds replications in order");
        });
        assertTrue(kept > 0 && kept < replications(), "killed mid-ensemble, journal holds " + kept);

        // What a kill while the store or summary was being written leaves: temporary files.
        Files.write(partial.resolve("results.duckdb.tmp"), new byte[] {1, 2, 3});
        Files.write(partial.resolve("results.duckdb.tmp.wal"), new byte[] {4, 5, 6});
        Files.writeString(partial.resolve("summary.json.tmp"), "{\"torn");

        Process resume = command("resumed", killed, 1, "--resume").redirectOutput(out.resolve("resumed.out").toFile())
                .start();
        assertEquals(0, resume.waitFor(), err("resumed"));
        assertTrue(Files.readString(out.resolve("resumed.out")).contains("Resumed"), Files.readString(out.resolve("resumed.out")));
        List<String> after = names(killed);
        assertEquals(1, after.size(), after.toString());
        assertFalse(after.get(0).startsWith("."), after.toString());
        Path resumedFolder = killed.resolve(after.get(0));
        assertEquals(List.of("manifest.json", "metrics.parquet", "policy.json", "report.html", "results.duckdb", "series.parquet",
                "summary.json"),
                names(resumedFolder));

        Process straight = start("straight", out.resolve("straight"), 2, "-q");
        assertEquals(0, straight.waitFor(), err("straight"));
        Path straightFolder = out.resolve("straight").resolve(names(out.resolve("straight")).get(0));
        assertArrayEquals(Files.readAllBytes(straightFolder.resolve("summary.json")),
                Files.readAllBytes(resumedFolder.resolve("summary.json")));
        String resumedRows = storeDigest(resumedFolder);
        assertEquals(storeDigest(straightFolder), resumedRows);
        assertTrue(resumedRows.startsWith(replications() + " replications"), resumedRows);
    }

    /** Replications, rows and an order-free exact checksum of the metrics table and of its Parquet copy. */
    static String storeDigest(Path folder) throws Exception {
        String digest = "sum(hash(scenario, treatment, replication, metric, value))::VARCHAR";
        String parquet = "read_parquet('" + folder.resolve("metrics.parquet") + "')";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("results.duckdb"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(DISTINCT replication), count(*), " + digest + ", "
                     + "(SELECT count(*) FROM " + parquet + "), (SELECT " + digest + " FROM " + parquet + ") FROM metrics")) {
            r.next();
            assertEquals(r.getLong(2), r.getLong(4), "the Parquet copy has the table's rows");
            assertEquals(r.getString(3), r.getString(5), "the Parquet copy has the table's values");
            return r.getLong(1) + " replications, " + r.getLong(2) + " rows, digest " + r.getString(3);
        }
    }
}
