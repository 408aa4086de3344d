package org.indivisible.model.korea;

/**
 * North Korea's strikes on the South in one replication, attached by {@link KoreaCampaign}:
 * this week's intensity (what the economy's direct damage to South Korea follows) and the
 * campaign's record. Owned by one thread; only the process writes it.
 */
public final class KoreaStrikes {

    /** Whether the campaign is modelled (a korea theater with forces and the korea.* parameters). */
    boolean modelled;
    int startStep = -1;
    int weeks;
    double intensity;
    double artillerySurviving = -1;
    double artilleryAtStart;
    double casualties;
    double missilesFired;
    double missilesReliable;
    double hits;
    double reliabilityAtStart = Double.NaN;
    double interceptorSupplyMin = 1;
    double defenderPowerKept = 1;
    /** Weeks of war until the campaign was decided (holds or falls), -1 while undecided. */
    int decidedWeek = -1;
    /** Elements lost to missile hits by (plan actor, type) = actor * types + type. */
    double[] lost = new double[0];

    KoreaStrikes() {
    }

    /**
     * The strikes on the South this week as a share of the war's first week (0 when the theater
     * is not at war, 1 when the campaign has fallen): the share of the first week's artillery fire
     * on Seoul that the surviving, supplied systems still deliver. 1 when the campaign is not
     * modelled, so that the economy keeps its full host loss.
     */
    public double intensity() {
        return modelled ? intensity : 1;
    }

    /** Whether the war in Korea has been fought in this replication. */
    public boolean fought() {
        return startStep >= 0;
    }
}
