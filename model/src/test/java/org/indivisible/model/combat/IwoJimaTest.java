package org.indivisible.model.combat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Engel (1954), "A Verification of Lanchester's Law", JORSA 2(2): the battle of Iwo Jima with
 * the square law, Engel's coefficients (Japanese effectiveness a = 0.0544, US b = 0.0106),
 * 21,500 defenders without reinforcement and US landings of 54,000 (day 1), 6,000 (day 3) and
 * 13,000 (day 6). Expected values come from iwo_jima.py beside this test (numpy, forward Euler
 * at 1e-5 day, independent of the closed form used here).
 */
class IwoJimaTest {

    static final double A = 0.0544;
    static final double B = 0.0106;
    /** Time step of the simulated series, days. */
    static final double DT = 0.1;

    /** US and Japanese strengths every DT days from t = 0 to 40, landings applied at t = 0, 2, 5. */
    static double[][] simulate(AttritionModel law, RandomGenerator random) {
        int n = (int) Math.round(40 / DT);
        double[][] series = new double[2][n + 1];
        double x = 0, y = 21_500;
        double[] out = new double[2];
        for (int i = 0; i <= n; i++) {
            x += landing(i);
            series[0][i] = x;
            series[1][i] = y;
            if (i < n) {
                law.advance(x, y, DT, random, out);
                x = out[0];
                y = out[1];
            }
        }
        return series;
    }

    static double landing(int i) {
        return switch ((int) Math.round(i * DT * 10)) {
            case 0 -> 54_000;
            case 20 -> 6_000;
            case 50 -> 13_000;
            default -> 0;
        };
    }

    @Test
    void defendersReachZeroNearDay36AndTheUsEndsNearItsStrength() {
        double[][] s = simulate(new LanchesterSquareAttrition(A, B), null);
        int zero = -1;
        for (int i = 0; i < s[1].length && zero < 0; i++) {
            if (s[1][i] == 0) {
                zero = i;
            }
        }
        // iwo_jima.py: defenders reach zero at t = 35.442 days, i.e. during day 36.
        assertEquals(35.5, zero * DT, 1e-9, "first sampled time with no defenders");
        // iwo_jima.py: 52,796.7 US troops at the end; 62,960.6 / 15,141.1 after day 10; 53,248.2 / 3,054.4 after day 30.
        double usEnd = s[0][s[0].length - 1];
        assertEquals(52_796.7, usEnd, 2.0);
        assertEquals(62_960.6, s[0][100], 2.0);
        assertEquals(15_141.1, s[1][100], 2.0);
        assertEquals(53_248.2, s[0][300], 2.0);
        assertEquals(3_054.4, s[1][300], 2.0);
        // History (73,000 landed): 6,821 killed and 494 missing, 19,189 wounded. Engel's "active"
        // count removes the killed and missing and those wounded who left the line, so the end
        // strength lies between 73,000 - 26,504 and 73,000 - 7,315.
        assertTrue(usEnd > 73_000 - 26_504 && usEnd < 73_000 - 7_315, "US end strength " + usEnd);
    }

    @Test
    void theSquareLawsConservedQuantityHoldsBetweenLandings() {
        double[] out = new double[2];
        new LanchesterSquareAttrition(A, B).advance(73_000, 15_000, 10, null, out);
        assertEquals(B * 73_000.0 * 73_000 - A * 15_000.0 * 15_000, B * out[0] * out[0] - A * out[1] * out[1], 1e-3);
    }

    @Test
    void fittingTheCoefficientsBackRecoversEngels() {
        double[] fit = fit(simulate(new LanchesterSquareAttrition(A, B), null));
        assertEquals(A, fit[0], A * 1e-3);
        assertEquals(B, fit[1], B * 1e-3);
    }

    @Test
    void theNumericalGeneralisedLawAgreesWithTheClosedForm() {
        double[][] exact = simulate(new LanchesterSquareAttrition(A, B), null);
        double[][] numeric = simulate(GeneralisedLanchesterAttrition.square(A, B), null);
        for (int i = 0; i < exact[0].length; i++) {
            assertEquals(exact[0][i], numeric[0][i], 1.0, "US at step " + i);
            assertEquals(exact[1][i], numeric[1][i], 1.0, "Japanese at step " + i);
        }
    }

    @Test
    void theStochasticLawScattersAroundTheDeterministicOne() {
        double[][] exact = simulate(new LanchesterSquareAttrition(A, B), null);
        int runs = 200;
        double usEnd = 0, jpDay20 = 0;
        for (int r = 0; r < runs; r++) {
            RandomGenerator random = java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(1000 + r);
            double[][] s = simulate(new LanchesterSquareAttrition(A, B).stochastic(), random);
            usEnd += s[0][s[0].length - 1] / runs;
            jpDay20 += s[1][200] / runs;
        }
        // Losses are Poisson with the deterministic means: the ensemble mean stays close (well within 1%).
        assertEquals(exact[0][exact[0].length - 1], usEnd, 0.01 * usEnd);
        assertEquals(exact[1][200], jpDay20, 0.01 * jpDay20);
    }

    /**
     * Least squares on the increments, as Engel fitted: US losses in each interval (increment
     * less landings) against the integral of Japanese strength over it (trapezoid), and
     * Japanese losses against the integral of US strength; through the origin. Only intervals
     * where both sides are above zero count.
     */
    static double[] fit(double[][] s) {
        double sxy = 0, syy = 0, tyx = 0, txx = 0;
        for (int i = 0; i + 1 < s[0].length; i++) {
            if (s[1][i + 1] <= 0) {
                break;
            }
            double lossUs = s[0][i] - (s[0][i + 1] - landing(i + 1));
            double lossJp = s[1][i] - s[1][i + 1];
            double yInt = DT * (s[1][i] + s[1][i + 1]) / 2;
            double xInt = DT * (s[0][i] + s[0][i + 1] - landing(i + 1)) / 2;
            sxy += lossUs * yInt;
            syy += yInt * yInt;
            tyx += lossJp * xInt;
            txx += xInt * xInt;
        }
        return new double[] {sxy / syy, tyx / txx};
    }
}
