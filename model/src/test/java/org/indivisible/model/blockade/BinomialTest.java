package org.indivisible.model.blockade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-uniform binomial draw against the distribution's mean and variance, and its monotonicity in u and p. */
class BinomialTest {

    @Test
    void meanAndVarianceMatchTheClosedForm() {
        int[][] cases = {{250, 50}, {250, 950}, {12, 300}, {40, 500}, {1000, 90}};
        for (int[] c : cases) {
            int n = c[0];
            double p = c[1] / 1000.0;
            int draws = 20000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < draws; i++) {
                double u = (i + 0.5) / draws; // a stratified grid: the sample mean converges fast
                int k = Binomial.draw(n, p, u);
                assertTrue(k >= 0 && k <= n);
                sum += k;
                sumSq += (double) k * k;
            }
            double mean = sum / draws;
            double variance = sumSq / draws - mean * mean;
            assertEquals(n * p, mean, 0.02 * n * p + 0.05, "mean of Binomial(" + n + ", " + p + ")");
            assertEquals(n * p * (1 - p), variance, 0.1 * n * p * (1 - p) + 0.1, "variance of Binomial(" + n + ", " + p + ")");
        }
    }

    @Test
    void aLargerUniformOrProbabilityNeverGivesFewer() {
        for (int n : new int[] {5, 60, 250}) {
            for (double p = 0.01; p < 1; p += 0.07) {
                int last = -1;
                for (double u = 0; u < 1; u += 0.013) {
                    int k = Binomial.draw(n, p, u);
                    assertTrue(k >= last, "non-decreasing in u at n " + n + ", p " + p);
                    last = k;
                    assertTrue(Binomial.draw(n, Math.min(1, p + 0.05), u) >= k, "non-decreasing in p");
                }
            }
        }
        assertEquals(0, Binomial.draw(100, 0, 0.7));
        assertEquals(100, Binomial.draw(100, 1, 0.2));
    }
}
