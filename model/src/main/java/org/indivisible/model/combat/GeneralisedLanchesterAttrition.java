package org.indivisible.model.combat;

import java.util.random.RandomGenerator;

/**
 * The generalised Lanchester law with exponents (Helmbold 1965; Bracken 1995, "Lanchester
 * models of the Ardennes campaign", Naval Research Logistics 42):
 * dx/dt = -a y^p x^q, dy/dt = -b x^p y^q. p = 1, q = 0 is the square law (aimed fire),
 * p = q = 1 the linear law (area fire), p = 0, q = 1 the logarithmic law. Integrated with the
 * classical fourth-order Runge-Kutta method in sub-steps of at most {@link #MAX_SUBSTEP_DAYS}
 * days; a side that reaches zero stays there and stops firing. Immutable, thread safe,
 * deterministic.
 *
 * @param a x's losses per day per unit of y^p x^q, at least 0
 * @param b y's losses per day per unit of x^p y^q, at least 0
 * @param p the exponent on the firing side
 * @param q the exponent on the target side
 */
public record GeneralisedLanchesterAttrition(double a, double b, double p, double q) implements AttritionModel {

    /** Longest Runge-Kutta sub-step, days. */
    public static final double MAX_SUBSTEP_DAYS = 0.05;

    public GeneralisedLanchesterAttrition {
        requireRate(a, "a");
        requireRate(b, "b");
        if (!(p >= 0 && p <= 2) || !(q >= 0 && q <= 2)) {
            throw new IllegalArgumentException("exponents p and q must lie in [0, 2], got p = " + p + ", q = " + q);
        }
    }

    /** The linear law (area fire): dx/dt = -a x y, dy/dt = -b x y. */
    public static GeneralisedLanchesterAttrition linear(double a, double b) {
        return new GeneralisedLanchesterAttrition(a, b, 1, 1);
    }

    /** The square law by numerical integration (compare {@link LanchesterSquareAttrition}, exact). */
    public static GeneralisedLanchesterAttrition square(double a, double b) {
        return new GeneralisedLanchesterAttrition(a, b, 1, 0);
    }

    @Override
    public void advance(double x, double y, double days, RandomGenerator random, double[] survivors) {
        requireState(x, y, days);
        int n = (int) Math.ceil(days / MAX_SUBSTEP_DAYS);
        double h = n == 0 ? 0 : days / n;
        for (int i = 0; i < n && x > 0 && y > 0; i++) {
            double k1x = dx(x, y), k1y = dy(x, y);
            double k2x = dx(x + h / 2 * k1x, y + h / 2 * k1y), k2y = dy(x + h / 2 * k1x, y + h / 2 * k1y);
            double k3x = dx(x + h / 2 * k2x, y + h / 2 * k2y), k3y = dy(x + h / 2 * k2x, y + h / 2 * k2y);
            double k4x = dx(x + h * k3x, y + h * k3y), k4y = dy(x + h * k3x, y + h * k3y);
            x = Math.max(0, x + h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x));
            y = Math.max(0, y + h / 6 * (k1y + 2 * k2y + 2 * k3y + k4y));
        }
        survivors[0] = x;
        survivors[1] = y;
    }

    private double dx(double x, double y) {
        return -a * pow(Math.max(0, y), p) * pow(Math.max(0, x), q);
    }

    private double dy(double x, double y) {
        return -b * pow(Math.max(0, x), p) * pow(Math.max(0, y), q);
    }

    private static double pow(double base, double exponent) {
        return exponent == 0 ? 1 : exponent == 1 ? base : Math.pow(base, exponent);
    }

    static void requireRate(double rate, String what) {
        if (!(rate >= 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("attrition coefficient " + what + " must be finite and at least 0, got " + rate);
        }
    }

    static void requireState(double x, double y, double days) {
        if (!(x >= 0) || !(y >= 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("strengths must be finite and at least 0, got x = " + x + ", y = " + y);
        }
        if (!(days >= 0) || !Double.isFinite(days)) {
            throw new IllegalArgumentException("days must be finite and at least 0, got " + days);
        }
    }
}
