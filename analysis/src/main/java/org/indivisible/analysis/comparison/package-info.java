/**
 * Comparing treatments: differences of a metric between a treatment and a baseline, paired by
 * replication when both share random numbers (replication k of every treatment of a run draws
 * the same numbers: common random numbers, so the paired difference holds only the policy's
 * effect), with Student-t confidence intervals, and cost-effectiveness as the metric's change per
 * US$ billion of the change in {@code policy_cost_usd}. References: Law, Simulation Modeling and
 * Analysis (5th ed. 2015), 10.2 (paired-t and Welch intervals) and 11.2 (common random numbers).
 */
package org.indivisible.analysis.comparison;
