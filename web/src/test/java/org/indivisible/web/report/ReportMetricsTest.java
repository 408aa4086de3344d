package org.indivisible.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indivisible.model.metric.Metric;
import org.junit.jupiter.api.Test;

/**
 * The page reads ids with the catalogue the document carries: the families charts.js names exist,
 * every metric id written out in the page's scripts is one the catalogue recognises, and the
 * document's catalogue states each family's uses.
 */
class ReportMetricsTest {

    private static final List<String> SCRIPTS = List.of("/org/indivisible/web/charts.js",
            "/org/indivisible/web/dashboard/dashboard.js");

    @Test
    void theFamiliesChartsJsNamesAreInTheCatalogue() throws IOException {
        String js = resource(SCRIPTS.get(0));
        Set<String> names = new HashSet<>();
        Arrays.stream(Metric.values()).forEach(m -> names.add(m.name()));
        Matcher m = Pattern.compile("(?:metricId\\(|isMetric\\([^,()]+, |family === )'([A-Z0-9_]+)'").matcher(js);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(names.contains(m.group(1)), "charts.js names family " + m.group(1) + ", which the catalogue "
                    + "(org.indivisible.model.metric.Metric) does not have");
        }
        assertTrue(found >= 5, "charts.js should read trajectories through the catalogue; found " + found + " family names");
    }

    /** A quoted id in a script ('europe_gap_usd', 'gdp_change_pct_y1.' + id) must still be a family's. */
    @Test
    void everyMetricIdWrittenInTheScriptsIsRecognised() throws IOException {
        Set<String> stems = new HashSet<>();
        for (Metric f : Metric.values()) {
            String before = f.pattern().split("\\.", 2)[0];
            if (!before.contains("<")) {
                stems.add(before);
            }
        }
        Pattern quoted = Pattern.compile("'([a-z][a-z0-9_]*_[a-z0-9_]*(?:\\.[A-Za-z0-9_.-]*)?)'");
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (String script : SCRIPTS) {
            Matcher m = quoted.matcher(resource(script));
            while (m.find()) {
                String id = m.group(1);
                if (!stems.contains(id.split("\\.", 2)[0])) {
                    continue;
                }
                checked++;
                // An id the script completes ('gdp_change_pct_y1.' + a.id): some family's ids begin so.
                boolean ok = id.endsWith(".")
                        ? Arrays.stream(Metric.values()).anyMatch(f -> beginsAnId(f, id))
                        : Metric.of(id).isPresent();
                if (!ok) {
                    unknown.add(script + ": '" + id + "'");
                }
            }
        }
        assertTrue(unknown.isEmpty(), "metric ids no catalogue family has: " + unknown);
        assertTrue(checked >= 10, "only " + checked + " ids checked");
    }

    @Test
    void theDocumentsCatalogueStatesEachFamilysUses() {
        ArrayNode c = ReportMetrics.catalogue();
        assertEquals(Metric.values().length, c.size());
        JsonNode gdp = null;
        JsonNode war = null;
        for (JsonNode f : c) {
            for (String field : List.of("name", "pattern", "regex", "placeholders", "unit", "meaning", "reported", "compared",
                    "charted", "trajectory")) {
                assertTrue(f.has(field), f.path("name") + " lacks " + field);
            }
            if (f.path("name").asText().equals("GDP_CHANGE_PCT_Y1")) {
                gdp = f;
            }
            if (f.path("name").asText().equals("P_WAR_COND")) {
                war = f;
            }
        }
        assertTrue(gdp.path("reported").asBoolean());
        assertEquals("[\"CHN\",\"EU27\",\"NATO_EUROPE\",\"USA\",\"WORLD\"]", gdp.path("charted").toString());
        assertTrue(war.path("compared").asBoolean());
        assertFalse(war.path("trajectory").asBoolean());
        assertEquals("p_war_cond\\.([A-Z0-9_]+\\.[a-z_]+)", war.path("regex").asText());
        // Fixed ids come before the patterns they would also match.
        List<String> order = new ArrayList<>();
        c.forEach(f -> order.add(f.path("name").asText()));
        assertTrue(order.indexOf("P_CONFLICT_INDO_PACIFIC") < order.indexOf("P_CONFLICT"));
    }

    /** Whether the family's regex could match the text with more appended (the matcher ran out of input). */
    private static boolean beginsAnId(Metric f, String text) {
        Matcher m = Pattern.compile(f.regex()).matcher(text);
        return m.matches() || m.hitEnd();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ReportMetricsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
