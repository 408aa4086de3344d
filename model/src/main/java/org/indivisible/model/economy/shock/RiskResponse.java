package org.indivisible.model.economy.shock;

import java.util.Arrays;

/**
 * Investment's response to geopolitical risk, by region, one step at a time (docs/economy.md,
 * section 4.1). Two states per region:
 *
 * <pre>
 *   pressure P_t = max(P_(t-1) delta, target_t)          geopolitical risk, in units of the shock
 *                                                        Caldara and Iacoviello (2022) measured
 *   gap      G_t = keep G_(t-1) + (1 - keep) beta P_t     the fall of investment, a share
 * </pre>
 *
 * with delta = 0.5^(step / halfLife) (risk fades once the conflict that holds it is over),
 * keep = exp(-step / responseWeeks) (investment plans adjust gradually), and beta set so that a
 * single unit pulse (P_0 = 1, no target after) gives a trough of G equal to the measured fall of
 * investment per shock. The response to a pulse is therefore hump-shaped, as the VAR's: small on
 * impact, deepest after about {@code responseWeeks} when the two time constants are equal, then
 * fading. A conflict holds the target for as long as it lasts. Mutable, one per replication.
 */
public final class RiskResponse {

    /** Below this a state is treated as over. */
    static final double NEGLIGIBLE = 1e-7;

    private final double[] pressure;
    private final double[] gap;
    private final double decay;
    private final double keep;
    private final double beta;

    /**
     * @param regions regions
     * @param troughPerShock the fall of investment (share) at the trough of the response to one shock
     * @param responseWeeks time constant of investment's adjustment (weeks)
     * @param halfLifeWeeks half-life of the risk once nothing holds it (weeks)
     * @param weeksPerStep the model's step in weeks
     */
    public RiskResponse(int regions, double troughPerShock, double responseWeeks, double halfLifeWeeks, double weeksPerStep) {
        if (!(responseWeeks > 0 && halfLifeWeeks > 0 && weeksPerStep > 0 && troughPerShock >= 0)) {
            throw new IllegalArgumentException("risk response: responseWeeks, halfLifeWeeks and the step must be > 0 and "
                    + "the trough >= 0, got " + responseWeeks + ", " + halfLifeWeeks + ", " + weeksPerStep + ", " + troughPerShock);
        }
        pressure = new double[regions];
        gap = new double[regions];
        decay = Math.pow(0.5, weeksPerStep / halfLifeWeeks);
        keep = Math.exp(-weeksPerStep / responseWeeks);
        beta = troughPerShock / unitPulseTrough(decay, keep);
    }

    /** The trough of G after a unit pulse with beta = 1 (the recurrence above, stepped until it turns). */
    static double unitPulseTrough(double decay, double keep) {
        double p = 1;
        double g = 0;
        double deepest = 0;
        for (int t = 0; t < 100_000; t++) {
            g = keep * g + (1 - keep) * p;
            if (g < deepest) {
                break;
            }
            deepest = g;
            p *= decay;
        }
        return deepest;
    }

    /**
     * One step. {@code target[r]} is the risk held in region r this step (in shocks; 0 when no
     * conflict holds it); a unit pulse is a target of 1 in the first step and 0 after.
     */
    public void advance(double[] target) {
        for (int r = 0; r < gap.length; r++) {
            double p = Math.max(pressure[r] * decay, target[r]);
            double g = keep * gap[r] + (1 - keep) * beta * p;
            if (p < NEGLIGIBLE && g < NEGLIGIBLE) {
                p = 0;
                g = 0;
            }
            pressure[r] = p;
            gap[r] = Math.min(1, g);
        }
    }

    /** The factor on region r's investment this step, in [0, 1]. */
    public double investmentFactor(int region) {
        return 1 - gap[region];
    }

    /** Whether any region's investment is still below its base. */
    public boolean active() {
        for (int r = 0; r < gap.length; r++) {
            if (gap[r] > 0 || pressure[r] > 0) {
                return true;
            }
        }
        return false;
    }

    public void reset() {
        Arrays.fill(pressure, 0);
        Arrays.fill(gap, 0);
    }
}
