package org.indivisible.analysis.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The minimum detectable effect against the exact power of the paired t test, solved on the
 * noncentral t distribution by scipy 1.17 (src/test/python/binary_reference.py): with sd 1 the
 * effect found with 80% power at a two-sided 5% level is 0.66044 (n = 20), 0.28291 (n = 100) and
 * 0.088679 (n = 1000); the approximation the code uses is within 0.02% of each.
 */
class PowerTest {

    @Test
    void mdeMatchesTheNoncentralTSolution() {
        assertEquals(0.6604416546, Power.mde(1, 20), 0.0002 * 0.66);
        assertEquals(0.2829126328, Power.mde(1, 100), 0.0002 * 0.283);
        assertEquals(0.0886790756, Power.mde(1, 1000), 0.0002 * 0.0887);
        // scipy's value of the approximation itself, to 1e-9.
        assertEquals(0.2829483984, Power.mde(1, 100), 1e-9);
    }

    @Test
    void mdeScalesWithTheSpreadAndInverseRootN() {
        assertEquals(3 * Power.mde(1, 400), Power.mde(3, 400), 1e-12);
        // The factor tends to z(0.975) + z(0.8) = 1.959964 + 0.841621 = 2.801585.
        assertEquals(2.801585, Power.factor(1_000_000, 0.05, 0.8), 1e-4);
    }
}
