package org.indivisible.model.economy.inputoutput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The static models against Miller and Blair (2009), section 2.3 (two sectors, published to
 * three decimals) and against leontief_check.py (numpy, beside this test in resources).
 */
class LeontiefTest {

    /** Z = [[150, 500], [200, 100]], x = [1000, 2000], one region; final demand closes the rows. */
    static IoTable millerBlair() {
        return new IoTable(List.of("R"), List.of("1", "2"), new double[] {150, 500, 200, 100}, new double[] {350, 1700},
                new double[] {1000, 2000});
    }

    @Test
    void publishedTwoSectorExample() {
        Leontief m = new Leontief(millerBlair(), new DenseLu());
        // Miller and Blair 2009, section 2.3: L = [[1.254, 0.330], [0.264, 1.122]].
        double[] col1 = m.outputFor(new double[] {1, 0});
        double[] col2 = m.outputFor(new double[] {0, 1});
        assertArrayEquals(new double[] {1.254, 0.264}, col1, 0.0005);
        assertArrayEquals(new double[] {0.330, 1.122}, col2, 0.0005);
        // Their new final demand (600, 1500) needs x = (1247.52, 1841.58).
        assertArrayEquals(new double[] {1247.52, 1841.58}, m.outputFor(new double[] {600, 1500}), 0.005);
        // Output multipliers 1.518 and 1.452.
        assertArrayEquals(new double[] {1.518, 1.452}, m.outputMultipliers(), 0.0005);
    }

    @Test
    void numpyScriptValues() {
        Leontief m = new Leontief(millerBlair(), new DenseLu());
        assertArrayEquals(new double[] {1.518151815181518, 1.4521452145214522}, m.outputMultipliers(), 1e-12);
        assertArrayEquals(new double[] {1.0, 1.0}, m.valueAddedMultipliers(), 1e-12);
        assertArrayEquals(new double[] {1247.5247524752474, 1841.5841584158416}, m.outputFor(new double[] {600, 1500}), 1e-9);
        assertArrayEquals(new double[] {1000, 2000}, m.outputForPrimaryInputs(millerBlair().valueAdded()), 1e-9);
        assertArrayEquals(new double[] {1.914191419141914, 1.2541254125412542}, m.ghoshMultipliers(), 1e-12);
        assertEquals(210.52631578947353, m.extractionLoss(0), 1e-9);
    }

    @Test
    void leontiefAndGhoshReproduceOutput() {
        IoTable t = randomTable(3, 4, 11);
        Leontief m = new Leontief(t, new DenseLu());
        assertArrayEquals(t.output(), m.outputFor(t.finalDemandClosingRows()), 1e-8);
        assertArrayEquals(t.output(), m.outputForPrimaryInputs(t.valueAdded()), 1e-8);
    }

    @Test
    void luSolvesAndSolvesTransposed() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 37;
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextDouble(-1, 1);
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextDouble(-1, 1);
        }
        LinearSolver.Factorization lu = new DenseLu().factor(n, a);
        double[] x = lu.solve(b);
        double[] y = lu.solveTransposed(b);
        for (int i = 0; i < n; i++) {
            double ax = 0, aty = 0;
            for (int j = 0; j < n; j++) {
                ax += a[i * n + j] * x[j];
                aty += a[j * n + i] * y[j];
            }
            assertEquals(b[i], ax, 1e-10);
            assertEquals(b[i], aty, 1e-10);
        }
    }

    @Test
    void refusesTableThatIsNotProductive() {
        var e = assertThrows(IllegalArgumentException.class, () -> new IoTable(List.of("AAA", "BBB"), List.of("x"),
                new double[] {50, 20, 30, 90}, new double[] {10, 0, 0, 0}, new double[] {100, 100}));
        assertTrue(e.getMessage().contains("region BBB sector x"), e.getMessage());
        assertTrue(e.getMessage().contains("not productive"), e.getMessage());
    }

    /** A random productive table (value added 20-60% of output), rows balanced by final demand. */
    static IoTable randomTable(int regions, int sectors, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = regions * sectors;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble(100, 1000);
        }
        double[] z = new double[n * n];
        for (int j = 0; j < n; j++) {
            double inputShare = random.nextDouble(0.4, 0.8);
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = random.nextDouble() * (i / sectors == j / sectors ? 4 : 1);
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                z[i * n + j] = inputShare * x[j] * w[i] / sum;
            }
        }
        // Scale rows so that sales to industries stay below output; the rest is final demand.
        double[] f = new double[n * regions];
        for (int i = 0; i < n; i++) {
            double sold = 0;
            for (int j = 0; j < n; j++) {
                sold += z[i * n + j];
            }
            if (sold > 0.7 * x[i]) {
                x[i] = sold / 0.7;
            }
        }
        // Re-check the columns (output may have grown: inputs then are a smaller share).
        for (int i = 0; i < n; i++) {
            double sold = 0;
            for (int j = 0; j < n; j++) {
                sold += z[i * n + j];
            }
            double rest = x[i] - sold;
            for (int r = 0; r < regions; r++) {
                f[i * regions + r] = rest * (r == i / sectors ? 0.7 : 0.3 / Math.max(1, regions - 1));
            }
            if (regions == 1) {
                f[i] = rest;
            }
        }
        List<String> rs = new java.util.ArrayList<>();
        for (int r = 0; r < regions; r++) {
            rs.add("R" + r);
        }
        List<String> ss = new java.util.ArrayList<>();
        for (int s = 0; s < sectors; s++) {
            ss.add("S" + s);
        }
        return new IoTable(rs, ss, z, f, x);
    }
}
