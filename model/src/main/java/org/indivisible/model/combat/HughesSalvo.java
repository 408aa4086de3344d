package org.indivisible.model.combat;

/**
 * The Hughes salvo model (Hughes 1995, Naval Research Logistics 42: 267-289) for missile
 * exchanges between two forces of like units (warships, or launchers against defended sites),
 * with the hit probability and defensive effectiveness written out as separate factors (as in
 * Armstrong 2004, "A verification study of the stochastic salvo combat model", and Hughes's
 * own "fleet tactics" notation):
 *
 * <pre>
 *   well-aimed missiles from A = p_A * alpha_A * A
 *   interceptors B fires        = min(beta_B * B, stock_B)          (a full defensive salvo)
 *   missiles B destroys          = e_B * interceptors B fires
 *   hits on B                    = max(0, well-aimed missiles from A - missiles B destroys)
 *   units of B put out of action = min(B, hits on B / u_B)
 * </pre>
 *
 * and symmetrically for A. Both sides fire at once (A's losses in this salvo do not reduce A's
 * fire in it). Pure functions; the records are immutable and thread safe.
 */
public final class HughesSalvo {

    private HughesSalvo() {
    }

    /**
     * One side of an exchange.
     *
     * @param units units able to fire and defend (ships, batteries), at least 0
     * @param offensiveMissilesPerUnit alpha: missiles each unit fires per salvo
     * @param hitProbability p: share of fired missiles that are well aimed (would hit if not intercepted), 0 to 1
     * @param interceptorsPerUnit beta: interceptors each unit fires per defensive salvo
     * @param defensiveEffectiveness e: probability that one interceptor destroys one missile, 0 to 1
     * @param stayingPowerHits u: hits that put one unit out of action, above 0
     * @param interceptorStock interceptors available to the whole side ({@code Double.POSITIVE_INFINITY} for no limit)
     */
    public record Side(double units, double offensiveMissilesPerUnit, double hitProbability, double interceptorsPerUnit,
                       double defensiveEffectiveness, double stayingPowerHits, double interceptorStock) {
        public Side {
            requireAtLeastZero(units, "units");
            requireAtLeastZero(offensiveMissilesPerUnit, "offensiveMissilesPerUnit");
            requireAtLeastZero(interceptorsPerUnit, "interceptorsPerUnit");
            requireShare(hitProbability, "hitProbability");
            requireShare(defensiveEffectiveness, "defensiveEffectiveness");
            if (!(stayingPowerHits > 0) || !Double.isFinite(stayingPowerHits)) {
                throw new IllegalArgumentException("stayingPowerHits must be finite and above 0, got " + stayingPowerHits);
            }
            if (!(interceptorStock >= 0)) {
                throw new IllegalArgumentException("interceptorStock must be at least 0, got " + interceptorStock);
            }
        }
    }

    /**
     * What one salvo exchange did.
     *
     * @param unitsLostA units of A put out of action
     * @param unitsLostB units of B put out of action
     * @param missilesFiredA missiles A fired
     * @param missilesFiredB missiles B fired
     * @param interceptorsSpentA interceptors A fired
     * @param interceptorsSpentB interceptors B fired
     * @param hitsOnA hits A took (beyond what sinks it all, too)
     * @param hitsOnB hits B took
     */
    public record Exchange(double unitsLostA, double unitsLostB, double missilesFiredA, double missilesFiredB,
                           double interceptorsSpentA, double interceptorsSpentB, double hitsOnA, double hitsOnB) {
    }

    /** A simultaneous salvo exchange between A and B. */
    public static Exchange exchange(Side a, Side b) {
        double firedA = a.offensiveMissilesPerUnit() * a.units();
        double firedB = b.offensiveMissilesPerUnit() * b.units();
        double spentB = firedA > 0 ? Math.min(b.interceptorsPerUnit() * b.units(), b.interceptorStock()) : 0;
        double spentA = firedB > 0 ? Math.min(a.interceptorsPerUnit() * a.units(), a.interceptorStock()) : 0;
        double hitsOnB = Math.max(0, a.hitProbability() * firedA - b.defensiveEffectiveness() * spentB);
        double hitsOnA = Math.max(0, b.hitProbability() * firedB - a.defensiveEffectiveness() * spentA);
        double lostB = Math.min(b.units(), hitsOnB / b.stayingPowerHits());
        double lostA = Math.min(a.units(), hitsOnA / a.stayingPowerHits());
        return new Exchange(lostA, lostB, firedA, firedB, spentA, spentB, hitsOnA, hitsOnB);
    }

    /**
     * Hughes's fractional exchange ratio: the share of B put out of action over the share of A
     * put out of action in one exchange (infinite when A loses nothing and B something, NaN when
     * neither loses).
     */
    public static double fractionalExchangeRatio(Side a, Side b) {
        Exchange e = exchange(a, b);
        return (e.unitsLostB() / b.units()) / (e.unitsLostA() / a.units());
    }

    private static void requireAtLeastZero(double v, String what) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite and at least 0, got " + v);
        }
    }

    private static void requireShare(double v, String what) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must lie in [0, 1], got " + v);
        }
    }
}
