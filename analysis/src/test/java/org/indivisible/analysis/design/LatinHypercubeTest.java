package org.indivisible.analysis.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatinHypercubeTest {

    @Test
    void everyStratumOfEveryFactorHoldsOnePoint() {
        int n = 50;
        double[][] p = LatinHypercube.points(4, n, 8);
        for (int f = 0; f < 4; f++) {
            int[] count = new int[n];
            for (double[] x : p) {
                count[(int) Math.floor(x[f] * n)]++;
            }
            for (int c : count) {
                assertEquals(1, c);
            }
        }
        assertArrayEquals(p[7], LatinHypercube.points(4, n, 8)[7]);
    }

    @Test
    void gridHasEveryCombination() {
        double[][] g = GridDesign.points(2, 3);
        assertEquals(9, g.length);
        assertArrayEquals(new double[] {0, 0}, g[0]);
        assertArrayEquals(new double[] {0, 0.5}, g[1]);
        assertArrayEquals(new double[] {1, 1}, g[8]);
    }
}
