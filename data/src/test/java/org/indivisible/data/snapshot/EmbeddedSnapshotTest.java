package org.indivisible.data.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Obligation;
import org.indivisible.model.actor.Treaty;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/** The snapshot as the toolkit sees it: read from the classpath alone, no research copies needed. */
class EmbeddedSnapshotTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

    @Test
    void everyDefaultParameterCitesAListedSource() {
        Set<String> listed = Source.ALL.stream().map(Source::id).collect(Collectors.toSet());
        for (UncertainParameter p : SNAPSHOT.parameters()) {
            assertTrue(listed.contains(p.sourceId()), p.id() + " cites " + p.sourceId() + ", which sources.csv lacks");
        }
    }
    private static final Set<String> STATUSES = Set.of("observed", "derived", "estimate", "assumption");

    @Test
    void loadsOnceFromTheClasspath() {
        assertSame(SNAPSHOT, EmbeddedSnapshot.load());
        assertTrue(SNAPSHOT.version().matches("[0-9a-f]{12}"), SNAPSHOT.version());
    }

    @Test
    void hasTheFortyFiveActorsSortedWithRestOfWorldLast() {
        List<Actor> actors = SNAPSHOT.actors();
        assertEquals(45, actors.size());
        assertEquals(actors.stream().map(Actor::iso3).sorted().toList(), actors.stream().map(Actor::iso3).toList());
        for (String iso3 : List.of("USA", "TWN", "UKR", "CHN", "RUS", "PRK", "IRN", "BLR", "IND", "AUS", "JPN", "NZL", "KOR")) {
            assertTrue(actors.stream().anyMatch(a -> a.iso3().equals(iso3)), iso3);
        }
        Actor row = actors.stream().filter(Actor::isRestOfWorld).findFirst().orElseThrow();
        assertTrue(Double.isNaN(row.capitalLatitude()));
        actors.stream().filter(a -> !a.isRestOfWorld()).forEach(a -> {
            assertTrue(Math.abs(a.capitalLatitude()) <= 90 && Math.abs(a.capitalLongitude()) <= 180, a.iso3());
        });
    }

    @Test
    void everyActorHasAGdpPathAndASpendingPathInActorOrder() {
        List<String> iso3 = SNAPSHOT.actors().stream().map(Actor::iso3).toList();
        assertEquals(iso3, SNAPSHOT.gdpPaths().stream().map(p -> p.iso3()).toList());
        assertEquals(iso3, SNAPSHOT.spendingPaths().stream().map(p -> p.iso3()).toList());
        SNAPSHOT.gdpPaths().forEach(p -> {
            assertEquals(2014, p.usdBillionsByYear().firstKey(), p.iso3());
            assertEquals(2030, p.lastYear(), p.iso3());
        });
    }

    @Test
    void groupMembersAreKnownActors() {
        Set<String> known = SNAPSHOT.actors().stream().map(Actor::iso3).collect(Collectors.toSet());
        for (Group group : SNAPSHOT.groups()) {
            group.memberships().forEach(m -> assertTrue(known.contains(m.iso3()), group.id() + ": " + m.iso3()));
        }
        assertEquals(List.of("ALIGNED", "EU27", "IP4", "NATO", "NATO_EUROPE"),
                SNAPSHOT.groups().stream().map(Group::id).toList());
    }

    @Test
    void groupsHaveTheirKnownSizesIn2025() {
        Map<String, Group> groups = SNAPSHOT.groups().stream().collect(Collectors.toMap(Group::id, Function.identity()));
        assertEquals(32, groups.get("NATO").membersOn(JAN_2025).size());
        assertEquals(30, groups.get("NATO_EUROPE").membersOn(JAN_2025).size());
        assertEquals(List.of("AUS", "JPN", "KOR", "NZL"), groups.get("IP4").membersOn(JAN_2025));
        assertEquals(List.of("CHN", "IRN", "PRK", "RUS"), groups.get("ALIGNED").membersOn(JAN_2025));
        // 23 of the EU27 are actors; AUT, CYP, IRL and MLT sit in ROW. GBR left in 2020.
        assertEquals(23, groups.get("EU27").membersOn(JAN_2025).size());
        assertFalse(groups.get("EU27").isMember("GBR", JAN_2025));
        assertTrue(groups.get("EU27").isMember("GBR", LocalDate.of(2019, 6, 1)));
    }

    @Test
    void treatiesBindTheExpectedPairs() {
        List<Treaty> treaties = SNAPSHOT.treaties();
        assertTrue(treaties.stream().anyMatch(t -> t.binds("FIN", "USA", Obligation.DEFENCE, JAN_2025)));
        assertTrue(treaties.stream().anyMatch(t -> t.binds("SWE", "POL", Obligation.DEFENCE, JAN_2025)));
        assertFalse(treaties.stream().anyMatch(t -> t.binds("SWE", "USA", Obligation.DEFENCE, LocalDate.of(2023, 6, 1))));
        assertTrue(treaties.stream().anyMatch(t -> t.binds("RUS", "PRK", Obligation.DEFENCE, JAN_2025)));
        assertFalse(treaties.stream().anyMatch(t -> t.binds("RUS", "PRK", Obligation.DEFENCE, LocalDate.of(2024, 6, 1))));
        assertTrue(treaties.stream().anyMatch(t -> t.binds("JPN", "USA", Obligation.DEFENCE, JAN_2025)));
        assertFalse(treaties.stream().anyMatch(t -> t.binds("TWN", "USA", Obligation.DEFENCE, JAN_2025)));
        assertTrue(treaties.stream().anyMatch(t -> t.binds("TWN", "USA", Obligation.NO_COMMITMENT, JAN_2025)));
        assertEquals(treaties.stream().map(Treaty::id).sorted().toList(), treaties.stream().map(Treaty::id).toList());
    }

    @Test
    void sipriExtractStaysUnderSiprisLimitAndCarriesTheCitation() {
        CsvTable milex = EmbeddedSnapshot.table("milex.csv");
        assertTrue(milex.rows().size() < 3500, "SIPRI allows at most 3,500 values, got " + milex.rows().size());
        int sipriValues = milex.rows().size() + (int) EmbeddedSnapshot.table("spending_baseline.csv").rows().stream()
                .filter(r -> r.get("source_id").startsWith("sipri")).count();
        assertTrue(sipriValues < 3500, "SIPRI values shipped: " + sipriValues);
        assertTrue(EmbeddedSnapshot.table("sources.csv").rows().stream()
                .filter(r -> r.get("source_id").startsWith("sipri"))
                .allMatch(r -> r.get("citation").equals("SIPRI Military Expenditure Database, https://www.sipri.org/databases/milex")));
    }

    @Test
    void everyRowCitesAListedSourceAndAStatus() {
        Set<String> sources = EmbeddedSnapshot.table("sources.csv").rows().stream().map(r -> r.get("source_id"))
                .collect(Collectors.toSet());
        for (TableInfo info : SNAPSHOT.tables()) {
            if (info.name().equals("sources.csv")) {
                continue;
            }
            CsvTable table = EmbeddedSnapshot.table(info.name());
            assertEquals(info.rows(), table.rows().size(), info.name());
            for (CsvTable.Row r : table.rows()) {
                assertTrue(sources.contains(r.get("source_id")), r.file() + ":" + r.line() + " cites " + r.get("source_id"));
                assertTrue(STATUSES.contains(r.get("status")), r.file() + ":" + r.line() + " status " + r.get("status"));
            }
            assertEquals(info.values(), info.valuesByStatus().values().stream().mapToInt(Integer::intValue).sum(), info.name());
            assertTrue(STATUSES.containsAll(info.valuesByStatus().keySet()), info.name());
        }
    }

    @Test
    void aTableEditedByHandIsRefused() {
        byte[] bytes = "iso3\nUSA\n".getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EmbeddedSnapshot.verifyTable("gdp.csv", bytes, "0".repeat(64)));
        assertTrue(e.getMessage().contains("gdp.csv does not match manifest.json"), e.getMessage());
    }

    @Test
    void listsEveryTable() {
        Set<String> names = SNAPSHOT.tables().stream().map(TableInfo::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("actors.csv", "groups.csv", "gdp.csv", "population.csv", "milex.csv",
                "spending_baseline.csv", "treaties.csv", "wiod2011.csv.gz", "wiod_sectors.csv",
                "munitions_statements.csv", "cited_anchors.csv", "sources.csv")), names.toString());
    }

    @Test
    void everyActorHasATrendGrowthParameterWithAFourPointRange() {
        Map<String, UncertainParameter> byId = new TreeMap<>();
        SNAPSHOT.parameters().forEach(p -> byId.put(p.id(), p));
        for (Actor actor : SNAPSHOT.actors()) {
            UncertainParameter p = byId.get("economy.trendGrowthPct." + actor.iso3());
            assertNotNull(p, actor.iso3());
            assertTrue(p.distribution() instanceof Distribution.Uniform, p.id());
            assertEquals(4.0, p.distribution().high() - p.distribution().low(), 1e-9, p.id());
            assertEquals(p.value(), (p.distribution().high() + p.distribution().low()) / 2, 1e-9, p.id());
            assertTrue(p.note().contains("assumption"), p.id());
            assertTrue(p.value() > -20 && p.value() < 30, p.id() + " = " + p.value());
        }
        assertEquals(SNAPSHOT.parameters().stream().map(UncertainParameter::id).sorted().toList(),
                SNAPSHOT.parameters().stream().map(UncertainParameter::id).toList());
    }

    @Test
    void trendGrowthIsTheImfGrowthFrom2029To2030() {
        // USA in the WEO Oct 2025 export: 2029 and 2030 read from gdp.csv, itself traced to the
        // IMF cells by SnapshotProvenanceTest.
        var usa = SNAPSHOT.gdpPaths().stream().filter(p -> p.iso3().equals("USA")).findFirst().orElseThrow();
        double expected = 100 * (usa.usdBillionsByYear().get(2030) / usa.usdBillionsByYear().get(2029) - 1);
        UncertainParameter p = SNAPSHOT.parameters().stream().filter(x -> x.id().equals("economy.trendGrowthPct.USA"))
                .findFirst().orElseThrow();
        assertEquals(expected, p.value(), 1e-12);
    }
}
