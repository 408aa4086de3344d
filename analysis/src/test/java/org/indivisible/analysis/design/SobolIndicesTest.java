package org.indivisible.analysis.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    static final double A = 7;
    static final double B = 0.1;

    /** Ishigami and Homma (1990): f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i ~ U(-pi, pi). */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesMatchTheClosedForm() {
        // Closed form (Sobol' and Levitan 1999; Saltelli et al. 2008, Global Sensitivity Analysis:
        // The Primer, 4.9): V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V3 = 0,
        // V13 = b^2 pi^8 (1/18 - 1/50) = 8 b^2 pi^8 / 225, V = V1 + V2 + V13.
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        double v = v1 + v2 + v13;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        // The published values for a = 7, b = 0.1, to 4 places.
        assertArrayEquals(new double[] {0.3139, 0.4424, 0}, first, 5e-5);
        assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, total, 5e-5);

        SobolIndices design = SobolIndices.design(3, 20_000, 12345);
        double[] y = new double[design.points().length];
        for (int p = 0; p < y.length; p++) {
            y[p] = ishigami(design.points()[p]);
        }
        SobolIndices.Index[] s = design.analyse(y, 500, 99);
        for (int i = 0; i < 3; i++) {
            // Within sampling error: inside the bootstrap interval widened by half its width,
            // and never more than 0.03 off (n = 20,000 gives standard errors near 0.01).
            double firstWidth = s[i].firstHigh() - s[i].firstLow();
            double totalWidth = s[i].totalHigh() - s[i].totalLow();
            assertTrue(first[i] > s[i].firstLow() - firstWidth / 2 && first[i] < s[i].firstHigh() + firstWidth / 2,
                    "S" + (i + 1) + " " + s[i]);
            assertTrue(total[i] > s[i].totalLow() - totalWidth / 2 && total[i] < s[i].totalHigh() + totalWidth / 2,
                    "ST" + (i + 1) + " " + s[i]);
            assertEquals(first[i], s[i].first(), 0.03, "S" + (i + 1));
            assertEquals(total[i], s[i].total(), 0.03, "ST" + (i + 1));
            assertTrue(firstWidth < 0.1 && totalWidth < 0.1, "intervals too wide: " + s[i]);
        }
    }

    @Test
    void layoutIsABThenEachABi() {
        SobolIndices d = SobolIndices.design(2, 4, 1);
        assertEquals(16, d.points().length);
        for (int j = 0; j < 4; j++) {
            double[] a = d.points()[j];
            double[] b = d.points()[4 + j];
            assertArrayEquals(new double[] {b[0], a[1]}, d.points()[8 + j]);
            assertArrayEquals(new double[] {a[0], b[1]}, d.points()[12 + j]);
            assertEquals(j, d.row(12 + j));
        }
    }

    @Test
    void anAdditiveFunctionHasEqualFirstAndTotal() {
        // f = 2 u1 + u2: V_i proportional to squared coefficients, S = (0.8, 0.2), no interactions.
        SobolIndices d = SobolIndices.design(2, 20_000, 7);
        double[] y = new double[d.points().length];
        for (int p = 0; p < y.length; p++) {
            y[p] = 2 * d.points()[p][0] + d.points()[p][1];
        }
        SobolIndices.Index[] s = d.analyse(y, 200, 1);
        assertEquals(0.8, s[0].first(), 0.02);
        assertEquals(0.2, s[1].first(), 0.02);
        assertEquals(0.8, s[0].total(), 0.02);
        assertEquals(0.2, s[1].total(), 0.02);
    }
}
