package org.indivisible.model.economy.shock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link RiskResponse} against closed forms of its two-state recurrence. */
class RiskResponseShapeTest {

    /** The response to one unit pulse, weekly, as the fall of investment (a share). */
    static double[] pulse(double trough, double responseWeeks, double halfLifeWeeks, int weeks) {
        RiskResponse r = new RiskResponse(1, trough, responseWeeks, halfLifeWeeks, 1);
        double[] out = new double[weeks];
        for (int t = 0; t < weeks; t++) {
            r.advance(new double[] {t == 0 ? 1 : 0});
            out[t] = 1 - r.investmentFactor(0);
        }
        return out;
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int t = 1; t < v.length; t++) {
            if (v[t] > v[best]) {
                best = t;
            }
        }
        return best;
    }

    @Test
    void theTroughIsTheMeasuredFallWhateverTheTimeConstants() {
        for (double[] c : new double[][] {{52, 36}, {39, 18}, {65, 72}, {13, 100}}) {
            double[] g = pulse(0.017, c[0], c[1], 2000);
            assertEquals(0.017, g[argmax(g)], 1e-12, "trough for responseWeeks " + c[0] + ", halfLife " + c[1]);
        }
    }

    @Test
    void equalTimeConstantsPutTheTroughAtTheTimeConstant() {
        // Continuous limit: G(t) proportional to t exp(-t / tau), deepest at t = tau; weekly steps shift it by < 2 weeks.
        double tau = 52;
        double[] g = pulse(0.017, tau, tau * Math.log(2), 400);
        assertEquals(tau, argmax(g), 2.0);
        // and G(2 tau) / G(tau) = 2 / e in the continuous limit
        assertEquals(2 / Math.E, g[(int) (2 * tau)] / g[argmax(g)], 0.02);
    }

    @Test
    void aHeldTargetApproachesBetaTimesItAndFadesAfter() {
        RiskResponse r = new RiskResponse(1, 0.017, 52, 36, 1);
        for (int t = 0; t < 2000; t++) {
            r.advance(new double[] {2});
        }
        double held = 1 - r.investmentFactor(0);
        // beta = trough / unit-pulse trough of the recurrence with beta 1
        double beta = 0.017 / RiskResponse.unitPulseTrough(Math.pow(0.5, 1 / 36.0), Math.exp(-1 / 52.0));
        assertEquals(2 * beta, held, 1e-9);
        for (int t = 0; t < 5000; t++) {
            r.advance(new double[] {0});
        }
        assertFalse(r.active(), "over once the risk has faded");
        assertEquals(1, r.investmentFactor(0));
        assertTrue(beta > 0.017, "a held shock weighs more than a pulse");
    }
}
