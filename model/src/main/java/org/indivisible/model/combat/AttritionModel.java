package org.indivisible.model.combat;

import java.util.random.RandomGenerator;

/**
 * Aggregate attrition between two sides, x and y, over an interval: the strengths left after
 * {@code days} of fighting with no reinforcement in between. Strengths are in any common unit
 * (troops, weighted combat-power units); coefficients are per day in that unit. Implementations
 * are immutable and thread safe; a stochastic one draws a fixed number of values from the given
 * generator per call (two), so that treatments keep their draws aligned; a deterministic one
 * draws none.
 */
public interface AttritionModel {

    /**
     * Advances the fight.
     *
     * @param x strength of side x at the start, at least 0
     * @param y strength of side y at the start, at least 0
     * @param days length of the interval, days, at least 0
     * @param random the caller's named stream (unused by deterministic models)
     * @param survivors receives x's strength at {@code survivors[0]} and y's at {@code survivors[1]},
     *                  each between 0 and its starting value
     */
    void advance(double x, double y, double days, RandomGenerator random, double[] survivors);

    /** The same law with random losses; see {@link StochasticAttrition}. */
    default AttritionModel stochastic() {
        return new StochasticAttrition(this);
    }
}
