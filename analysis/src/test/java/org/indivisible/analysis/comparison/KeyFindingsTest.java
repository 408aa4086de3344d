package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KeyFindingsTest {

    /** 40 replications of a cell: p_war_cond.CHN.taiwan = base + shift + a deterministic spread, and its 0/1 outcome. */
    static SortedMap<String, SortedMap<Integer, Double>> cell(double base, double shift) {
        SortedMap<String, SortedMap<Integer, Double>> m = new TreeMap<>();
        SortedMap<Integer, Double> cond = new TreeMap<>();
        SortedMap<Integer, Double> share = new TreeMap<>();
        for (int k = 0; k < 40; k++) {
            // Each replication's own shift varies a little, so the paired differences have spread.
            cond.put(k, base + 0.01 * (k % 7) + shift * (1 + 0.1 * (k % 3)));
            share.put(k, k % 5 == 0 ? 1.0 : 0.0);
        }
        m.put("p_war_cond.CHN.taiwan", cond);
        m.put("p_conflict.taiwan", share);
        return m;
    }

    @Test
    void aLeverThatLowersRiskIsNamedWithItsIntervalAndOneWithoutAPathIsLabelled() {
        Map<String, SortedMap<String, SortedMap<Integer, Double>>> cells = new HashMap<>();
        cells.put("baseline/P0", cell(0.20, 0));
        cells.put("baseline/P3", cell(0.20, -0.03));
        cells.put("baseline/P4", cell(0.20, 0));
        List<String> f = KeyFindings.of(List.of("baseline"), List.of("P0", "P3", "P4"), (s, t) -> cells.get(s + "/" + t), Map.of());
        // Level: mean of 0.20 + 0.01 * (k mod 7) over k = 0..39 = 0.20 + 0.01 * 117 / 40 = 0.22925; its interval is
        // narrower than a point each side, so one decimal.
        assertTrue(f.get(0).contains("22.9% ("), f.get(0));
        assertTrue(f.get(0).contains("over the Taiwan Strait"), f.get(0));
        String levers = String.join(" ", f);
        // P3's paired change: -0.03 * mean(1 + 0.1 (k mod 3)) = -0.03 * (1 + 0.1 * 39 / 40) = -3.29 points.
        assertTrue(levers.contains("P3 lowers the chance of war over the Taiwan Strait in the baseline scenario by 3.29"), levers);
        assertTrue(levers.contains("P4 has no modelled effect on war risk"), levers);
        assertEquals(3, f.size(), f.toString());
    }

    @Test
    void probabilitiesCarryThePrecisionTheirIntervalSupports() {
        assertEquals("30% (13-47)", KeyFindings.percent(0.30, new Interval(0.13, 0.47)));
        assertEquals("2.4% (2.1-2.7)", KeyFindings.percent(0.024, new Interval(0.021, 0.027)));
    }
}
