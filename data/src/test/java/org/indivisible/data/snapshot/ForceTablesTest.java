package org.indivisible.data.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.indivisible.model.parameter.Status;
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

    @Test
    void ordersOfBattleAreSourcedAssumptionRanges() {
        Set<String> sources = SNAPSHOT.tables().stream().flatMap(t -> t.sourceIds().stream()).collect(Collectors.toSet());
        Set<String> listed = Source.ALL.stream().map(Source::id).collect(Collectors.toSet());
        List<UncertainParameter> oob = forces().values().stream().filter(p -> p.id().startsWith("forces.oob.")).toList();
        assertTrue(oob.size() > 100, "orders of battle for the main actors: " + oob.size());
        for (UncertainParameter p : oob) {
            assertEquals(Status.ASSUMPTION, p.status(), p.id());
            assertTrue(listed.contains(p.sourceId()) && sources.contains(p.sourceId()), p.id() + " cites " + p.sourceId());
            assertFalse(p.sourceId().startsWith("assumption"), p.id() + " must cite a public document");
            assertFalse(p.note().isBlank(), p.id());
            assertTrue(p.distribution().low() >= 0, p.id());
        }
        // The US posture in all three locations, Russia in Europe, China in the Indo-Pacific.
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
