package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Two runs compared by RunComparison.between, as indivisible compare A B and /api/compare both do. */
class RunComparisonBetweenTest {

    /** A run held in memory: cells in study order, each metric's values by replication. */
    record Fake(Map<String, Map<String, double[]>> byCell) implements RunComparison.StoredRun {
        @Override
        public List<String[]> cells() {
            List<String[]> out = new ArrayList<>();
            byCell.keySet().forEach(k -> out.add(k.split("/")));
            return out;
        }

        @Override
        public SortedMap<String, SortedMap<Integer, Double>> values(String scenario, String treatment) {
            SortedMap<String, SortedMap<Integer, Double>> out = new TreeMap<>();
            byCell.get(scenario + "/" + treatment).forEach((m, x) -> out.put(m, RunComparisonTest.values(x)));
            return out;
        }
    }

    static Fake run(double[] m, String... cellIds) {
        Map<String, Map<String, double[]>> cells = new LinkedHashMap<>();
        for (String id : cellIds) {
            cells.put(id, Map.of("m", m, "gdp_change_pct_y1.WORLD.trade", m));
        }
        return new Fake(cells);
    }

    static final double[] A = {1, 2, 3, 4, 5};
    static final double[] B = {2, 4, 6, 8, 10};

    /**
     * The same seed pairs by replication: B - A = {1, 2, 3, 4, 5}, whose one-sample t-test gives
     * scipy.stats.ttest_1samp([1,2,3,4,5], 0).pvalue = 0.013236. Only cells both runs have are
     * compared.
     */
    @Test
    void theSameSeedIsPairedOverTheCellsBothRunsHave() throws Exception {
        Fake a = run(A, "s/P0", "s/P1", "t/P0");
        Fake b = run(B, "t/P0", "s/P1", "u/P0");
        RunComparison.Between between = RunComparison.between(7, a, 7, b, m -> true);
        assertTrue(between.paired());
        assertEquals(2, between.cells());
        assertEquals(4, between.comparison().tests(), "2 cells x 2 metrics");
        RunComparison.Row first = between.comparison().rows().stream().filter(r -> r.difference().metric().equals("m")).findFirst()
                .orElseThrow();
        assertEquals(Difference.Method.PAIRED_T, first.difference().method());
        assertEquals(3.0, first.difference().difference(), 1e-12);
        assertEquals(0.013236, first.pValue(), 1e-5);
        assertEquals("same seed 7: paired by replication, paired-t 95% intervals", between.pairing());
        assertEquals(java.util.Set.of("t/P0", "s/P1"), between.comparison().rows().stream().map(r -> r.scenario() + "/" + r.treatment())
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** Other seeds: Welch, scipy.stats.ttest_ind([1,2,3,4,5], [2,4,6,8,10], equal_var=False).pvalue = 0.107531. */
    @Test
    void otherSeedsAreUnpairedAndTheFilterLeavesMetricsOutOfTheCount() throws Exception {
        RunComparison.Between between = RunComparison.between(1, run(A, "s/P0"), 2, run(B, "s/P0"),
                m -> !m.startsWith("gdp_change_"));
        assertFalse(between.paired());
        assertEquals(1, between.comparison().tests(), "the filtered metric is not tested");
        RunComparison.Row row = between.comparison().rows().get(0);
        assertEquals("m", row.difference().metric());
        assertEquals(Difference.Method.WELCH, row.difference().method());
        assertEquals(0.107531, row.pValue(), 1e-5);
        assertEquals("seeds differ (1, 2): unpaired, Welch 95% intervals", between.pairing());
        assertEquals(0, RunComparison.between(1, run(A, "s/P0"), 1, run(B, "t/P0"), m -> true).cells());
    }
}
