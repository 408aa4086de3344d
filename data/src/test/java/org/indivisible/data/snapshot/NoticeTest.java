package org.indivisible.data.snapshot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NOTICE names every source the embedded snapshot cites, with its terms (docs/licensing.md). */
class NoticeTest {

    @Test
    void everySourceOfTheSnapshotIsInTheNotice() throws Exception {
        String notice = Files.readString(Path.of("../NOTICE"));
        List<String> missing = new ArrayList<>();
        for (CsvTable.Row r : EmbeddedSnapshot.table("sources.csv").rows()) {
            if (!notice.contains("- " + r.get("source_id") + ": ")) {
                missing.add(r.get("source_id"));
            }
        }
        assertTrue(missing.isEmpty(), "NOTICE lacks the sources " + missing + " of sources.csv: list each with its terms");
        assertTrue(Files.readString(Path.of("../LICENSE")).contains("Apache License"));
        assertTrue(Files.readString(Path.of("../CITATION.cff")).contains("cff-version"));
    }
}
