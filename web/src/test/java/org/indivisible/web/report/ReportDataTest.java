package org.indivisible.web.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.web.WebFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDataTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;
    static StudyRun.Result run;
    static ObjectNode doc;

    @BeforeAll
    static void smallRun() throws Exception {
        run = WebFixtures.baselineRun(out, 4, 11);
        doc = ReportData.of(run.folder(), EmbeddedSnapshot.load());
    }

    @Test
    void histogramsMatchNumpy() {
        // numpy.histogram(np.arange(10), bins=3, range=(0, 9)) -> [3 3 4] (last bin closed)
        assertArrayEquals(new long[] {3, 3, 4}, ReportData.histogram(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 0, 9, 3));
        // numpy.histogram([-2.5, -1, 0, 0.5, 2.5], bins=5, range=(-2.5, 2.5)) -> [1 1 1 1 1]
        assertArrayEquals(new long[] {1, 1, 1, 1, 1}, ReportData.histogram(new double[] {-2.5, -1, 0, 0.5, 2.5}, -2.5, 2.5, 5));
        // One value repeated: every count in the first bin (numpy would widen the range instead).
        assertArrayEquals(new long[] {3, 0, 0, 0}, ReportData.histogram(new double[] {1, 1, 1}, 1, 1, 4));
    }

    @Test
    void theDocumentHoldsTheRun() throws Exception {
        assertEquals(ReportData.FORMAT, doc.path("format").asText());
        assertEquals(run.manifest().runId(), doc.path("manifest").path("runId").asText());
        JsonNode p0 = doc.path("summary").path("baseline").path("P0");
        assertTrue(p0.has("gdp_change_pct_y1.WORLD"));
        assertTrue(p0.has("europe_balance_ratio_min"));
        assertFalse(p0.has("gdp_change_pct_y1.WORLD.trade"), "channel splits are left to summary.json");
        JsonNode summary = JSON.readTree(run.folder().resolve("summary.json").toFile());
        assertRounded(summary.at("/results/baseline/P1/policy_cost_usd/mean").asDouble(),
                doc.at("/summary/baseline/P1/policy_cost_usd/mean").asDouble(), "policy_cost_usd");
        // Every actor the snapshot has, with the numeric code world-atlas uses where it has a shape.
        assertEquals("643", find(doc.path("actors"), "RUS").path("isoNumeric").asText());
        assertEquals("408", find(doc.path("actors"), "PRK").path("isoNumeric").asText());
        assertFalse(find(doc.path("actors"), "ROW").has("isoNumeric"));
    }

    @Test
    void comparisonsArePairedAgainstTheFirstTreatment() throws Exception {
        JsonNode c = doc.path("comparisons").get(0);
        assertEquals("P0", c.path("baseline").asText());
        assertEquals("P1", c.path("treatment").asText());
        JsonNode summary = JSON.readTree(run.folder().resolve("summary.json").toFile());
        for (JsonNode d : c.path("differences")) {
            String m = d.path("metric").asText();
            JsonNode b = summary.path("results").path("baseline").path("P0").path(m);
            JsonNode t = summary.path("results").path("baseline").path("P1").path(m);
            if (b.path("n").asLong() == 4 && t.path("n").asLong() == 4) {
                // With every replication on both sides, the mean of the paired differences is the difference of the means.
                assertEquals(t.path("mean").asDouble() - b.path("mean").asDouble(), d.path("difference").asDouble(),
                        1e-9 * Math.max(1, Math.abs(b.path("mean").asDouble())) + ROUNDING * Math.abs(d.path("difference").asDouble()), m);
                assertEquals(4, d.path("n").asLong(), m);
            } else {
                // A metric that exists only in some replications (a campaign's outcome when its war happens) is
                // paired over the replications that have it on both sides.
                assertTrue(d.path("n").asLong() <= Math.min(b.path("n").asLong(), t.path("n").asLong()), m);
            }
        }
        double cost = summary.at("/results/baseline/P1/policy_cost_usd/mean").asDouble()
                - summary.at("/results/baseline/P0/policy_cost_usd/mean").asDouble();
        assertRounded(cost, c.path("costDifferenceUsd").asDouble(), "costDifferenceUsd");
    }

    @Test
    void warRiskLeadsWithTheConditionalEstimateAndNoIntervalHasZeroWidth() throws Exception {
        JsonNode summary = JSON.readTree(run.folder().resolve("summary.json").toFile());
        JsonNode levels = doc.path("warRisk").path("levels");
        assertTrue(levels.size() > 0);
        for (JsonNode l : levels) {
            String pair = org.indivisible.analysis.comparison.WarRisk.PAIRS.get(l.path("theater").asText());
            JsonNode cond = summary.path("results").path(l.path("scenario").asText()).path(l.path("treatment").asText())
                    .path("p_war_cond." + pair);
            if (l.has("conditional")) {
                assertRounded(cond.path("mean").asDouble(), l.path("conditional").asDouble(), l.toString());
            }
            // Wilson's interval is never of zero width, even at 0 or 4 wars out of 4.
            assertTrue(l.path("shareHigh").asDouble() > l.path("shareLow").asDouble(), l.toString());
        }
        JsonNode effects = doc.path("warRisk").path("effects");
        assertTrue(effects.size() > 0);
        for (JsonNode e : effects) {
            JsonNode share = e.path("share");
            assertEquals("exact McNemar", share.path("method").asText());
            assertTrue(share.path("high").asDouble() > share.path("low").asDouble(), e.toString());
            JsonNode c = e.path("conditional");
            if (!c.isMissingNode()) {
                assertTrue(c.path("constant").asBoolean() || c.path("high").asDouble() > c.path("low").asDouble(), e.toString());
            }
        }
    }

    @Test
    void distributionsCountEveryReplication() {
        JsonNode world = doc.path("distributions").path("gdp_change_pct_y1.WORLD");
        assertEquals(ReportData.BINS, world.path("bins").asInt());
        for (String cell : List.of("baseline/P0", "baseline/P1")) {
            long total = 0;
            for (JsonNode n : world.path("counts").path(cell)) {
                total += n.asLong();
            }
            assertEquals(4, total, cell);
        }
    }

    /**
     * The yearly GDP trajectory is in the document as summary.json has it, for every calendar year
     * of the horizon (2026 .. 2036) and for WORLD, the groups and the key actors; its 25th and 75th percentiles, like those of the other
     * trajectories, are numpy's default quantile (linear, Hyndman and Fan 7) of the replications'
     * values in results.duckdb, computed here independently.
     */
    @Test
    void trajectoriesCarryTheSummaryAndTheirQuartiles() throws Exception {
        JsonNode summary = JSON.readTree(run.folder().resolve("summary.json").toFile());
        for (String id : List.of("WORLD", "EU27", "NATO_EUROPE", "USA", "CHN", "JPN", "KOR", "TWN", "DEU", "RUS")) {
            for (int year = 2026; year <= 2036; year++) {
                String m = "gdp_change_pct_" + year + "." + id;
                JsonNode s = summary.path("results").path("baseline").path("P1").path(m);
                assertEquals(4, s.path("n").asInt(), m);
                JsonNode d = doc.path("summary").path("baseline").path("P1").path(m);
                for (String f : List.of("mean", "p05", "p50", "p95")) {
                    assertRounded(s.path(f).asDouble(), d.path(f).asDouble(), m + " " + f);
                }
                assertEquals(2, doc.path("quartiles").path("baseline").path("P1").path(m).size(), m);
            }
        }
        assertFalse(doc.path("summary").path("baseline").path("P1").has("gdp_change_pct_2037.WORLD"));
        assertFalse(doc.path("comparisons").toString().contains("gdp_change_pct_2030"), "trajectories are not compared");
        int checked = 0;
        int spread = 0;
        for (String cell : List.of("P0", "P1")) {
            java.util.Iterator<Map.Entry<String, JsonNode>> it = doc.path("quartiles").path("baseline").path(cell).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                double[] v = valuesOf("baseline", cell, e.getKey());
                assertEquals(4, v.length, e.getKey());
                assertRounded(numpyQuantile(v, 0.25), e.getValue().get(0).asDouble(), e.getKey());
                assertRounded(numpyQuantile(v, 0.75), e.getValue().get(1).asDouble(), e.getKey());
                checked++;
                if (v[3] > v[0]) {
                    spread++;
                }
            }
        }
        assertTrue(checked > 2 * 11 * 15, "quartiles of " + checked + " trajectory metrics");
        assertTrue(spread > 0, "some trajectory (balance, stocks) varies between replications");
    }

    /** The document keeps four significant digits (ReportData.SIGNIFICANT_DIGITS): half a unit in the fourth digit. */
    static final double ROUNDING = 5e-4;

    static void assertRounded(double expected, double actual, String what) {
        assertEquals(expected, actual, ROUNDING * Math.abs(expected) + 1e-300, what);
    }

    /**
     * The headline table's intervals are the 95% interval of the mean, recomputed here from the
     * replications' values: mean +- t(0.975, n - 1) sd / sqrt(n) (t(0.975, 3) = 3.182446, tables),
     * and for a 0/1 share Wilson's (the 5th-95th percentile of a 0/1 outcome says nothing).
     */
    @Test
    void headlineIntervalsAreThoseOfTheMean() throws Exception {
        double[] v = valuesOf("baseline", "P1", "gdp_change_pct_y1.WORLD");
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        double ss = java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
        double half = 3.182446 * Math.sqrt(ss / 3) / 2;
        JsonNode h = doc.path("headline").path("baseline").path("P1").path("gdp_change_pct_y1.WORLD");
        assertRounded(mean, h.get(0).asDouble(), "mean");
        assertRounded(mean - half, h.get(1).asDouble(), "low");
        assertRounded(mean + half, h.get(2).asDouble(), "high");
        double[] war = valuesOf("baseline", "P0", "p_conflict.nato_europe");
        long k = java.util.Arrays.stream(war).filter(x -> x == 1).count();
        // Wilson, z = 1.959964: (k + z^2/2) / (n + z^2) +- z sqrt(k (n - k) / n + z^2 / 4) / (n + z^2)
        double z = 1.959964;
        double centre = (k + z * z / 2) / (4 + z * z);
        double w = z * Math.sqrt(k * (4.0 - k) / 4 + z * z / 4) / (4 + z * z);
        JsonNode p = doc.path("headline").path("baseline").path("P0").path("p_conflict.nato_europe");
        assertEquals(centre - w, p.get(1).asDouble(), 1e-3);
        assertEquals(centre + w, p.get(2).asDouble(), 1e-3);
        assertTrue(p.get(2).asDouble() - p.get(1).asDouble() < 1, "not the [0, 1] of a 0/1 outcome's percentiles");
    }

    /** The key findings are sentences, and the manifest names the study, its scenarios and its levers. */
    @Test
    void theDocumentSaysWhatTheRunFoundAndNamesWhatItRan() {
        JsonNode f = doc.path("findings");
        assertTrue(f.size() >= 1 && f.size() <= 6, f.toString());
        for (JsonNode s : f) {
            assertTrue(s.asText().endsWith("."), s.asText());
        }
        assertTrue(f.get(0).asText().contains("the chance that a war starts"), f.get(0).asText());
        JsonNode labels = doc.path("manifest").path("labels");
        assertFalse(labels.path("name").asText().isBlank());
        assertEquals("baseline", labels.path("scenarios").get(0).path("id").asText());
        assertFalse(labels.path("scenarios").get(0).path("name").asText().isBlank());
        assertFalse(labels.path("treatments").get(1).path("description").asText().isBlank());
    }

    /** numpy.quantile(v, p) with the default method 'linear': v sorted, h = (n - 1) p. */
    static double numpyQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** One metric's values over the replications of a cell, sorted, from metrics.parquet. */
    static double[] valuesOf(String scenario, String treatment, String metric) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        List<Double> out = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.PreparedStatement p = c.prepareStatement("SELECT value FROM read_parquet(?) WHERE scenario = ? "
                     + "AND treatment = ? AND metric = ?")) {
            p.setString(1, run.folder().resolve("metrics.parquet").toAbsolutePath().toString());
            p.setString(2, scenario);
            p.setString(3, treatment);
            p.setString(4, metric);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getDouble(1));
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Expected shares from the snapshot's own manifest.json (values_by_status per table), read here independently. */
    @Test
    void provenanceSharesFollowTheSnapshotStatuses() throws Exception {
        JsonNode manifest;
        try (InputStream in = EmbeddedSnapshot.class.getResourceAsStream(EmbeddedSnapshot.RESOURCE_DIR + "manifest.json")) {
            manifest = JSON.readTree(in);
        }
        JsonNode policy = null;
        JsonNode balance = null;
        for (JsonNode h : doc.path("provenance")) {
            if (h.path("metric").asText().equals("policy_cost_usd")) {
                policy = h;
            }
            if (h.path("metric").asText().equals("europe_balance_ratio_min")) {
                balance = h;
            }
        }
        List<Double> shares = new ArrayList<>();
        for (String table : List.of("spending_baseline.csv", "milex.csv", "gdp.csv")) {
            shares.add(softShare(manifest, table));
        }
        double expected = shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertRounded(expected, policy.path("estimatedOrAssumedShare").asDouble(), "policy cost share");
        // forces.csv holds estimates and assumptions only (no observed values): that input is 100% soft.
        assertEquals(1.0, softShare(manifest, "forces.csv"));
        assertEquals(1.0, balance.path("inputs").get(0).path("estimatedOrAssumedShare").asDouble());
    }

    private static double softShare(JsonNode manifest, String table) {
        for (JsonNode t : manifest.path("tables")) {
            if (t.path("name").asText().equals(table)) {
                JsonNode v = t.path("values_by_status");
                double total = 0;
                for (JsonNode n : v) {
                    total += n.asDouble();
                }
                return (v.path("estimate").asDouble() + v.path("assumption").asDouble()) / total;
            }
        }
        throw new AssertionError("no table " + table);
    }

    @Test
    void thePageIsSelfContained() throws Exception {
        Path file = ReportPage.write(run.folder(), EmbeddedSnapshot.load());
        String html = Files.readString(file);
        assertFalse(html.contains("@DATA@") || html.contains("@ECHARTS@") || html.contains("@WORLD@"));
        // No element of the page loads anything: outside the inlined scripts' text, no src= or href=
        // on script, link, img, iframe or media, and no address at all.
        String markup = html.replaceAll("(?s)(<script[^>]*>).*?(</script>)", "$1$2");
        Matcher m = Pattern.compile("<(script|link|img|iframe|source|video|audio)\\b[^>]*\\b(src|href)\\s*=", Pattern.CASE_INSENSITIVE)
                .matcher(markup);
        assertFalse(m.find(), () -> "external reference: " + m.group());
        assertFalse(markup.contains("@import") || markup.contains("http://") || markup.contains("https://"), markup);
        assertTrue(markup.length() < 10_000, "the markup outside scripts should be the template only");
        assertTrue(html.contains("connect-src 'none'"));
        // The data element parses back to the document.
        int start = html.indexOf("<script id=\"page-data\" type=\"application/json\">") + 47;
        String data = html.substring(start, html.indexOf("</script>", start));
        assertEquals(doc.path("manifest"), JSON.readTree(data).path("manifest"));
        assertTrue(Files.size(file) < 3_000_000, "report.html is " + Files.size(file) + " bytes");
    }

    private static JsonNode find(JsonNode actors, String id) {
        for (JsonNode a : actors) {
            if (a.path("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no actor " + id);
    }

    /**
     * policy.json's costs (analysis.policy.PolicyAssessment, which the dashboard's runs now write
     * too) are carried as they are, and the map's precision is each country's 95% half-width of
     * the mean, checked against commons-math's t quantile over summary.json's sd and n.
     */
    @Test
    void policyCostsAndTheMapsPrecision() throws Exception {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        org.indivisible.data.scenario.Study study = WebServerFixtureStudy.of(snapshot);
        try (org.indivisible.store.RunResults stored = org.indivisible.store.RunResults.open(run.folder())) {
            org.indivisible.analysis.policy.PolicyAssessment.withoutGrid(study, snapshot, stored::values, run.summary().seed())
                    .write(run.folder());
        }
        ObjectNode withPolicy = ReportData.of(run.folder(), snapshot);
        JsonNode policy = JSON.readTree(run.folder().resolve("policy.json").toFile());
        assertEquals("baseline", withPolicy.at("/policy/scenario").asText());
        assertEquals("policy.json", withPolicy.at("/policy/source").asText());
        JsonNode p1 = null;
        for (JsonNode c : policy.path("costs")) {
            if (c.path("treatment").asText().equals("P1")) {
                p1 = c;
            }
        }
        JsonNode shown = null;
        for (JsonNode c : withPolicy.at("/policy/costs")) {
            if (c.path("treatment").asText().equals("P1")) {
                shown = c;
            }
        }
        assertTrue(p1 != null && shown != null, "P1's cost in policy.json and in the document");
        assertRounded(p1.path("presentValueEur").asDouble(), shown.path("presentValueEur").asDouble(), "present value");
        assertRounded(p1.path("totalEur").asDouble(), shown.path("totalEur").asDouble(), "constant-price total");
        assertRounded(p1.at("/presentValueAgainstP0/mean").asDouble(), shown.at("/presentValueAgainstP0/mean").asDouble(), "against P0");
        assertTrue(p1.path("presentValueEur").asDouble() > 0, "P1 costs something");
        JsonNode summary = JSON.readTree(run.folder().resolve("summary.json").toFile());
        for (String iso : List.of("USA", "CHN", "TWN", "DEU")) {
            JsonNode m = summary.at("/results/baseline/P0/gdp_change_pct_y1." + iso);
            long n = m.path("n").asLong();
            double half = new org.apache.commons.math3.distribution.TDistribution(n - 1).inverseCumulativeProbability(0.975)
                    * m.path("sd").asDouble() / Math.sqrt(n);
            assertRounded(half, withPolicy.at("/precision/baseline/P0/" + iso).asDouble(), "half-width " + iso);
        }
    }

    /** The study of WebFixtures.baselineRun: the default study's baseline under P0 and P1. */
    static final class WebServerFixtureStudy {
        static org.indivisible.data.scenario.Study of(EmbeddedSnapshot snapshot) {
            var study = org.indivisible.data.scenario.ScenarioFiles.loadStudy(WebFixtures.SCENARIOS.resolve("default-study.yaml"), snapshot)
                    .orElseThrow();
            return org.indivisible.web.server.WebServer.subset(study, List.of("baseline"), List.of("P0", "P1"));
        }
    }
}
