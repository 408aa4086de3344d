package org.indivisible.model.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static final int DRAWS = 200_000;

    private static RandomGenerator random() {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(12345L);
    }

    @Test
    void triangularMomentsMatchClosedForm() {
        // Mean (a+b+c)/3 and variance (a²+b²+c²-ab-ac-bc)/18 of the triangular distribution.
        double a = 2, c = 3, b = 10;
        var d = new Distribution.Triangular(a, c, b);
        RandomGenerator r = random();
        double sum = 0, sumSq = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = d.sample(r);
            assertTrue(x >= a && x <= b);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / DRAWS;
        double variance = sumSq / DRAWS - mean * mean;
        double expectedMean = (a + b + c) / 3;
        double expectedVariance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
        // Standard error of the mean is sqrt(var/n) ~ 0.004; allow 5 of them.
        assertEquals(expectedMean, mean, 5 * Math.sqrt(expectedVariance / DRAWS));
        assertEquals(expectedVariance, variance, 0.02 * expectedVariance);
    }

    @Test
    void uniformMeanMatchesClosedForm() {
        var d = new Distribution.Uniform(-1, 3);
        RandomGenerator r = random();
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            sum += d.sample(r);
        }
        assertEquals(1.0, sum / DRAWS, 5 * Math.sqrt(16.0 / 12 / DRAWS));
    }

    @Test
    void everyDistributionTakesExactlyOneDraw() {
        for (Distribution d : new Distribution[] {new Distribution.Fixed(1), new Distribution.Uniform(0, 1),
                new Distribution.Triangular(0, 0.5, 1)}) {
            RandomGenerator used = random();
            RandomGenerator reference = random();
            d.sample(used);
            reference.nextDouble();
            assertEquals(reference.nextLong(), used.nextLong(), d.toString());
        }
    }

    @Test
    void refusesBadRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Uniform(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Triangular(0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Fixed(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new UncertainParameter("x", 5,
                new Distribution.Uniform(0, 1), "", "", Status.ASSUMPTION, ""));
    }
}
