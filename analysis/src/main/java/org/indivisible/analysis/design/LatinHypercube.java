package org.indivisible.analysis.design;

import java.util.SplittableRandom;

/**
 * A Latin hypercube sample of n points in [0, 1)^k (McKay, Beckman and Conover 1979): each
 * factor's range is cut into n equal strata and every stratum holds exactly one point, at a
 * uniform position inside it; the strata are paired across factors by independent random
 * permutations. Deterministic for a given seed.
 */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    public static double[][] points(int factors, int samples, long seed) {
        if (factors < 1 || samples < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 1 factor and 1 sample");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[samples][factors];
        int[] strata = new int[samples];
        for (int f = 0; f < factors; f++) {
            for (int i = 0; i < samples; i++) {
                strata[i] = i;
            }
            for (int i = samples - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < samples; i++) {
                points[i][f] = (strata[i] + random.nextDouble()) / samples;
            }
        }
        return points;
    }
}
