package org.indivisible.analysis.design;

import java.util.SplittableRandom;

/**
 * Morris elementary-effects screening (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33). Each of r trajectories starts at a random
 * point of a p-level grid on [0, 1]^k and moves one factor at a time, in random order, by
 * Delta = p / (2 (p - 1)) up or down, so a trajectory is k + 1 points and gives one elementary
 * effect per factor: EE_i = (y(x + Delta e_i) - y(x)) / Delta. Reported per factor: mu (mean
 * EE), mu* (mean |EE|, Campolongo, Cariboni and Saltelli 2007, the ranking measure) and sigma
 * (standard deviation of EE: non-linearity or interactions). Immutable; deterministic for a
 * seed.
 *
 * @param factors k
 * @param levels p (even, so that Delta moves between grid levels symmetrically)
 * @param points r (k + 1) points, trajectory after trajectory
 * @param changed for each point after the first of a trajectory, the factor that moved to reach it
 */
public record MorrisScreening(int factors, int levels, double[][] points, int[] changed) {

    /** Elementary-effect statistics of one factor. */
    public record Effect(double mu, double muStar, double sigma) {
    }

    public static MorrisScreening design(int factors, int trajectories, int levels, long seed) {
        if (factors < 1 || trajectories < 2) {
            throw new IllegalArgumentException("Morris needs at least 1 factor and 2 trajectories");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be even and at least 2, got " + levels);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double delta = delta(levels);
        int lowLevels = levels / 2; // starting levels from which +Delta stays inside [0, 1]
        double[][] points = new double[trajectories * (factors + 1)][];
        int[] changed = new int[trajectories * (factors + 1)];
        int[] order = new int[factors];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[factors];
            for (int f = 0; f < factors; f++) {
                x[f] = random.nextInt(lowLevels) / (double) (levels - 1);
                // Start at the top half of the time and move down, so both directions occur.
                if (random.nextBoolean()) {
                    x[f] += delta;
                }
            }
            for (int f = 0; f < factors; f++) {
                order[f] = f;
            }
            for (int i = factors - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            int base = t * (factors + 1);
            points[base] = x.clone();
            changed[base] = -1;
            for (int s = 0; s < factors; s++) {
                int f = order[s];
                // Low half (a starting level): up by Delta; otherwise (a level + Delta): down.
                x[f] = x[f] < delta - 1e-12 ? x[f] + delta : x[f] - delta;
                points[base + s + 1] = x.clone();
                changed[base + s + 1] = f;
            }
        }
        return new MorrisScreening(factors, levels, points, changed);
    }

    static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    public int trajectories() {
        return points.length / (factors + 1);
    }

    /** mu, mu* and sigma per factor from the model's value at every point (same order as {@link #points}). */
    public Effect[] analyse(double[] y) {
        if (y.length != points.length) {
            throw new IllegalArgumentException("need " + points.length + " values, got " + y.length);
        }
        int r = trajectories();
        double[][] ee = new double[factors][r];
        for (int t = 0; t < r; t++) {
            int base = t * (factors + 1);
            for (int s = 1; s <= factors; s++) {
                int f = changed[base + s];
                double step = points[base + s][f] - points[base + s - 1][f];
                ee[f][t] = (y[base + s] - y[base + s - 1]) / step;
            }
        }
        Effect[] effects = new Effect[factors];
        for (int f = 0; f < factors; f++) {
            double mean = 0;
            double meanAbs = 0;
            for (double e : ee[f]) {
                mean += e;
                meanAbs += Math.abs(e);
            }
            mean /= r;
            meanAbs /= r;
            double ss = 0;
            for (double e : ee[f]) {
                ss += (e - mean) * (e - mean);
            }
            effects[f] = new Effect(mean, meanAbs, Math.sqrt(ss / (r - 1)));
        }
        return effects;
    }
}
