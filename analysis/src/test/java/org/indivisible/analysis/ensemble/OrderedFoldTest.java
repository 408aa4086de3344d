package org.indivisible.analysis.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.model.engine.Outcome;
import org.junit.jupiter.api.Test;

class OrderedFoldTest {

    private static final int METRICS = 1_400; // about the default model's
    private static final String[] IDS = new String[METRICS];

    static {
        for (int m = 0; m < METRICS; m++) {
            IDS[m] = String.format("metric.%04d", m);
        }
    }

    private static Outcome outcome(int cell, int replication) {
        TreeMap<String, Double> metrics = new TreeMap<>();
        for (int m = 0; m < METRICS; m++) {
            metrics.put(IDS[m], cell * 1000.0 + m + replication);
        }
        return new Outcome(replication, metrics);
    }

    private static EnsembleSpec spec(int cells, int replications) {
        var config = EnsembleTestFixture.config("P0");
        List<Cell> list = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            list.add(new Cell("fixture", "T" + c, config));
        }
        return new EnsembleSpec(list, replications, 1, 1, false);
    }

    @Test
    void oneCellIsAliveAtATimeAndItsBytesAreBounded() {
        // 100 cells of 1,400 metrics at 20 replications: the old accumulators (a 52 KB digest
        // and batch each) would hold 100 x 1,400 x 52 KB = 7.3 GB; now one cell is alive, with
        // 1,400 accumulators of 20 values (336 bytes, and 40 for the map entry).
        int cells = 100;
        int replications = 20;
        OrderedFold fold = new OrderedFold(spec(cells, replications));
        long peak = 0;
        for (int c = 0; c < cells; c++) {
            for (int r = 0; r < replications; r++) {
                boolean last = fold.add(c, outcome(c, r));
                assertEquals(r == replications - 1, last);
                assertEquals(last ? 0 : 1, fold.liveCells());
                peak = Math.max(peak, fold.liveBytes());
            }
        }
        assertEquals((long) METRICS * (80 + 8 * 32 + 40), peak);
        EnsembleSummary summary = fold.summary();
        assertEquals(cells, summary.cells().size());
        for (int c : new int[] {0, 57, 99}) {
            var s = summary.cells().get(c).metrics().get(IDS[7]);
            assertEquals("T" + c, summary.cells().get(c).treatmentId());
            assertEquals(c * 1000.0 + 7 + 9.5, s.mean(), 1e-9);
            assertEquals(replications, s.n());
        }
    }

    @Test
    void outcomesOutOfOrderOrBeyondTheRunAreRefused() {
        OrderedFold fold = new OrderedFold(spec(2, 2));
        assertThrows(IllegalStateException.class, () -> fold.add(0, outcome(0, 1)));
        assertThrows(IllegalStateException.class, () -> fold.add(1, outcome(1, 0)));
        assertFalse(fold.add(0, outcome(0, 0)));
        assertTrue(fold.add(0, outcome(0, 1)));
        assertThrows(IllegalStateException.class, () -> fold.summary());
        fold.add(1, outcome(1, 0));
        fold.add(1, outcome(1, 1));
        assertEquals(2, fold.summary().cells().size());
        var beyond = assertThrows(IllegalStateException.class, () -> fold.add(2, outcome(2, 0)));
        assertTrue(beyond.getMessage().contains("more than the 4 replications"), beyond.getMessage());
    }
}
