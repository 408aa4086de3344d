package org.indivisible.data.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.indivisible.data.snapshot.CsvTable;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/** The economy's parameters carry source and status, and the cited ones match the snapshot's anchors. */
class EconomyDefaultsTest {

    @Test
    void everyParameterHasProvenance() {
        for (UncertainParameter p : EconomyDefaults.parameters()) {
            assertFalse(p.sourceId().isBlank(), p.id());
            assertFalse(p.note().isBlank(), p.id());
            assertTrue(p.status() == Status.ESTIMATE || p.status() == Status.ASSUMPTION || p.status() == Status.DERIVED,
                    p.id());
            assertTrue(EmbeddedSnapshot.table("sources.csv").rows().stream()
                    .anyMatch(r -> r.get("source_id").equals(p.sourceId())), p.id() + ": source " + p.sourceId());
            assertTrue(EmbeddedSnapshot.load().parameters().contains(p), p.id() + " is in the snapshot's defaults");
        }
    }

    @Test
    void citedValuesAreTheAnchors() {
        Map<String, String> anchorOf = Map.of(
                "economy.lanes.taiwanStrait.importSharePct.JPN", "A2",
                "economy.lanes.taiwanStrait.exportSharePct.JPN", "A3",
                "economy.lanes.taiwanStrait.importSharePct.KOR", "A4",
                "economy.lanes.taiwanStrait.exportSharePct.KOR", "A5",
                "economy.chips.korSeoulSharePct", "A6");
        CsvTable anchors = EmbeddedSnapshot.table("cited_anchors.csv");
        anchorOf.forEach((id, anchor) -> {
            UncertainParameter p = EconomyDefaults.parameters().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow();
            double cited = anchors.rows().stream().filter(r -> r.get("id").equals(anchor)).findFirst().orElseThrow()
                    .getDouble("value");
            assertEquals(cited, p.value(), 0, id);
            assertEquals("cited-anchors", p.sourceId(), id);
            assertTrue(p.note().startsWith(anchor + ":"), id);
        });
    }
}
