package org.indivisible.model.combat;

import java.util.random.RandomGenerator;

/**
 * Lanchester's square law (aimed fire): dx/dt = -a y, dy/dt = -b x, solved exactly between
 * reinforcements: with g = sqrt(ab), x(t) = x0 cosh(gt) - sqrt(a/b) y0 sinh(gt) and
 * y(t) = y0 cosh(gt) - sqrt(b/a) x0 sinh(gt), until one side reaches zero, after which the
 * other loses nothing more. The quantity b x^2 - a y^2 is conserved. Immutable, thread safe,
 * deterministic.
 *
 * @param a losses of x per day per unit of y (y's effectiveness), at least 0
 * @param b losses of y per day per unit of x (x's effectiveness), at least 0
 */
public record LanchesterSquareAttrition(double a, double b) implements AttritionModel {

    public LanchesterSquareAttrition {
        GeneralisedLanchesterAttrition.requireRate(a, "a");
        GeneralisedLanchesterAttrition.requireRate(b, "b");
    }

    @Override
    public void advance(double x, double y, double days, RandomGenerator random, double[] survivors) {
        GeneralisedLanchesterAttrition.requireState(x, y, days);
        if (x == 0 || y == 0 || days == 0 || (a == 0 && b == 0)) {
            survivors[0] = x;
            survivors[1] = y;
            return;
        }
        if (a == 0 || b == 0) {
            // One side shoots, the other does not: linear decline of the target.
            survivors[0] = Math.max(0, x - a * y * days);
            survivors[1] = Math.max(0, y - b * x * days);
            return;
        }
        double g = Math.sqrt(a * b);
        double ratioXY = Math.sqrt(a / b); // x lost per y in the conserved quantity's scale
        // Time at which each side would reach zero, where tanh(g t) = x0 / (sqrt(a/b) y0) < 1.
        double tx = zeroTime(x, ratioXY * y, g);
        double ty = zeroTime(y, x / ratioXY, g);
        double t = Math.min(days, Math.min(tx, ty));
        double c = Math.cosh(g * t);
        double s = Math.sinh(g * t);
        double xt = x * c - ratioXY * y * s;
        double yt = y * c - x / ratioXY * s;
        survivors[0] = t == tx ? 0 : Math.max(0, xt);
        survivors[1] = t == ty ? 0 : Math.max(0, yt);
    }

    /** When {@code own cosh(gt) - other sinh(gt)} reaches zero; infinity if never. */
    private static double zeroTime(double own, double other, double g) {
        if (own >= other) {
            return Double.POSITIVE_INFINITY;
        }
        // atanh(own/other) / g
        double r = own / other;
        return 0.5 * Math.log((1 + r) / (1 - r)) / g;
    }
}
