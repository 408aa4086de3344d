package org.indivisible.analysis.design;

/**
 * A full-factorial grid: every combination of {@code levels} evenly spaced values 0, 1/(L-1),
 * ..., 1 per factor, the last factor varying fastest. {@code levels}^k points.
 */
public final class GridDesign {

    private GridDesign() {
    }

    public static double[][] points(int factors, int levels) {
        if (factors < 1 || levels < 2) {
            throw new IllegalArgumentException("a grid needs at least 1 factor and 2 levels, got " + factors + " and " + levels);
        }
        long count = 1;
        for (int i = 0; i < factors; i++) {
            count *= levels;
            if (count > 1_000_000) {
                throw new IllegalArgumentException(levels + " levels of " + factors
                        + " factors is over a million points; use fewer levels or a Latin hypercube");
            }
        }
        double[][] points = new double[(int) count][factors];
        for (int p = 0; p < count; p++) {
            int rest = p;
            for (int f = factors - 1; f >= 0; f--) {
                points[p][f] = (rest % levels) / (double) (levels - 1);
                rest /= levels;
            }
        }
        return points;
    }
}
