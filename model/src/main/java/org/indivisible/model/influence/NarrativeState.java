package org.indivisible.model.influence;

/**
 * Each partner public's share holding the adversary narrative, now and at the start, by public
 * (the order of {@link NarrativeAdoption#publics()}). Attached to the world by
 * {@link NarrativeAdoption}; mutable, owned by one replication's thread.
 */
public final class NarrativeState {

    final double[] share;
    final double[] initial;
    final double[] max;
    double coalitionWillingnessMin = Double.NaN;

    NarrativeState(double[] initial) {
        this.initial = initial.clone();
        this.share = initial.clone();
        this.max = initial.clone();
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
