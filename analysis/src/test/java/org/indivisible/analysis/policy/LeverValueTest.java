package org.indivisible.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Cost-effectiveness is shown only where the effect is seen, and ranked by it (docs/decisions.md 9 and 11). */
class LeverValueTest {

    private static final String TAIWAN = "p_war_cond.CHN.taiwan";

    /** A cell: China's conditional risk per replication and the present value of its cost. */
    private static SortedMap<String, SortedMap<Integer, Double>> cell(double[] risk, double costEur) {
        SortedMap<String, SortedMap<Integer, Double>> v = new TreeMap<>();
        SortedMap<Integer, Double> r = new TreeMap<>();
        SortedMap<Integer, Double> c = new TreeMap<>();
        for (int k = 0; k < risk.length; k++) {
            r.put(k, risk[k]);
            c.put(k, costEur);
        }
        v.put(TAIWAN, r);
        v.put(TreatmentCost.PRESENT_VALUE, c);
        return v;
    }

    @Test
    void aSeenEffectIsPricedPerHundredBillion() {
        var base = cell(new double[] {0.10, 0.20, 0.30, 0.40}, 0);
        // Lowers each replication's risk by 0.01 to 0.03: mean -0.02 = -2 points, for EUR 50 bn.
        var treated = cell(new double[] {0.09, 0.17, 0.28, 0.37}, 50e9);
        LeverValue v = LeverValue.of("P3", "P3", "P0", base, treated, 0, 0);
        assertTrue(v.shown(), v.why());
        assertEquals(-0.0225, v.effect().difference(), 1e-12);
        // -2.25 points per EUR 50 bn = -4.5 points per EUR 100 bn.
        assertEquals(-4.5, v.perHundredBn(), 1e-9);
        assertTrue(v.perLow() < v.perHundredBn() && v.perHundredBn() < v.perHigh());
    }

    @Test
    void anEffectWhoseIntervalSpansZeroIsNotPriced() {
        var base = cell(new double[] {0.10, 0.20, 0.30, 0.40}, 0);
        var treated = cell(new double[] {0.12, 0.18, 0.31, 0.39}, 50e9);
        LeverValue v = LeverValue.of("P1", "P1", "P0", base, treated, 0, 0);
        assertFalse(v.shown());
        assertEquals("the effect's 95% interval spans 0", v.why());
        assertTrue(Double.isNaN(v.perHundredBn()));
    }

    @Test
    void aLeverThatMovesNoReplicationSaysSo() {
        var base = cell(new double[] {0.10, 0.20, 0.30}, 0);
        LeverValue v = LeverValue.of("P4", "P4", "P0", base, cell(new double[] {0.10, 0.20, 0.30}, 1e9), 0, 0);
        assertEquals("no modelled effect on war risk", v.why());
    }

    @Test
    void theSanctionsLossIsAddedToTheCostAndTheRankingPutsMostRiskPerEuroFirst() {
        var base = cell(new double[] {0.10, 0.20, 0.30, 0.40}, 0);
        var cheap = LeverValue.of("A", "A", "P0", base, cell(new double[] {0.09, 0.17, 0.28, 0.37}, 10e9), 10e9, 0);
        assertEquals(20e9, cheap.costEur(), 1e-3);
        var dear = LeverValue.of("B", "B", "P0", base, cell(new double[] {0.09, 0.17, 0.28, 0.37}, 100e9), 0, 0);
        var none = LeverValue.of("C", "C", "P0", base, cell(new double[] {0.10, 0.20, 0.30, 0.40}, 1e9), 0, 0);
        assertEquals(List.of("A", "B", "C"), LeverValue.ranked(List.of(none, dear, cheap)).stream().map(LeverValue::lever).toList());
    }
}
