package org.indivisible.analysis.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MorrisScreeningTest {

    @Test
    void linearFunctionEffectsAreItsCoefficients() {
        // Elementary effects of a linear function are exactly its coefficients, with no spread.
        double[] c = {5, -3, 0.5, 0};
        MorrisScreening d = MorrisScreening.design(4, 10, 4, 3);
        double[] y = new double[d.points().length];
        for (int p = 0; p < y.length; p++) {
            for (int i = 0; i < 4; i++) {
                y[p] += c[i] * d.points()[p][i];
            }
        }
        MorrisScreening.Effect[] e = d.analyse(y);
        for (int i = 0; i < 4; i++) {
            assertEquals(c[i], e[i].mu(), 1e-9);
            assertEquals(Math.abs(c[i]), e[i].muStar(), 1e-9);
            assertEquals(0, e[i].sigma(), 1e-9);
        }
    }

    @Test
    void sobolGFunctionIsRankedByItsCoefficients() {
        // Sobol' G function, G = prod (|4 u_i - 2| + a_i) / (1 + a_i): the smaller a_i, the more
        // important u_i (Saltelli et al. 2008, the Primer, 3.6 uses a = 0, 1, 4.5, 9, 99, 99 for
        // its Morris example; the first-order indices fall in that order and the last two are
        // negligible).
        double[] a = {0, 1, 4.5, 9, 99, 99};
        MorrisScreening d = MorrisScreening.design(6, 100, 4, 11);
        double[] y = new double[d.points().length];
        for (int p = 0; p < y.length; p++) {
            double g = 1;
            for (int i = 0; i < 6; i++) {
                g *= (Math.abs(4 * d.points()[p][i] - 2) + a[i]) / (1 + a[i]);
            }
            y[p] = g;
        }
        MorrisScreening.Effect[] e = d.analyse(y);
        for (int i = 0; i < 3; i++) {
            assertTrue(e[i].muStar() > e[i + 1].muStar(), "mu*" + (i + 1) + " " + e[i] + " vs " + e[i + 1]);
        }
        assertTrue(e[4].muStar() < e[3].muStar() / 3 && e[5].muStar() < e[3].muStar() / 3);
    }

    @Test
    void trajectoriesMoveOneFactorByDelta() {
        MorrisScreening d = MorrisScreening.design(3, 20, 4, 5);
        double delta = 4 / 6.0;
        for (int t = 0; t < 20; t++) {
            for (int s = 1; s <= 3; s++) {
                double[] before = d.points()[t * 4 + s - 1];
                double[] after = d.points()[t * 4 + s];
                int moved = 0;
                for (int f = 0; f < 3; f++) {
                    assertTrue(after[f] >= 0 && after[f] <= 1);
                    if (before[f] != after[f]) {
                        moved++;
                        assertEquals(delta, Math.abs(after[f] - before[f]), 1e-12);
                    }
                }
                assertEquals(1, moved);
            }
        }
    }
}
