package org.indivisible.analysis.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleSpecTest {

    private static final List<Cell> ONE = List.of(new Cell("fixture", "P0", EnsembleTestFixture.config("P0")));

    private static String refused(List<Cell> cells, int replications, long seed, int threads) {
        return assertThrows(IllegalArgumentException.class, () -> new EnsembleSpec(cells, replications, seed, threads, false))
                .getMessage();
    }

    @Test
    void replicationsHaveAFloorAndACeiling() {
        assertTrue(refused(ONE, 0, 1, 1).contains("between 1 and 10000000, got 0"));
        assertTrue(refused(ONE, -5, 1, 1).contains("got -5"));
        assertTrue(refused(ONE, 1_000_000_000, 1, 1).contains("got 1000000000"));
        assertEquals(EnsembleSpec.MAX_REPLICATIONS, new EnsembleSpec(ONE, EnsembleSpec.MAX_REPLICATIONS, 1, 1, false).replications());
    }

    @Test
    void cellsTimesReplicationsIsCheckedExactly() {
        // 10,001 cells x 10,000 replications = 100,010,000: over the ceiling, and far from overflowing.
        List<Cell> many = Collections.nCopies(10_001, ONE.get(0));
        assertTrue(refused(many, 10_000, 1, 1).contains("10001 cells x 10000 replications is more than the 100000000"));
        // A product that overflows a long is refused, not wrapped into a small number.
        var e = assertThrows(IllegalArgumentException.class, () -> EnsembleSpec.checkTotal(Long.MAX_VALUE / 2, 3));
        assertTrue(e.getMessage().contains("is more than"), e.getMessage());
        EnsembleSpec.checkTotal(10_000, 10_000);
    }

    @Test
    void threadsHaveACeilingAndTheWindowCannotOverflow() {
        assertTrue(refused(ONE, 1, 1, 0).contains("threads must be between 1 and 256, got 0"));
        assertTrue(refused(ONE, 1, 1, 257).contains("got 257"));
        assertTrue(refused(ONE, 1, 1, 1 << 30).contains("got 1073741824"));
        assertTrue(refused(ONE, 1, 1, 536_870_912).contains("got 536870912")); // where threads * 4 wrapped to a negative
        assertEquals(1024, Ensemble.window(EnsembleSpec.MAX_THREADS));
        // The window itself is exact: a product that does not fit an int is an error, never a wrapped count.
        assertThrows(ArithmeticException.class, () -> Ensemble.window(536_870_912));
    }

    @Test
    void seedsAreZeroOrMore() {
        assertTrue(refused(ONE, 1, -1, 1).contains("the seed must be 0 or more, got -1"));
        assertTrue(refused(ONE, 1, Long.MIN_VALUE, 1).contains("got " + Long.MIN_VALUE));
        assertEquals(0, new EnsembleSpec(ONE, 1, 0, 1, false).seed());
        assertEquals(Long.MAX_VALUE, new EnsembleSpec(ONE, 1, Long.MAX_VALUE, 1, false).seed());
    }
}
