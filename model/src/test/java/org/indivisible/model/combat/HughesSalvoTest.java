package org.indivisible.model.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Against the case worked by hand in src/test/resources/.../combat/salvo-hand-computation.md. */
class HughesSalvoTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static HughesSalvo.Side side(double units, double stock) {
        return new HughesSalvo.Side(units, 4, 0.61, 4, 0.35, 2, stock);
    }

    /** Hits taken and units put out of action on each side, to 1e-12. */
    private static void assertLosses(HughesSalvo.Exchange e, double hitsOnB, double unitsLostB, double hitsOnA,
                                     double unitsLostA) {
        assertEquals(hitsOnB, e.hitsOnB(), 1e-12);
        assertEquals(unitsLostB, e.unitsLostB(), 1e-12);
        assertEquals(hitsOnA, e.hitsOnA(), 1e-12);
        assertEquals(unitsLostA, e.unitsLostA(), 1e-12);
    }

    @Test
    void threeAgainstTwoMatchesTheHandComputation() {
        HughesSalvo.Exchange e = HughesSalvo.exchange(side(3, INF), side(2, INF));
        assertEquals(12, e.missilesFiredA(), 1e-12);
        assertEquals(8, e.missilesFiredB(), 1e-12);
        assertEquals(8, e.interceptorsSpentB(), 1e-12);
        assertEquals(12, e.interceptorsSpentA(), 1e-12);
        assertLosses(e, 4.52, 2, 0.68, 0.34);
        assertEquals(3 / 0.34, HughesSalvo.fractionalExchangeRatio(side(3, INF), side(2, INF)), 1e-9);
    }

    @Test
    void aShortInterceptorStockLetsMoreMissilesThrough() {
        // B's stock limits B's interceptors only: A's side of the exchange is the unlimited case's.
        HughesSalvo.Exchange e = HughesSalvo.exchange(side(3, INF), side(2, 5));
        assertEquals(5, e.interceptorsSpentB(), 1e-12);
        assertLosses(e, 5.57, 2, 0.68, 0.34);
    }

    @Test
    void oneAgainstTwoIsAbsorbedByTheDefence() {
        assertLosses(HughesSalvo.exchange(side(1, INF), side(2, INF)), 0, 0, 3.48, 1);
    }

    @Test
    void noMissilesNoInterceptorsSpent() {
        HughesSalvo.Side silent = new HughesSalvo.Side(3, 0, 0.61, 4, 0.35, 2, INF);
        HughesSalvo.Exchange e = HughesSalvo.exchange(silent, side(2, INF));
        assertEquals(0, e.interceptorsSpentB(), 0);
        assertEquals(12, e.interceptorsSpentA(), 0);
    }

    @Test
    void refusesImpossibleSides() {
        assertThrows(IllegalArgumentException.class, () -> new HughesSalvo.Side(3, 4, 1.2, 4, 0.35, 2, INF));
        assertThrows(IllegalArgumentException.class, () -> new HughesSalvo.Side(3, 4, 0.6, 4, 0.35, 0, INF));
        assertThrows(IllegalArgumentException.class, () -> new HughesSalvo.Side(-1, 4, 0.6, 4, 0.35, 2, INF));
    }
}
