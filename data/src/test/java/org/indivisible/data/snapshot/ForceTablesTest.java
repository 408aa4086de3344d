package org.indivisible.data.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.posture.ForceType;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.posture.Posture;
import org.junit.jupiter.api.Test;

/** forces.csv as shipped: complete, sourced, and the same as ForceTables writes. */
class ForceTablesTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();

    private static Map<String, UncertainParameter> forces() {
        return SNAPSHOT.parameters().stream()
                .filter(p -> p.id().startsWith("forces.") || p.id().startsWith("posture.") || p.id().startsWith("combat."))
                .collect(Collectors.toMap(UncertainParameter::id, p -> p));
    }

    @Test
    void theShippedTableIsWhatTheBuilderWrites() {
        List<List<String>> shipped = EmbeddedSnapshot.table(ForceTables.NAME).rows().stream()
                .map(r -> List.of(ForceTables.HEADER).stream().map(r::get).toList()).toList();
        assertEquals(ForceTables.rows(), shipped);
    }

    @Test
    void everyTypeHasItsAttributesAndRedeploymentShares() {
        Map<String, UncertainParameter> p = forces();
        for (ForceType t : ForceType.values()) {
            for (String attribute : List.of(Forces.READINESS, Forces.RAISE_COST, Forces.KEEP_COST, Forces.TRANSIT,
                    Forces.RAISE_YEARS)) {
                assertTrue(p.containsKey("forces.type." + t.id() + "." + attribute), t.id() + " " + attribute);
            }
            assertTrue(p.containsKey(Posture.SHARE_FROM_EUROPE + t.id()));
            assertTrue(p.containsKey(Posture.SHARE_FROM_HOMELAND + t.id()));
        }
    }

    /**
     * Issue 15's rule for forces.csv: every row has a source_id listed in sources.csv, a non-empty
     * locator and a valid status; every assumption says why; at least 80% of the rows that describe
     * today's forces (the orders of battle) are sourced (estimate or observed). Reads the shipped
     * CSV itself, so it needs no shared/data.
     */
    @Test
    void everyRowIsSourcedWithALocatorAndMostForcesAreEstimates() {
        CsvTable table = EmbeddedSnapshot.table(ForceTables.NAME);
        assertEquals(List.of(ForceTables.HEADER), table.header());
        Set<String> listed = EmbeddedSnapshot.table("sources.csv").rows().stream().map(r -> r.get("source_id"))
                .collect(Collectors.toSet());
        Set<String> statuses = Set.of("observed", "derived", "estimate", "assumption");
        int oob = 0;
        int sourced = 0;
        for (CsvTable.Row r : table.rows()) {
            String id = r.get("parameter");
            assertTrue(listed.contains(r.get("source_id")), id + " cites " + r.get("source_id") + ", not in sources.csv");
            assertFalse(r.get("locator").isBlank(), id + " has no locator");
            String status = r.get("status");
            assertTrue(statuses.contains(status), id + ": status " + status);
            assertFalse(r.get("note").isBlank(), id + " has no note");
            if (status.equals("assumption")) {
                assertTrue(r.get("note").length() >= 20, id + ": an assumption needs its reason in the note");
            }
            if (id.startsWith(ForceTables.OOB_PREFIX)) {
                oob++;
                assertTrue(r.getDouble("low") >= 0, id);
                assertFalse(r.get("source_id").startsWith("assumption"), id + " must cite a public document");
                if (status.equals("estimate") || status.equals("observed")) {
                    sourced++;
                } else {
                    assertEquals("assumption", status, id + ": an order of battle is sourced or an assumption");
                    assertTrue(r.get("note").startsWith("ASSUMPTION: "), id + ": say it is an assumption, and why");
                }
            }
        }
        assertTrue(oob >= 170, "orders of battle: " + oob);
        assertTrue(sourced >= 0.8 * oob, "sourced orders of battle: " + sourced + " of " + oob);
    }

    /** All 30 European NATO members and Canada have an order of battle in Europe, as do the US and Russia. */
    @Test
    void everyEuropeanAllyAndCanadaHasForces() {
        Set<String> inEurope = forces().keySet().stream().filter(id -> id.startsWith("forces.oob.europe."))
                .map(id -> id.split("\\.")[3]).collect(Collectors.toSet());
        Set<String> nato = EmbeddedSnapshot.table("groups.csv").rows().stream()
                .filter(r -> r.get("group").equals("NATO")).map(r -> r.get("iso3")).collect(Collectors.toSet());
        assertEquals(32, nato.size(), "NATO members in groups.csv");
        for (String member : nato) {
            if (!member.equals("USA")) {
                assertTrue(inEurope.contains(member), member + " has no order of battle in Europe");
            }
        }
        assertTrue(inEurope.containsAll(List.of("USA", "RUS", "CAN")));
        for (String id : List.of("forces.oob.europe.USA.armoured_brigade", "forces.oob.indo_pacific.USA.carrier_group",
                "forces.oob.homeland.USA.fighter_squadron", "forces.oob.europe.RUS.armoured_brigade",
                "forces.oob.indo_pacific.CHN.surface_combatant")) {
            assertTrue(forces().containsKey(id), id);
        }
    }

    @Test
    void noCommercialRankingIsCited() {
        for (Source s : Source.ALL) {
            String text = (s.id() + s.title() + s.publisher() + s.citation() + s.sharedPaths()).toLowerCase();
            assertFalse(text.contains("globalfirepower") || text.contains("global firepower"), s.id());
        }
    }
}
