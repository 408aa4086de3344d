package org.indivisible.model.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Constant prices and present values of policy costs against hand-worked figures (docs/decisions.md 9). */
class PolicyCostPricesTest {

    @Test
    void constantPricesDeflateFromTheBaseYear() {
        // US$ 1.08 bn in 2025, 2026 and 2027 at 1.08 US$/EUR is EUR 1 bn of each year's prices;
        // at 2% a year that is 1, 1/1.02 and 1/1.0404 bn of 2025 euros.
        double[] eur = DecisionObserver.constantEur(new double[] {1.08, 1.08, 1.08}, 2025, 1.08, 2.0);
        assertArrayEquals(new double[] {1e9, 1e9 / 1.02, 1e9 / 1.0404}, eur, 1e-3);
    }

    @Test
    void presentValueDiscountsFromTheFirstYear() {
        // 100 a year for three years at 2%: 100 + 100/1.02 + 100/1.0404 = 294.1561...
        assertEquals(100 + 100 / 1.02 + 100 / 1.0404, DecisionObserver.presentValue(new double[] {100, 100, 100}, 2.0), 1e-9);
        assertEquals(300, DecisionObserver.presentValue(new double[] {100, 100, 100}, 0), 0);
    }
}
