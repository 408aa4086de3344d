package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    /**
     * Benjamini and Hochberg's step-up, against R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.20), "BH")
     * = 0.025 0.050 0.050 0.025 0.200, so at q = 0.05 the first four are discoveries.
     */
    @Test
    void benjaminiHochbergAsR() {
        assertArrayEquals(new boolean[] {true, true, true, true, false},
                RunComparison.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005, 0.20}, 0.05));
        // R: p.adjust(c(0.02, 0.03, 0.04), "BH") = 0.04 0.04 0.04: all three at 0.05, none at 0.03.
        assertArrayEquals(new boolean[] {true, true, true}, RunComparison.benjaminiHochberg(new double[] {0.02, 0.03, 0.04}, 0.05));
        assertArrayEquals(new boolean[] {false, false, false}, RunComparison.benjaminiHochberg(new double[] {0.02, 0.03, 0.04}, 0.03));
    }

    static SortedMap<Integer, Double> values(double... x) {
        SortedMap<Integer, Double> m = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            m.put(i, x[i]);
        }
        return m;
    }

    /**
     * Paired-t p-value: differences {1, 2, 3, 4, 5} - {0, 0, 0, 0, 0} have mean 3, sd 1.5811, se
     * 0.70711, t = 4.2426 on 4 df; scipy.stats.ttest_1samp([1,2,3,4,5], 0).pvalue = 0.013236.
     * Welch: scipy.stats.ttest_ind([1,2,3,4,5], [2,4,6,8,10], equal_var=False).pvalue = 0.107531 (t = 1.8974 on 5.88 df).
     */
    @Test
    void pValuesAsScipy() {
        Difference paired = Difference.pairedT("m", new double[] {0, 0, 0, 0, 0}, new double[] {1, 2, 3, 4, 5});
        assertEquals(0.013236, RunComparison.pValue(paired, null, null), 1e-5);
        SortedMap<Integer, Double> a = values(1, 2, 3, 4, 5);
        SortedMap<Integer, Double> b = values(2, 4, 6, 8, 10);
        Difference welch = Difference.welch("m", new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10});
        assertEquals(0.107531, RunComparison.pValue(welch, a, b), 1e-5);
    }

    /** A difference from the order of floating-point sums (1e-16 of the mean) is zero, not a finding. */
    @Test
    void roundingLevelDifferencesAreZeroAndNeverMarked() {
        double[] base = {0.3, 0.3, 0.3, 0.3};
        double[] same = {0.3 - 2.22e-16, 0.3 - 2.22e-16, 0.3 - 2.22e-16, 0.3 - 2.22e-16};
        SortedMap<String, SortedMap<Integer, Double>> a = new TreeMap<>();
        SortedMap<String, SortedMap<Integer, Double>> b = new TreeMap<>();
        a.put("p_war_cond.CHN.taiwan", values(base));
        b.put("p_war_cond.CHN.taiwan", values(same));
        a.put("other", values(1, 2, 3, 4));
        b.put("other", values(11, 12, 13, 14.5));
        Comparison c = Comparison.of("s", "A:P0", "B:P0", a, b, true);
        assertTrue(c.difference("p_war_cond.CHN.taiwan").orElseThrow().difference() != 0, "the raw difference is rounding");
        RunComparison r = RunComparison.of(List.of(new RunComparison.Cell("s", "P0", c, a, b)));
        assertEquals(2, r.tests());
        assertEquals(1, r.roundingZeros());
        RunComparison.Row first = r.rows().get(0);
        assertEquals("p_war_cond.CHN.taiwan", first.difference().metric(), "headline metrics first");
        assertTrue(first.roundingZero());
        assertEquals(0.0, first.shownDifference());
        assertFalse(first.markedAfterAdjustment());
        assertTrue(r.rows().get(1).markedAfterAdjustment(), "a difference of 10.1 in every pair but one is found");
        assertEquals(1, r.marked());
    }
}
