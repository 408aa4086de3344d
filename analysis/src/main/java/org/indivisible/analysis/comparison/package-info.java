/**
 * Comparing treatments: differences of a metric between a treatment and a baseline, paired by
 * replication when both share random numbers (replication k of every treatment of a run draws
 * the same numbers: common random numbers, so the paired difference holds only the policy's
 * effect), with Student-t confidence intervals, and cost-effectiveness as the metric's change per
 * US$ billion of the change in {@code policy_cost_usd}. References: Law, Simulation Modeling and
 * Analysis (5th ed. 2015), 10.2 (paired-t and Welch intervals) and 11.2 (common random numbers).
 * Paired 0/1 outcomes get the exact McNemar analysis ({@link org.indivisible.analysis.comparison.McNemar}),
 * single proportions Wilson's or Clopper-Pearson's interval ({@link org.indivisible.analysis.comparison.BinaryIntervals}),
 * every difference its minimum detectable effect ({@link org.indivisible.analysis.comparison.Power}); war
 * risk is read from the conditional estimator first ({@link org.indivisible.analysis.comparison.WarRisk},
 * with {@link org.indivisible.analysis.comparison.HazardRatio}). Distributions from Apache Commons Math 3.
 */
package org.indivisible.analysis.comparison;
