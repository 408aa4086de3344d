package org.indivisible.model.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** The attrition laws against their closed forms and conserved quantities. */
class AttritionLawsTest {

    private final double[] out = new double[2];

    @Test
    void linearLawConservesBxMinusAy() {
        // dx/dt = -a x y, dy/dt = -b x y  =>  b x - a y is constant.
        double a = 2e-5, b = 3e-5;
        GeneralisedLanchesterAttrition.linear(a, b).advance(1000, 800, 20, null, out);
        assertEquals(b * 1000 - a * 800, b * out[0] - a * out[1], 1e-9);
        assertTrue(out[0] < 1000 && out[1] < 800);
    }

    @Test
    void linearLawMatchesItsClosedForm() {
        // With c = b x0 - a y0, y(t) = c y0 / (b x0 e^{c t} - a y0) (logistic solution of dy/dt = -y (c + a y)).
        double a = 2e-5, b = 3e-5, x0 = 1000, y0 = 800, t = 20;
        double c = b * x0 - a * y0;
        double y = c * y0 / (b * x0 * Math.exp(c * t) - a * y0);
        GeneralisedLanchesterAttrition.linear(a, b).advance(x0, y0, t, null, out);
        assertEquals(y, out[1], 1e-6 * y0);
        assertEquals((c + a * y) / b, out[0], 1e-6 * x0);
    }

    @Test
    void logarithmicLawDecaysExponentially() {
        // p = 0, q = 1: dx/dt = -a x, dy/dt = -b y.
        new GeneralisedLanchesterAttrition(0.01, 0.02, 0, 1).advance(500, 400, 30, null, out);
        assertEquals(500 * Math.exp(-0.3), out[0], 1e-8);
        assertEquals(400 * Math.exp(-0.6), out[1], 1e-8);
    }

    @Test
    void squareLawStopsAtZeroAndTheWinnerKeepsTheRest() {
        // b x0^2 - a y0^2 = 0.01 * 1e6 - 0.01 * 0.25e6 = 7500 = b x_end^2  =>  x_end = sqrt(750000) = 866.03
        new LanchesterSquareAttrition(0.01, 0.01).advance(1000, 500, 1000, null, out);
        assertEquals(0, out[1]);
        assertEquals(Math.sqrt(750_000), out[0], 1e-6);
    }

    @Test
    void stochasticLawDrawsExactlyTwoNumbers() {
        RandomGenerator used = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        RandomGenerator twin = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        new LanchesterSquareAttrition(0.01, 0.01).stochastic().advance(1000, 500, 1, used, out);
        twin.nextDouble();
        twin.nextDouble();
        assertEquals(twin.nextLong(), used.nextLong());
    }

    @Test
    void poissonQuantilesHaveTheRightMean() {
        for (double m : new double[] {0.3, 4, 30, 80}) {
            int n = 20_000;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += StochasticAttrition.poisson(m, (i + 0.5) / n);
            }
            assertEquals(m, sum / n, 0.01 * m + 0.01, "mean " + m);
        }
        assertEquals(1.959964, StochasticAttrition.inverseNormal(0.975), 1e-6);
    }

    @Test
    void campaignOutcomeFollowsTheBreakpointRule() {
        assertEquals(CampaignOutcome.FALLS, CampaignOutcome.judge(0.4, 0.8, 0.5, 0.5));
        assertEquals(CampaignOutcome.HOLDS, CampaignOutcome.judge(0.8, 0.5, 0.5, 0.5));
        assertEquals(CampaignOutcome.STALEMATE, CampaignOutcome.judge(0.3, 0.3, 0.5, 0.5));
        assertNull(CampaignOutcome.judge(0.6, 0.6, 0.5, 0.5));
    }

    @Test
    void refusesNegativeStrengthsAndRates() {
        assertThrows(IllegalArgumentException.class, () -> new LanchesterSquareAttrition(-1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new LanchesterSquareAttrition(1, 1).advance(-1, 1, 1, null, out));
        assertThrows(IllegalArgumentException.class, () -> new GeneralisedLanchesterAttrition(1, 1, 3, 0));
    }
}
