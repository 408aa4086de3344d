package org.indivisible.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.indivisible.model.engine.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill can stop the journal at any byte. For every possible length of a journal cut short,
 * opening it keeps exactly the records that were whole (none torn, none lost), and appending
 * after it gives a readable journal again. The expected counts come from the file size after
 * each record was committed, not from the reader.
 */
class JournalTruncationTest {

    @TempDir
    Path dir;

    @Test
    void everyCutKeepsTheWholeRecordsAndAcceptsMore() throws Exception {
        Path full = dir.resolve("full.journal");
        List<Long> ends = new ArrayList<>(); // file size after each outcome
        try (JournalFile j = JournalFile.open(full)) {
            for (int r = 0; r < 6; r++) {
                TreeMap<String, Double> metrics = new TreeMap<>();
                metrics.put("war.started", r % 2 == 0 ? 1.0 : 0.0);
                metrics.put("gdp_change_pct." + (r < 3 ? "EU" : "ASIA"), -0.5 * r); // new ids mid-journal
                j.append(0, new Outcome(r, metrics));
                j.commit();
                ends.add(Files.size(full));
            }
        }
        byte[] bytes = Files.readAllBytes(full);
        for (int cut = 0; cut <= bytes.length; cut++) {
            Path file = dir.resolve("cut-" + cut + ".journal");
            Files.write(file, Arrays.copyOf(bytes, cut));
            long whole = 0;
            for (long end : ends) {
                if (end <= cut) {
                    whole++;
                }
            }
            try (JournalFile j = JournalFile.open(file)) {
                assertEquals(whole, j.storedOutcomes(), "cut at byte " + cut);
                TreeMap<String, Double> metrics = new TreeMap<>();
                metrics.put("war.started", 1.0);
                j.append(0, new Outcome((int) whole, metrics));
                j.flush();
            }
            int[] next = {0};
            assertEquals(whole + 1, JournalFile.read(file, (cell, o) -> assertEquals(next[0]++, o.replication())),
                    "cut at byte " + cut);
        }
    }
}
