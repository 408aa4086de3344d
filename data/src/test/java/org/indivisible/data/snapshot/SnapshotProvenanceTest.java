package org.indivisible.data.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traces the shipped snapshot back to the research copies: every observed value to its exact
 * source cell, every derived value recomputed from its inputs, and a rebuild byte-identical to
 * what is shipped. The expected values are read here from the source files with this test's own
 * lookups (not the builder's). Skipped when {@code shared/data} is absent (found by walking up
 * from the working directory, or given by the system property {@code indivisible.shared}).
 */
class SnapshotProvenanceTest {

    private static Path shared;

    /** IMF WEO labels, written out here independently of the builder's crosswalk. */
    private static final Map<String, String> IMF_LABEL = Map.ofEntries(
            Map.entry("CHN", "China, People's Republic of"), Map.entry("CZE", "Czech Republic"),
            Map.entry("KOR", "Korea, Republic of"), Map.entry("MKD", "North Macedonia "),
            Map.entry("RUS", "Russian Federation"), Map.entry("SVK", "Slovak Republic"),
            Map.entry("TUR", "Türkiye, Republic of"), Map.entry("TWN", "Taiwan Province of China"),
            Map.entry("USA", "United States"), Map.entry("GBR", "United Kingdom"), Map.entry("IRN", "Iran"));

    @BeforeAll
    static void locateSharedData() {
        String property = System.getProperty("indivisible.shared");
        if (property != null && Files.isRegularFile(Path.of(property, "SOURCES.md"))) {
            shared = Path.of(property);
            return;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("shared/data/SOURCES.md"))) {
                shared = dir.resolve("shared/data");
                return;
            }
        }
    }

    private static CsvTable source(String path) {
        Assumptions.assumeTrue(shared != null, "shared/data not found: provenance checks skipped");
        return CsvTable.read(shared.resolve(path));
    }

    private static String status(CsvTable.Row r) {
        return r.get("status");
    }

    @Test
    void rebuildIsByteIdenticalToTheShippedSnapshot(@TempDir Path out) throws IOException {
        Assumptions.assumeTrue(shared != null, "shared/data not found");
        SnapshotBuilder.build(shared, out);
        List<String> built;
        try (var files = Files.list(out)) {
            built = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        JsonNode manifest = new ObjectMapper().readTree(shipped("manifest.json"));
        Set<String> expected = new TreeSet<>(List.of("manifest.json"));
        manifest.path("tables").forEach(t -> expected.add(t.path("name").asText()));
        assertEquals(new ArrayList<>(expected), built);
        for (String name : built) {
            assertArrayEquals(shipped(name), Files.readAllBytes(out.resolve(name)), name + " differs on rebuild");
        }
    }

    @Test
    void manifestHashesMatchTheSourceFiles() throws IOException {
        Assumptions.assumeTrue(shared != null, "shared/data not found");
        JsonNode manifest = new ObjectMapper().readTree(shipped("manifest.json"));
        int files = 0;
        for (JsonNode table : manifest.path("tables")) {
            for (JsonNode file : table.path("source_files")) {
                try (InputStream in = Files.newInputStream(shared.resolve(file.path("path").asText()))) {
                    assertEquals(file.path("sha256").asText(), SnapshotBuilder.sha256(in), file.path("path").asText());
                }
                files++;
            }
        }
        assertTrue(files > 10);
    }

    @Test
    void gdpTracesToTheImfCellsAndRestOfWorldRecomputes() {
        CsvTable imf = source("imf_weo/imf_weo_oct2025_NGDPD_gdp_current_usd_billions.csv");
        Map<String, CsvTable.Row> imfByLabel = new HashMap<>();
        imf.rows().forEach(r -> imfByLabel.putIfAbsent(r.cells().get(0), r));
        Map<String, String> names = new HashMap<>();
        source("countries/nato_members_accession_year.csv").rows().forEach(r -> names.put(r.get("iso3"), r.get("country")));
        Map<String, BigDecimal> imfSum = new HashMap<>();
        List<CsvTable.Row> restOfWorld = new ArrayList<>();
        for (CsvTable.Row r : EmbeddedSnapshot.table("gdp.csv").rows()) {
            String iso3 = r.get("iso3");
            String year = r.get("year");
            switch (status(r)) {
                case "observed", "estimate" -> {
                    String label = IMF_LABEL.getOrDefault(iso3, names.get(iso3));
                    if (label == null) {
                        label = Map.of("AUS", "Australia", "JPN", "Japan", "NZL", "New Zealand", "UKR", "Ukraine",
                                "BLR", "Belarus", "IND", "India").get(iso3);
                    }
                    CsvTable.Row imfRow = imfByLabel.get(label);
                    assertNotNull(imfRow, "no IMF row for " + iso3 + " (" + label + ")");
                    assertEquals(imfRow.get(year).trim(), r.get("gdp_usd_billions"), r.file() + ":" + r.line());
                    assertEquals(Integer.parseInt(year) >= 2025 ? "estimate" : "observed", status(r), r.file() + ":" + r.line());
                    imfSum.merge(year, new BigDecimal(r.get("gdp_usd_billions")), BigDecimal::add);
                }
                case "derived" -> restOfWorld.add(r);
                case "assumption" -> assertEquals("PRK", iso3);
                default -> fail("unexpected status " + status(r));
            }
        }
        assertEquals(17, restOfWorld.size());
        for (CsvTable.Row r : restOfWorld) {
            assertEquals("ROW", r.get("iso3"));
            BigDecimal world = new BigDecimal(imfByLabel.get("World").get(r.get("year")));
            BigDecimal expected = world.subtract(imfSum.get(r.get("year")));
            assertEquals(0, expected.compareTo(new BigDecimal(r.get("gdp_usd_billions"))), r.file() + ":" + r.line());
        }
    }

    @Test
    void populationTracesToTheWorldBankAndOwid() {
        Map<String, String> wb = new HashMap<>();
        source("worldbank/datahub_population/population.csv").rows()
                .forEach(r -> wb.put(r.get("Country Code") + "/" + r.get("Year"), r.get("Value")));
        Map<String, String> owid = new HashMap<>();
        source("population/owid_population_historical_1950plus.csv").rows()
                .forEach(r -> owid.put(r.get("Code") + "/" + r.get("Year"), r.get("Population (historical estimates)")));
        Map<String, BigDecimal> sum = new HashMap<>();
        List<CsvTable.Row> derived = new ArrayList<>();
        for (CsvTable.Row r : EmbeddedSnapshot.table("population.csv").rows()) {
            String key = r.get("iso3") + "/" + r.get("year");
            switch (status(r)) {
                case "observed" -> {
                    String expected = r.get("iso3").equals("TWN") ? owid.get(key) : wb.get(key);
                    assertEquals(expected, r.get("population_persons"), r.file() + ":" + r.line());
                    if (!r.get("iso3").equals("TWN")) {
                        sum.merge(r.get("year"), new BigDecimal(r.get("population_persons")), BigDecimal::add);
                    }
                }
                case "estimate" -> assertEquals(owid.get("TWN/2021"), r.get("population_persons"), r.file() + ":" + r.line());
                case "derived" -> derived.add(r);
                default -> fail("unexpected status " + status(r));
            }
        }
        for (CsvTable.Row r : derived) {
            BigDecimal expected = new BigDecimal(wb.get("WLD/" + r.get("year"))).subtract(sum.get(r.get("year")));
            assertEquals(0, expected.compareTo(new BigDecimal(r.get("population_persons"))), r.file() + ":" + r.line());
        }
    }

    @Test
    void sipriValuesTraceToTheExtracts() {
        Map<String, String> cells = new HashMap<>();
        source("sipri/sipri_milex_constant2024usd_extract_2014-2025.csv").rows()
                .forEach(r -> cells.put("constant/" + r.get("iso3") + "/" + r.get("year"), r.get("Military expenditure")));
        Map<String, String> latestShare = new HashMap<>();
        source("sipri/sipri_milex_share_of_gdp_pct_extract_2014-2024.csv").rows().forEach(r -> {
            cells.put("share/" + r.get("iso3") + "/" + r.get("year"), r.get("Military expenditure (% of GDP)"));
            latestShare.merge(r.get("iso3"), r.get("year"), (a, b) -> a.compareTo(b) > 0 ? a : b);
        });
        CsvTable milex = EmbeddedSnapshot.table("milex.csv");
        assertEquals(cells.size(), milex.rows().size());
        for (CsvTable.Row r : milex.rows()) {
            String kind = r.get("measure").contains("constant") ? "constant" : "share";
            assertEquals("observed", status(r));
            assertEquals(cells.get(kind + "/" + r.get("iso3") + "/" + r.get("year")), r.get("value"), r.file() + ":" + r.line());
        }
        for (CsvTable.Row r : EmbeddedSnapshot.table("spending_baseline.csv").rows()) {
            switch (status(r)) {
                case "observed" -> {
                    assertEquals(latestShare.get(r.get("iso3")), r.get("year"), r.file() + ":" + r.line());
                    assertEquals(cells.get("share/" + r.get("iso3") + "/" + r.get("year")), r.get("pct_gdp"));
                }
                case "derived" -> {
                    // Iceland: SIPRI lists zero expenditure, so zero percent of GDP.
                    assertEquals(0, new BigDecimal(cells.get("constant/" + r.get("iso3") + "/" + r.get("year"))).signum());
                    assertEquals(0, new BigDecimal(r.get("pct_gdp")).signum());
                }
                case "assumption" -> assertTrue(Set.of("PRK", "ROW").contains(r.get("iso3")));
                default -> fail("unexpected status " + status(r));
            }
        }
    }

    @Test
    void capitalsTraceToTheCowCapitalInForceAtTheEnd() {
        Map<String, CsvTable.Row> last = new HashMap<>();
        source("countries/cow_capitals_via_peacesciencer.csv").rows()
                .forEach(r -> last.merge(r.get("ccode"), r, (a, b) -> a.get("enddate").compareTo(b.get("enddate")) >= 0 ? a : b));
        for (CsvTable.Row r : EmbeddedSnapshot.table("actors.csv").rows()) {
            if (r.get("iso3").equals("ROW")) {
                continue;
            }
            CsvTable.Row capital = last.get(r.get("cow_code"));
            assertNotNull(capital, r.get("iso3"));
            assertEquals(capital.get("lat"), r.get("lat"), r.get("iso3"));
            assertEquals(capital.get("lng"), r.get("lon"), r.get("iso3"));
            assertEquals(capital.get("capital"), r.get("capital"), r.get("iso3"));
        }
    }

    @Test
    void natoAccessionYearsTraceToTheSourceList() {
        Map<String, String> years = new HashMap<>();
        source("countries/nato_members_accession_year.csv").rows()
                .forEach(r -> years.put(r.get("iso3"), r.get("nato_accession_year")));
        int rows = 0;
        for (CsvTable.Row r : EmbeddedSnapshot.table("groups.csv").rows()) {
            if (r.get("group").startsWith("NATO")) {
                assertEquals(years.get(r.get("iso3")), r.get("joined"), r.file() + ":" + r.line());
                rows++;
            }
        }
        assertEquals(32 + 30, rows);
    }

    @Test
    void atopDerivedTreatiesRecomputeFromTheDyadYears() {
        Map<String, String> iso = new HashMap<>();
        for (CsvTable.Row r : EmbeddedSnapshot.table("actors.csv").rows()) {
            if (!r.get("cow_code").isEmpty()) {
                iso.put(r.get("cow_code"), r.get("iso3"));
            }
        }
        iso.put("260", "DEU");
        String[] columns = {"atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"};
        String[] names = {"DEFENCE", "OFFENCE", "NEUTRALITY", "NON_AGGRESSION", "CONSULTATION"};
        Map<String, Set<String>> obligations2018 = new HashMap<>();
        Map<String, Set<Integer>> yearsWithAny = new HashMap<>();
        for (String part : List.of("1946-1989", "1990-2004", "2005-2018")) {
            for (CsvTable.Row r : source("atop/atop_5.1_directed_dyad_year_" + part + "_via_peacesciencer.csv").rows()) {
                String a = iso.get(r.get("ccode1"));
                String b = iso.get(r.get("ccode2"));
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                String pair = a.compareTo(b) < 0 ? a + ";" + b : b + ";" + a;
                Set<String> set = new TreeSet<>();
                for (int i = 0; i < columns.length; i++) {
                    if (r.get(columns[i]).equals("1")) {
                        set.add(names[i]);
                    }
                }
                if (!set.isEmpty()) {
                    yearsWithAny.computeIfAbsent(pair, k -> new HashSet<>()).add(Integer.parseInt(r.get("year")));
                }
                if (r.get("year").equals("2018")) {
                    obligations2018.computeIfAbsent(pair, k -> new TreeSet<>()).addAll(set);
                }
            }
        }
        int checked = 0;
        for (CsvTable.Row r : EmbeddedSnapshot.table("treaties.csv").rows()) {
            if (!status(r).equals("derived")) {
                continue;
            }
            Set<String> listed = new TreeSet<>(List.of(r.get("obligations").split(";")));
            List<String> parties = List.of(r.get("parties").split(";"));
            if (r.get("id").equals("NATO-ART5")) {
                for (int i = 0; i < parties.size(); i++) {
                    for (int j = i + 1; j < parties.size(); j++) {
                        Set<String> pair = obligations2018.get(parties.get(i) + ";" + parties.get(j));
                        assertNotNull(pair, parties.get(i) + "-" + parties.get(j));
                        assertTrue(pair.containsAll(listed), parties.get(i) + "-" + parties.get(j) + " " + pair);
                    }
                }
            } else {
                String pair = String.join(";", parties);
                assertEquals(obligations2018.get(pair), listed, r.file() + ":" + r.line());
                int start = 2018;
                while (yearsWithAny.get(pair).contains(start - 1)) {
                    start--;
                }
                assertEquals(Integer.toString(start), r.get("in_force"), r.file() + ":" + r.line());
            }
            checked++;
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void wiodCellsAreTheSourceCells() {
        CsvTable original = source("wiod/wiod2013_wiot2011_full_1435.csv.gz");
        CsvTable shipped = EmbeddedSnapshot.table("wiod2011.csv.gz");
        assertEquals(original.header().subList(1, original.header().size()),
                shipped.header().subList(1, original.header().size()));
        assertEquals(original.rows().size(), shipped.rows().size());
        for (int i = 0; i < original.rows().size(); i++) {
            List<String> expected = original.rows().get(i).cells();
            List<String> actual = shipped.rows().get(i).cells();
            assertEquals(expected, actual.subList(0, expected.size()), "row " + expected.get(0));
            assertEquals("observed", actual.get(actual.size() - 1));
        }
    }

    @Test
    void statementsAndAnchorsKeepTheirTranscribedValues() {
        Map<String, CsvTable.Row> statements = new HashMap<>();
        source("munitions/public_statements_munitions_production.csv").rows().forEach(r -> statements.put(r.get("id"), r));
        for (CsvTable.Row r : EmbeddedSnapshot.table("munitions_statements.csv").rows()) {
            CsvTable.Row original = statements.get(r.get("id"));
            assertEquals(original.get("value"), r.get("value"));
            assertEquals(original.get("reported_by_url"), r.get("reported_by_url"));
            if (original.get("statement_type").contains("target")) {
                assertEquals("estimate", status(r));
            }
            if (original.get("statement_type").contains("intelligence")) {
                assertEquals("estimate", status(r));
            }
        }
        Map<String, CsvTable.Row> anchors = new HashMap<>();
        source("parameters/cited_anchors.csv").rows().forEach(r -> anchors.put(r.get("id"), r));
        CsvTable shippedAnchors = EmbeddedSnapshot.table("cited_anchors.csv");
        assertEquals(anchors.size(), shippedAnchors.rows().size());
        for (CsvTable.Row r : shippedAnchors.rows()) {
            assertEquals(anchors.get(r.get("id")).get("value"), r.get("value"));
            assertEquals(anchors.get(r.get("id")).get("source"), r.get("source"));
        }
    }

    private static byte[] shipped(String name) throws IOException {
        try (InputStream in = SnapshotProvenanceTest.class.getResourceAsStream(EmbeddedSnapshot.RESOURCE_DIR + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }
}
