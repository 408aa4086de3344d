package org.indivisible.model.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricSelectionTest {

    private final MetricSelection s = MetricSelection.of(Metric.P_WAR_COND, Metric.EUROPE_BALANCE_DOMAIN_MIN)
            .and(Metric.GDP_CHANGE_PCT_Y1, "WORLD", "EU27").and(Metric.EUROPE_BALANCE_FLANK_MIN, "30");

    @Test
    void containsWholeFamiliesAndTheNamedKeysOnly() {
        assertTrue(s.contains("p_war_cond.CHN.taiwan"));
        assertTrue(s.contains("gdp_change_pct_y1.EU27"));
        assertFalse(s.contains("gdp_change_pct_y1.USA"));
        assertFalse(s.contains("gdp_change_pct_y1.WORLD.trade"));
        assertTrue(s.contains("europe_balance_flank_d30_min"));
        assertFalse(s.contains("europe_balance_flank_d10_min"));
        assertTrue(s.contains("europe_balance_air_min"));
        // A family that takes precedence is not in the selection though the regex matches it.
        assertFalse(s.contains("europe_balance_ratio_min"));
        assertTrue(Pattern.compile(s.regex()).matcher("europe_balance_ratio_min").matches());
        assertFalse(s.contains("no_such.metric"));
    }

    @Test
    void theRegexMatchesEveryIdSelected() {
        Pattern p = Pattern.compile(s.regex());
        for (String id : List.of("p_war_cond.CHN.taiwan", "gdp_change_pct_y1.WORLD", "gdp_change_pct_y1.EU27",
                "europe_balance_flank_d30_min", "europe_balance_land_min")) {
            assertTrue(p.matcher(id).matches(), id);
        }
        assertFalse(p.matcher("gdp_change_pct_y1.USA").matches());
        assertEquals(Set.of("30"), s.keys(Metric.EUROPE_BALANCE_FLANK_MIN).orElseThrow());
        assertTrue(s.keys(Metric.P_WAR_COND).isEmpty());
        assertFalse(s.without(Metric.P_WAR_COND).contains("p_war_cond.CHN.taiwan"));
    }
}
