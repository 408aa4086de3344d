package org.indivisible.model.decision;

import org.indivisible.model.config.DecisionPair;
import java.util.Arrays;
import java.util.List;

/**
 * What the decisions did in one replication, by decided pair (the order of
 * {@link DecisionProcess#pairs()}): the step at which the rule first started a war (-1 if
 * never), the probability of a war the weekly hazards implied along the run's path, and the
 * largest hazard multiplier exp(b . x) seen. Attached to the world by {@link DecisionProcess};
 * mutable, owned by one replication's thread.
 */
public final class DecisionRecord {

    final List<DecisionPair> pairs;
    final int[] startedStep;
    /** Product over asked weeks of (1 - weekly probability). */
    final double[] survival;
    /** Sum over asked weeks up to and including the first start of the weekly probability. */
    final double[] toFirstStart;
    final double[] maxMultiplier;
    final double[] lastHazardPerWeek;

    DecisionRecord(List<DecisionPair> pairs) {
        this.pairs = List.copyOf(pairs);
        startedStep = new int[pairs.size()];
        Arrays.fill(startedStep, -1);
        survival = new double[pairs.size()];
        Arrays.fill(survival, 1);
        toFirstStart = new double[pairs.size()];
        maxMultiplier = new double[pairs.size()];
        Arrays.fill(maxMultiplier, 1);
        lastHazardPerWeek = new double[pairs.size()];
    }

    public List<DecisionPair> pairs() {
        return pairs;
    }

    /** Step at which the rule first started a war for pair {@code i}, or -1. */
    public int startedStep(int i) {
        return startedStep[i];
    }

    /** 1 - prod(1 - p_week): the chance of a war the path's hazards implied, 0..1. */
    public double impliedProbability(int i) {
        return 1 - survival[i];
    }

    /**
     * The conditional estimate of the chance that the rule starts a war of pair {@code i}: the
     * sum of the weekly probabilities over the weeks asked up to and including the week of the
     * first start (all asked weeks when none started). Its expectation is exactly P(the rule
     * starts a war in the horizon), whatever the path does after a war: the start indicator
     * minus this sum is a martingale with mean 0 (the week's uniform is drawn independently of
     * the probability it is compared with). Not capped at 1.
     */
    public double conditionalProbability(int i) {
        return toFirstStart[i];
    }

    /** The last weekly hazard the rule gave pair {@code i}. */
    public double lastHazardPerWeek(int i) {
        return lastHazardPerWeek[i];
    }

    public double maxMultiplier(int i) {
        return maxMultiplier[i];
    }
}
