package org.indivisible.analysis.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class PrimTest {

    /**
     * A synthetic case with a known box: five inputs uniform on [0, 1], the outcome 1 exactly
     * when x0 > 0.6 and x2 < 0.3 (so the true box has mass 0.4 x 0.3 = 0.12, coverage 1 and
     * density 1). PRIM must recover both edges within 0.05, restrict no other input, and reach
     * density 1 with coverage of at least 0.9.
     */
    @Test
    void recoversAKnownBox() {
        int n = 3000;
        double[][] x = new double[n][5];
        double[] y = new double[n];
        RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = r.nextDouble();
            }
            y[i] = x[i][0] > 0.6 && x[i][2] < 0.3 ? 1 : 0;
        }
        Prim.Result result = new Prim(0.05, 0.05).find(x, y, 0.5);
        Prim.Box box = result.box();
        assertEquals(0.6, box.lower()[0], 0.05, "x0's lower edge");
        assertEquals(0.3, box.upper()[2], 0.05, "x2's upper edge");
        assertArrayEquals(new int[] {0, 2}, box.restricted(), "only x0 and x2 are restricted");
        assertEquals(1.0, box.density(), 1e-12);
        assertTrue(box.coverage() >= 0.9, "coverage " + box.coverage());
        assertEquals(0.12, box.mass(), 0.02);
    }

    /** With 10% of outcomes flipped, the chosen box still sits on the true one. */
    @Test
    void findsTheBoxThroughNoise() {
        int n = 4000;
        double[][] x = new double[n][4];
        double[] y = new double[n];
        RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = r.nextDouble();
            }
            boolean hit = x[i][1] > 0.5 && x[i][3] > 0.5;
            y[i] = (r.nextDouble() < 0.1) != hit ? 1 : 0;
        }
        Prim.Box box = new Prim(0.05, 0.05).find(x, y, 0.6).box();
        assertEquals(0.5, box.lower()[1], 0.08);
        assertEquals(0.5, box.lower()[3], 0.08);
        // Inside the true box the density is 0.9 (10% flipped out); outside 0.1 flip in.
        assertTrue(box.density() > 0.8, "density " + box.density());
    }

    /** Coverage, density and mass of a hand-counted case; the trajectory starts with every point. */
    @Test
    void measuresByHand() {
        double[][] x = {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}};
        double[] y = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
        List<Prim.Box> trajectory = new Prim(0.1, 0.3).peel(x, y);
        Prim.Box first = trajectory.get(0);
        assertEquals(1.0, first.coverage(), 1e-12);
        assertEquals(0.4, first.density(), 1e-12);
        assertEquals(1.0, first.mass(), 1e-12);
        // Each peel drops the lowest point (the highest mean); the last box allowed holds 4 of 10
        // (a box of 3 would have mass 0.3, still allowed; of 2, below it): points 6..9 then 7..9.
        Prim.Box last = trajectory.get(trajectory.size() - 1);
        assertEquals(3, last.points());
        assertEquals(1.0, last.density(), 1e-12);
        assertEquals(0.75, last.coverage(), 1e-12);
        Prim.Box chosen = new Prim(0.1, 0.3).find(x, y, 0.9).box();
        assertEquals(4, chosen.points(), "highest density with coverage >= 0.9: points 6..9");
        assertEquals(1.0, chosen.coverage(), 1e-12);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new Prim(0.6, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new Prim(0.05, 0).peel(new double[][] {{1}}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Prim(0.05, 0.1).peel(new double[][] {{1}}, new double[] {2}));
    }
}
