package org.indivisible.data.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.indivisible.model.posture.Enablers;
import org.indivisible.model.posture.Flank;
import org.indivisible.model.posture.ForceType;
import org.junit.jupiter.api.Test;

/** flank.csv as shipped: what the builder writes, every row sourced with a locator and a status, complete. */
class FlankTablesTest {

    @Test
    void theShippedTableIsWhatTheBuilderWrites() {
        List<List<String>> shipped = EmbeddedSnapshot.table(FlankTables.NAME).rows().stream()
                .map(r -> List.of(FlankTables.HEADER).stream().map(r::get).toList()).toList();
        assertEquals(FlankTables.rows(), shipped);
    }

    /**
     * Issue 15's rule: every row has a source_id listed in sources.csv, a non-empty locator and a
     * valid status, and every assumption says why in its note; a locator that cites the research
     * copy's figures (F123) names a figure of that row's source or of a source the row's note names.
     */
    @Test
    void everyRowIsSourcedWithALocatorAndAStatus() {
        CsvTable table = EmbeddedSnapshot.table(FlankTables.NAME);
        Set<String> listed = EmbeddedSnapshot.table("sources.csv").rows().stream().map(r -> r.get("source_id"))
                .collect(Collectors.toSet());
        Set<String> statuses = Set.of("observed", "derived", "estimate", "assumption");
        for (CsvTable.Row r : table.rows()) {
            String id = r.get("parameter");
            assertTrue(listed.contains(r.get("source_id")), id + ": source " + r.get("source_id") + " is not in sources.csv");
            assertFalse(r.get("locator").isBlank(), id + ": no locator");
            assertTrue(statuses.contains(r.get("status")), id + ": status " + r.get("status"));
            if (r.get("status").equals("assumption")) {
                assertTrue(r.get("note").length() > 20, id + ": an assumption must say why");
            }
            Matcher figures = Pattern.compile("F\\d{3}").matcher(r.get("locator"));
            while (figures.find()) {
                assertFalse(r.get("source_id").startsWith("assumption"), id + ": cites " + figures.group()
                        + " but names no source for it");
            }
        }
    }

    @Test
    void everyWarningDayTypeAndEnablerHasItsParameters() {
        Set<String> ids = EmbeddedSnapshot.table(FlankTables.NAME).rows().stream().map(r -> r.get("parameter"))
                .collect(Collectors.toSet());
        for (int d : Flank.DAYS) {
            for (String prefix : List.of(Flank.ALLIES_SHARE, Flank.US_PRESENT_SHARE, Flank.RUSSIA_SHARE)) {
                assertTrue(ids.contains(prefix + d), prefix + d);
            }
        }
        for (ForceType t : ForceType.values()) {
            assertTrue(ids.contains(Flank.US_REINFORCE_SHARE + t.id()), t.id());
            assertTrue(ids.contains(Flank.US_CLOSURE_DAYS + t.id()), t.id());
            assertTrue(ids.contains("forces.generation.maxPerYear." + t.id()), t.id());
        }
        for (String k : Enablers.IDS) {
            for (String prefix : List.of(Enablers.EUROPE, Enablers.US, Enablers.US_SHARE, Enablers.PACIFIC_CLAIM,
                    Enablers.UNIT_COST, Enablers.MAX_PER_YEAR)) {
                assertTrue(ids.contains(prefix + k), prefix + k);
            }
        }
    }
}
