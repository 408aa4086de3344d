package org.indivisible.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.analysis.comparison.Comparison;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.KeyFindings;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.data.snapshot.CsvTable;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.data.snapshot.TableInfo;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.metric.MetricId;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.store.ResultsStore;
import org.indivisible.store.RunResults;

/**
 * Gathers what a run folder holds into the one JSON document the report and the dashboard draw
 * from ({@code indivisible.report/1}, described in docs/web.md):
 *
 * <ul>
 *   <li>{@code manifest}: manifest.json as it is;</li>
 *   <li>{@code metrics}: the metric catalogue ({@link ReportMetrics#catalogue()}): every family's id pattern,
 *       regular expression, unit and meaning, and whether the report keeps, compares, charts it;</li>
 *   <li>{@code summary}: summary.json's results for the metrics the report shows ({@link ReportMetrics#REPORTED});</li>
 *   <li>{@code comparisons}: every treatment against the study's first in each scenario, paired by
 *       replication (paired-t 95% intervals, exact McNemar for 0/1 outcomes, with the MDE;
 *       {@link Comparison}), with the change per US$ billion of added policy cost;</li>
 *   <li>{@code warRisk}: the chance of each decided war per cell, conditional estimate and share of
 *       replications, and each treatment's effect on it with MDE and hazard ratio ({@link WarRisk});</li>
 *   <li>{@code quartiles}: the 25th and 75th percentiles of the yearly trajectories ({@link ReportMetrics#TRAJECTORY}),
 *       per scenario, treatment and metric, for the fan charts' inner band (summary.json has the
 *       5th, 50th and 95th);</li>
 *   <li>{@code distributions}: histograms of the headline metrics' per-replication values
 *       (from results.duckdb), bins shared by every cell of a metric;</li>
 *   <li>{@code sensitivity}: sensitivity.json when the folder has one;</li>
 *   <li>{@code actors}: the snapshot's actors with their capitals and ISO 3166-1 numeric codes
 *       (the map's country ids);</li>
 *   <li>{@code provenance}: per headline number, the inputs it rests on and the share of their
 *       values that are observed, derived, estimates or assumptions.</li>
 * </ul>
 *
 * Stateless; every method reads the folder anew.
 */
public final class ReportData {

    /** Identifies the document's layout; bumped when it changes incompatibly. */
    public static final String FORMAT = "indivisible.report/1";

    /** Metrics whose distributions are drawn (when the run records them). */
    static final List<String> HEADLINE_METRICS = List.of(Metric.GDP_CHANGE_PCT_Y1.id("WORLD"),
            Metric.GDP_CHANGE_PCT_Y1.id("EU27"), Metric.GDP_CHANGE_PCT_Y1.id("USA"), Metric.GDP_CHANGE_PCT_Y1.id("CHN"),
            Metric.EUROPE_BALANCE_RATIO_MIN.id(), Metric.EUROPE_GAP_USD.id(), Metric.POLICY_COST_USD.id());

    /** Bins of each distribution's histogram. */
    static final int BINS = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportData() {
    }

    /**
     * The report document of a run folder (needs manifest.json and summary.json; results.duckdb
     * and sensitivity.json are used when present).
     *
     * @throws IOException when the folder is not a run folder or a file cannot be read
     */
    public static ObjectNode of(Path runFolder, Snapshot snapshot) throws IOException {
        Path manifestFile = org.indivisible.analysis.run.RunFolder.of(runFolder).manifest();
        Path summaryFile = org.indivisible.analysis.run.RunFolder.of(runFolder).summary();
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(summaryFile)) {
            throw new IOException(runFolder + " is not a complete run folder (it needs manifest.json and summary.json)");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.set("manifest", JSON.readTree(manifestFile.toFile()));
        root.set("metrics", ReportMetrics.catalogue());
        JsonNode summary = JSON.readTree(summaryFile.toFile());
        root.set("summary", reportedOnly(summary.path("results")));
        ArrayNode comparisons = root.putArray("comparisons");
        ObjectNode distributions = root.putObject("distributions");
        Map<String, SortedMap<String, SortedMap<Integer, Double>>> values = new LinkedHashMap<>();
        if (Files.isRegularFile(runFolder.resolve(ResultsStore.DUCKDB_FILE))) {
            values = comparedValues(runFolder);
            addComparisons(values, comparisons);
            root.set("warRisk", warRisk(values));
            addDistributions(values, distributions);
            root.set("quartiles", quartiles(runFolder));
            root.set("findings", findings(values, root.path("manifest")));
        }
        root.set("headline", HeadlineIntervals.of(root.path("summary"), values));
        Path sensitivity = org.indivisible.analysis.run.RunFolder.of(runFolder).sensitivity();
        if (Files.isRegularFile(sensitivity)) {
            root.set("sensitivity", JSON.readTree(sensitivity.toFile()));
        }
        Path policy = org.indivisible.analysis.run.RunFolder.of(runFolder).policy();
        if (Files.isRegularFile(policy)) {
            root.set("policy", policyCosts(JSON.readTree(policy.toFile()), root.path("manifest")));
        }
        root.set("precision", mapPrecision(values));
        root.set("actors", actors());
        root.set("provenance", provenance(snapshot));
        return Compact.round(root, SIGNIFICANT_DIGITS);
    }

    /**
     * The costs of policy.json (analysis.policy.PolicyAssessment, written by {@code indivisible run}
     * and the dashboard): per treatment the constant-price total, the present value and the present
     * value's paired change against P0 and against the pledges, in constant 2025 euros, for the
     * scenario they are computed in ({@code scenario}: the baseline, else the study's first).
     */
    static ObjectNode policyCosts(JsonNode policy, JsonNode manifest) {
        ObjectNode out = JSON.createObjectNode();
        out.put("source", "policy.json");
        out.put("units", policy.path("units").asText(""));
        List<String> scenarios = new ArrayList<>();
        manifest.path("scenarios").forEach(x -> scenarios.add(x.asText()));
        out.put("scenario", scenarios.contains("baseline") ? "baseline" : scenarios.isEmpty() ? "" : scenarios.get(0));
        ArrayNode costs = out.putArray("costs");
        for (JsonNode c : policy.path("costs")) {
            ObjectNode o = costs.addObject();
            o.set("treatment", c.path("treatment"));
            o.set("totalEur", c.path("totalEur"));
            o.set("presentValueEur", c.path("presentValueEur"));
            for (String f : List.of("presentValueAgainstP0", "presentValueAgainstPledges")) {
                if (c.has(f)) {
                    o.set(f, c.get(f));
                }
            }
        }
        return out;
    }

    /**
     * The precision the replications support for the map's figures: the 95% half-width of the mean
     * first-year GDP change of each country per cell ({@code {scenario: {treatment: {ISO3: half}}}},
     * t over the replications' values), so the map rounds each figure to it.
     */
    static ObjectNode mapPrecision(Map<String, SortedMap<String, SortedMap<Integer, Double>>> values) {
        ObjectNode out = JSON.createObjectNode();
        values.forEach((cell, metrics) -> {
            String[] c = cell.split("/", 2);
            ObjectNode s = out.has(c[0]) ? (ObjectNode) out.get(c[0]) : out.putObject(c[0]);
            ObjectNode t = s.putObject(c[1]);
            metrics.forEach((metric, v) -> {
                Optional<MetricId> id = Metric.of(metric).filter(x -> x.family() == Metric.GDP_CHANGE_PCT_Y1);
                if (id.isPresent() && v.size() > 1) {
                    double[] m = HeadlineIntervals.fromValues(metric,
                            v.values().stream().mapToDouble(Double::doubleValue).toArray());
                    t.put(id.get().key(), (m[2] - m[1]) / 2);
                }
            });
        });
        return out;
    }

    /**
     * Significant digits kept of every number in the document: four, far beyond what a few hundred
     * replications resolve (a mean's 95% interval is rarely narrower than 1% of it), and half the
     * size of the 17 digits a double prints. summary.json keeps every digit.
     */
    static final int SIGNIFICANT_DIGITS = 4;

    /**
     * The key findings ({@link KeyFindings}, the sentences the CLI's brief opens with), in the
     * run's scenario and treatment order, scenarios called by the names their files give.
     */
    static ArrayNode findings(Map<String, SortedMap<String, SortedMap<Integer, Double>>> values, JsonNode manifest) {
        List<String> scenarios = new ArrayList<>();
        List<String> treatments = new ArrayList<>();
        for (String cell : values.keySet()) {
            String[] c = cell.split("/", 2);
            if (!scenarios.contains(c[0])) {
                scenarios.add(c[0]);
            }
            if (!treatments.contains(c[1])) {
                treatments.add(c[1]);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode l : manifest.path("labels").path("scenarios")) {
            names.put(l.path("id").asText(), l.path("name").asText(l.path("id").asText()));
        }
        ArrayNode out = JSON.createArrayNode();
        KeyFindings.of(scenarios, treatments, (s, t) -> values.get(s + "/" + t), names).forEach(out::add);
        return out;
    }

    /** summary.json's results restricted to {@link ReportMetrics#REPORTED}. */
    static ObjectNode reportedOnly(JsonNode results) {
        ObjectNode out = JSON.createObjectNode();
        results.properties().forEach(scenario -> {
            ObjectNode s = out.putObject(scenario.getKey());
            scenario.getValue().properties().forEach(treatment -> {
                ObjectNode t = s.putObject(treatment.getKey());
                treatment.getValue().properties().forEach(metric -> {
                    if (reported(metric.getKey())) {
                        // The charts read the mean and the 5th, 50th and 95th percentiles; the headline
                        // table's intervals come precomputed (HeadlineIntervals). sd and n stay in summary.json.
                        ObjectNode m = t.putObject(metric.getKey());
                        for (String f : SUMMARY_FIELDS) {
                            if (metric.getValue().has(f)) {
                                m.set(f, metric.getValue().get(f));
                            }
                        }
                    }
                });
            });
        });
        return out;
    }

    /** The statistics of each metric the document keeps from summary.json. */
    static final List<String> SUMMARY_FIELDS = List.of("mean", "p05", "p50", "p95");

    static boolean reported(String metric) {
        return ReportMetrics.REPORTED.contains(metric);
    }

    /**
     * Every replication's value of the compared metrics, per cell ("scenario/treatment", in the
     * run's order): one query, filtered in DuckDB, read once for comparisons and distributions.
     */
    static Map<String, SortedMap<String, SortedMap<Integer, Double>>> comparedValues(Path runFolder) throws IOException {
        Map<String, SortedMap<String, SortedMap<Integer, Double>>> out = new LinkedHashMap<>();
        try (Connection c = RunResults.connect(runFolder);
             PreparedStatement p = c.prepareStatement("SELECT scenario, treatment, metric, replication, value FROM metrics "
                     + "WHERE regexp_full_match(metric, ?) ORDER BY rowid")) {
            // DuckDB narrows by the catalogue's regular expressions; the catalogue decides.
            p.setString(1, ReportMetrics.COMPARED.regex());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (!ReportMetrics.COMPARED.contains(rs.getString(3))) {
                        continue;
                    }
                    out.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(3), k -> new TreeMap<>()).put(rs.getInt(4), rs.getDouble(5));
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot read " + runFolder.resolve(ResultsStore.DUCKDB_FILE) + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The 25th and 75th percentiles of each trajectory metric per cell, {@code {scenario: {treatment:
     * {metric: [p25, p75]}}}}, from every replication's value in results.duckdb ({@code quantile_cont}:
     * linear interpolation between order statistics, Hyndman and Fan definition 7, as numpy's default).
     */
    static ObjectNode quartiles(Path runFolder) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        try (Connection c = RunResults.connect(runFolder);
             PreparedStatement p = c.prepareStatement("SELECT scenario, treatment, metric, quantile_cont(value, 0.25), "
                     + "quantile_cont(value, 0.75), min(rowid) AS first FROM metrics WHERE regexp_full_match(metric, ?) "
                     + "GROUP BY scenario, treatment, metric ORDER BY first")) {
            p.setString(1, ReportMetrics.TRAJECTORY.regex());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (!ReportMetrics.TRAJECTORY.contains(rs.getString(3))) {
                        continue;
                    }
                    ObjectNode s = out.has(rs.getString(1)) ? (ObjectNode) out.get(rs.getString(1)) : out.putObject(rs.getString(1));
                    ObjectNode t = s.has(rs.getString(2)) ? (ObjectNode) s.get(rs.getString(2)) : s.putObject(rs.getString(2));
                    t.putArray(rs.getString(3)).add(rs.getDouble(4)).add(rs.getDouble(5));
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot read " + runFolder.resolve(ResultsStore.DUCKDB_FILE) + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void addComparisons(Map<String, SortedMap<String, SortedMap<Integer, Double>>> values, ArrayNode out) {
        List<String[]> cells = values.keySet().stream().map(k -> k.split("/", 2)).toList();
        if (cells.isEmpty()) {
            return;
        }
        String baseline = cells.get(0)[1];
        List<String> scenarios = cells.stream().map(c -> c[0]).distinct().toList();
        for (String scenario : scenarios) {
            SortedMap<String, SortedMap<Integer, Double>> base = null;
            for (String[] c : cells) {
                if (!c[0].equals(scenario) || c[1].equals(baseline)) {
                    continue;
                }
                if (base == null) {
                    base = values.getOrDefault(scenario + "/" + baseline, new TreeMap<>());
                }
                Comparison cmp = Comparison.of(scenario, baseline, c[1], base,
                        values.getOrDefault(scenario + "/" + c[1], new TreeMap<>()), true);
                ObjectNode o = out.addObject();
                o.put("scenario", scenario);
                o.put("baseline", baseline);
                o.put("treatment", c[1]);
                cmp.costDifferenceUsd().ifPresent(x -> o.put("costDifferenceUsd", x));
                ArrayNode diffs = o.putArray("differences");
                for (Difference d : cmp.differences()) {
                    if (!ReportMetrics.SHOWN_DIFFERENCES.contains(d.metric())) {
                        continue;
                    }
                    ObjectNode x = difference(d);
                    diffs.add(x);
                    if (!d.metric().equals(Comparison.COST_METRIC)) {
                        cmp.perBillionUsd(d).ifPresent(v -> x.put("perBillionUsd", v));
                    }
                }
            }
        }
    }

    /**
     * The chance of each decided war per cell and each treatment's effect on it against the study's
     * first treatment ({@link WarRisk}): {@code {levels: [{scenario, treatment, theater, conditional,
     * conditionalLow, conditionalHigh, share, shareLow, shareHigh, n}], effects: [{scenario, baseline,
     * treatment, theater, conditional: difference, share: difference, hazardRatio, hazardRatioLow,
     * hazardRatioHigh, sameHazards}]}}, differences as in {@code comparisons}. The conditional
     * estimate is absent where the scenario forces or forbids the war.
     */
    static ObjectNode warRisk(Map<String, SortedMap<String, SortedMap<Integer, Double>>> values) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode levels = out.putArray("levels");
        ArrayNode effects = out.putArray("effects");
        List<String[]> cells = values.keySet().stream().map(k -> k.split("/", 2)).toList();
        if (cells.isEmpty()) {
            return out;
        }
        String baseline = cells.get(0)[1];
        for (String[] c : cells) {
            SortedMap<String, SortedMap<Integer, Double>> v = values.get(c[0] + "/" + c[1]);
            SortedMap<String, SortedMap<Integer, Double>> base = values.get(c[0] + "/" + baseline);
            for (String theater : WarRisk.PAIRS.keySet()) {
                WarRisk.level(v, theater).ifPresent(l -> {
                    ObjectNode o = levels.addObject();
                    o.put("scenario", c[0]);
                    o.put("treatment", c[1]);
                    o.put("theater", theater);
                    if (l.hasConditional()) {
                        o.put("conditional", l.conditional());
                        o.put("conditionalLow", l.conditionalInterval().low());
                        o.put("conditionalHigh", l.conditionalInterval().high());
                    }
                    o.put("share", l.binary());
                    o.put("shareLow", l.binaryInterval().low());
                    o.put("shareHigh", l.binaryInterval().high());
                    o.put("n", l.n());
                });
                if (c[1].equals(baseline) || base == null) {
                    continue;
                }
                WarRisk.effect(base, v, theater).ifPresent(e -> {
                    ObjectNode o = effects.addObject();
                    o.put("scenario", c[0]);
                    o.put("baseline", baseline);
                    o.put("treatment", c[1]);
                    o.put("theater", theater);
                    if (e.hasConditional()) {
                        o.set("conditional", difference(e.conditional()));
                    }
                    o.set("share", difference(e.binary()));
                    if (e.hazardRatio() != null && e.hazardRatio().interval() != null) {
                        o.put("hazardRatio", e.hazardRatio().ratio());
                        o.put("hazardRatioLow", e.hazardRatio().interval().low());
                        o.put("hazardRatioHigh", e.hazardRatio().interval().high());
                        o.put("sameHazards", e.hazardRatio().identical());
                    }
                });
            }
        }
        return out;
    }

    private static ObjectNode difference(Difference d) {
        ObjectNode x = JSON.createObjectNode();
        x.put("metric", d.metric());
        x.put("baselineMean", d.baselineMean());
        x.put("treatmentMean", d.treatmentMean());
        x.put("difference", d.difference());
        putFinite(x, "low", d.low());
        putFinite(x, "high", d.high());
        x.put("n", d.n());
        x.put("significant", d.significant());
        x.put("method", d.method().label());
        putFinite(x, "mde", d.mde());
        x.put("constant", d.constant());
        if (d.mcnemar() != null) {
            x.put("treatmentOnly", d.mcnemar().treatmentOnly());
            x.put("baselineOnly", d.mcnemar().baselineOnly());
            x.put("mcnemarP", d.mcnemar().pValue());
        }
        return x;
    }

    private static void putFinite(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    private static void addDistributions(Map<String, SortedMap<String, SortedMap<Integer, Double>>> values, ObjectNode out) {
        Map<String, Map<String, double[]>> byMetric = new LinkedHashMap<>();
        for (String metric : HEADLINE_METRICS) {
            values.forEach((cell, metrics) -> {
                SortedMap<Integer, Double> v = metrics.get(metric);
                if (v != null && !v.isEmpty()) {
                    byMetric.computeIfAbsent(metric, k -> new LinkedHashMap<>())
                            .put(cell, v.values().stream().mapToDouble(Double::doubleValue).toArray());
                }
            });
        }
        byMetric.forEach((metric, cellValues) -> {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double[] v : cellValues.values()) {
                for (double x : v) {
                    low = Math.min(low, x);
                    high = Math.max(high, x);
                }
            }
            ObjectNode m = out.putObject(metric);
            m.put("low", low);
            m.put("high", high);
            m.put("bins", BINS);
            ObjectNode counts = m.putObject("counts");
            double lo = low;
            double hi = high;
            cellValues.forEach((cell, v) -> {
                ArrayNode a = counts.putArray(cell);
                for (long n : histogram(v, lo, hi, BINS)) {
                    a.add(n);
                }
            });
        });
    }

    /**
     * Counts of {@code values} in {@code bins} equal bins over [low, high]; the last bin is
     * closed. All values fall in the first bin when low == high.
     */
    static long[] histogram(double[] values, double low, double high, int bins) {
        long[] counts = new long[bins];
        double width = (high - low) / bins;
        for (double x : values) {
            int b = width > 0 ? (int) Math.floor((x - low) / width) : 0;
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return counts;
    }

    /** The snapshot's actors: id, name, capital coordinates and the ISO 3166-1 numeric code world-atlas uses. */
    static ArrayNode actors() throws IOException {
        Map<String, String> numeric = isoNumeric();
        ArrayNode out = JSON.createArrayNode();
        for (CsvTable.Row r : EmbeddedSnapshot.table("actors.csv").rows()) {
            ObjectNode a = out.addObject();
            a.put("id", r.get("iso3"));
            a.put("name", r.get("name"));
            if (!r.get("lat").isBlank() && !r.get("lon").isBlank()) {
                a.put("lat", r.getDouble("lat"));
                a.put("lon", r.getDouble("lon"));
            }
            String n = numeric.get(r.get("iso3"));
            if (n != null) {
                a.put("isoNumeric", n);
            }
        }
        return out;
    }

    /** iso3166-numeric.csv: ISO3 -> the three-digit numeric code. */
    static Map<String, String> isoNumeric() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = ReportData.class.getResourceAsStream("/org/indivisible/web/iso3166-numeric.csv")) {
            if (in == null) {
                throw new IOException("iso3166-numeric.csv missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("iso3,")) {
                    continue;
                }
                String[] f = line.trim().split(",");
                out.put(f[0], f[1]);
            }
        }
        return out;
    }

    /**
     * One headline number and what it rests on: snapshot tables and the prefixes of the
     * uncertain parameters of the submodels that compute it (docs/web.md, "Provenance").
     */
    record Headline(String label, Metric metric, List<String> tables, List<String> parameterPrefixes) {
    }

    static final List<Headline> HEADLINES = List.of(
            new Headline("GDP change (first year)", Metric.GDP_CHANGE_PCT_Y1, List.of("gdp.csv", "wiod2011.csv.gz"),
                    List.of("economy.")),
            new Headline("Europe's balance and gap", Metric.EUROPE_BALANCE_RATIO_MIN, List.of("forces.csv", "munitions.csv"),
                    List.of("forces.", "combat.", "posture.", "munitions.")),
            new Headline("Munitions days of supply", Metric.MUNITIONS_DAYS_OF_SUPPLY_MIN,
                    List.of("munitions.csv", "munitions_statements.csv"), List.of("munitions.")),
            new Headline("Policy cost", Metric.POLICY_COST_USD, List.of("spending_baseline.csv", "milex.csv", "gdp.csv"),
                    List.of()));

    /**
     * Per headline: each input (a table, or the submodel's uncertain parameters) with how many
     * of its values have each status, and the headline's share resting on estimates and
     * assumptions, each input weighted equally (a table of two million observed trade flows
     * should not hide a guessed elasticity).
     */
    static ArrayNode provenance(Snapshot snapshot) {
        Map<String, TableInfo> tables = new TreeMap<>();
        for (TableInfo t : snapshot.tables()) {
            tables.put(t.name(), t);
        }
        ArrayNode out = JSON.createArrayNode();
        for (Headline h : HEADLINES) {
            ObjectNode o = out.addObject();
            o.put("label", h.label());
            o.put("metric", h.metric().pattern());
            ArrayNode inputs = o.putArray("inputs");
            List<Double> shares = new ArrayList<>();
            for (String name : h.tables()) {
                TableInfo t = tables.get(name);
                if (t != null && !t.valuesByStatus().isEmpty()) {
                    shares.add(addInput(inputs, "table " + name, t.valuesByStatus()));
                }
            }
            for (String prefix : h.parameterPrefixes()) {
                SortedMap<String, Integer> byStatus = new TreeMap<>();
                for (UncertainParameter p : snapshot.parameters()) {
                    if (p.id().startsWith(prefix)) {
                        byStatus.merge(p.status().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                    }
                }
                if (!byStatus.isEmpty()) {
                    shares.add(addInput(inputs, "parameters " + prefix + "*", byStatus));
                }
            }
            o.put("estimatedOrAssumedShare", shares.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }
        return out;
    }

    private static double addInput(ArrayNode inputs, String name, Map<String, Integer> byStatus) {
        ObjectNode i = inputs.addObject();
        i.put("input", name);
        ObjectNode counts = i.putObject("values");
        long total = 0;
        long soft = 0;
        for (Iterator<Map.Entry<String, Integer>> it = byStatus.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Integer> e = it.next();
            counts.put(e.getKey(), e.getValue());
            total += e.getValue();
            if (e.getKey().equals("estimate") || e.getKey().equals("assumption")) {
                soft += e.getValue();
            }
        }
        double share = total == 0 ? 0 : (double) soft / total;
        i.put("estimatedOrAssumedShare", share);
        return share;
    }
}
