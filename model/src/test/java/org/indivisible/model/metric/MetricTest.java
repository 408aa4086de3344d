package org.indivisible.model.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue builds ids and recognises them, each id as exactly the family that built it. */
class MetricTest {

    /** A plausible key for each placeholder (ids as the observers write them). */
    private static final Map<String, String> SAMPLE = Map.ofEntries(Map.entry("theater", "taiwan"), Map.entry("ISO3", "USA"),
            Map.entry("partner", "CHN"), Map.entry("ID", "NATO_EUROPE"), Map.entry("group", "IP4"),
            Map.entry("pair", "CHN.taiwan"), Map.entry("type", "armoured_brigade"), Map.entry("capability", "tanker"),
            Map.entry("enabler", "isr_c2"), Map.entry("munition", "jassm_er"), Map.entry("line", "kor-pol-155"),
            Map.entry("channel", "trade"), Map.entry("year", "2027"), Map.entry("k", "3"), Map.entry("days", "30"),
            Map.entry("domain", "land"), Map.entry("stock", "lng"), Map.entry("outcome", "negotiated"));

    @Test
    void everyFamilysIdIsRecognisedAsThatFamilyWithItsKeys() {
        for (Metric m : Metric.values()) {
            String[] keys = m.placeholders().stream().map(p -> {
                assertTrue(SAMPLE.containsKey(p), m + ": no sample for <" + p + ">");
                return SAMPLE.get(p);
            }).toArray(String[]::new);
            String id = m.id(keys);
            MetricId parsed = Metric.of(id).orElseThrow(() -> new AssertionError(m + ": " + id + " not recognised"));
            assertEquals(m, parsed.family(), id);
            assertEquals(List.of(keys), parsed.keys(), id);
            assertTrue(m.matches(id), id);
            // The regex the dashboard receives matches the id too.
            assertTrue(Pattern.compile(m.regex()).matcher(id).matches(), m.regex() + " vs " + id);
        }
    }

    @Test
    void patternsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Metric m : Metric.values()) {
            assertTrue(seen.add(m.pattern()), "twice: " + m.pattern());
        }
    }

    @Test
    void fixedIdsTakePrecedenceOverPatterns() {
        assertEquals(Metric.P_CONFLICT_INDO_PACIFIC, Metric.of("p_conflict.indo_pacific").orElseThrow().family());
        assertEquals(Metric.P_CONFLICT, Metric.of("p_conflict.nato_europe").orElseThrow().family());
        assertEquals(Metric.EUROPE_BALANCE_RATIO_START, Metric.of("europe_balance_ratio_start").orElseThrow().family());
        assertEquals(Metric.EUROPE_BALANCE_DOMAIN_MIN, Metric.of("europe_balance_maritime_min").orElseThrow().family());
        assertEquals(Metric.BLOCKADE_WEEK_ENERGY_EXHAUSTED, Metric.of("blockade_week_energy_exhausted.taiwan").orElseThrow().family());
        assertEquals(Metric.EUROPE_REPLACE_US_USD_25Y, Metric.of("europe_replace_us_usd_25y").orElseThrow().family());
        assertEquals(Metric.POLICY_COST_EUR_CONST, Metric.of("policy_cost_eur_const").orElseThrow().family());
    }

    @Test
    void keysAreNamedByPlaceholder() {
        MetricId id = Metric.of("munitions_stock_2031.POL.shell_155").orElseThrow();
        assertEquals(Metric.MUNITIONS_STOCK_YEAR, id.family());
        assertEquals("2031", id.key("year"));
        assertEquals("POL.shell_155", id.key().substring(5));
        assertEquals("CHN.taiwan", Metric.of("p_war_cond.CHN.taiwan").orElseThrow().key());
        assertEquals(Metric.GDP_CHANGE_PCT_Y1_CHANNEL, Metric.of("gdp_change_pct_y1.WORLD.trade").orElseThrow().family());
        assertEquals(Metric.GDP_CHANGE_PCT_Y1, Metric.of("gdp_change_pct_y1.WORLD").orElseThrow().family());
        assertThrows(IllegalArgumentException.class, () -> id.key("theater"));
    }

    @Test
    void unknownIdsAndWrongArityAreRefused() {
        assertTrue(Metric.of("no_such_metric.taiwan").isEmpty());
        assertTrue(Metric.of("p_conflict").isEmpty());
        assertFalse(Metric.P_CONFLICT.matches("p_conflict.indo_pacific"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metric.LOSSES.id("taiwan"));
        assertTrue(e.getMessage().contains("losses.<theater>.<ISO3>.<type>"), e.getMessage());
        assertEquals("policy_cost_usd", Metric.POLICY_COST_USD.id());
        assertEquals("europe_balance_ratio_y4", Metric.EUROPE_BALANCE_RATIO_YEAR.id(4));
    }
}
