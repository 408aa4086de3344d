package org.indivisible.model.influence;

/**
 * Each partner public's share holding the adversary narrative, now and at the start, by public
 * (the order of {@link NarrativeAdoption#publics()}), and each partner's willingness to
 * co-produce that follows from it (read by the industry process, lever P2). Attached to the
 * world by {@link NarrativeAdoption}; mutable, owned by one replication's thread.
 */
public final class NarrativeState {

    final double[] share;
    final double[] initial;
    final double[] max;
    /** Willingness (0..1) of each public's government to co-produce, by public; 1 at the start. */
    final double[] coProductionWillingness;
    /** Public index of each actor, -1 for an actor that is not a partner public. */
    private final int[] publicOfActor;
    double coalitionWillingnessMin = Double.NaN;
    /** The P3 coalition's willingness to sanction now (1 at the start and without P3). */
    double coalitionWillingness = 1;

    NarrativeState(double[] initial, int[] publicOfActor) {
        this.initial = initial.clone();
        this.share = initial.clone();
        this.max = initial.clone();
        this.coProductionWillingness = new double[initial.length];
        java.util.Arrays.fill(coProductionWillingness, 1);
        this.publicOfActor = publicOfActor.clone();
    }

    /**
     * Actor {@code actor}'s willingness (0..1) to deliver its part of a P2 co-production
     * agreement, as of the last influence update: min(1, ((1 - x) / (1 - x0))^eta) for a partner
     * public with narrative share x (x0 at the start), 1 for any other actor (docs/decisions.md
     * section 5).
     *
     * @param actor actor index in the configuration
     */
    public double coProductionWillingness(int actor) {
        int i = publicOfActor[actor];
        return i < 0 ? 1 : coProductionWillingness[i];
    }

    /**
     * The willingness to co-produce of a public whose narrative share moved from {@code initial}
     * to {@code share}: min(1, ((1 - share) / (1 - initial))^elasticity); 1 when the initial
     * share is 1 (nothing left to lose) or the elasticity is 0.
     */
    public static double coProductionWillingness(double share, double initial, double elasticity) {
        if (!(initial < 1) || elasticity == 0) {
            return 1;
        }
        return Math.min(1, Math.pow(Math.max(0, 1 - share) / (1 - initial), elasticity));
    }

    /**
     * The share (0..1) of the P3 coalition's GDP whose publics do not hold the narrative, over
     * the same at the start; 1 before the first step and without P3. Decisions read it (a pull:
     * last step's value) to scale the sanctions' expected cost.
     */
    public double coalitionWillingness() {
        return coalitionWillingness;
    }

    /** Share (0..1) of public {@code i} holding the narrative now. */
    public double share(int i) {
        return share[i];
    }

    public double initialShare(int i) {
        return initial[i];
    }

    public int publics() {
        return share.length;
    }
}
