package org.indivisible.analysis.statistics;

/**
 * A metric over the replications of one cell, as {@code summary.json} holds it.
 *
 * @param mean arithmetic mean
 * @param sd sample standard deviation (n - 1 in the denominator; 0 when n = 1)
 * @param p05 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 * @param n replications in which the metric applied
 */
public record MetricSummary(double mean, double sd, double p05, double p50, double p95, long n) {
}
