/**
 * Sensitivity of a metric to the uncertain parameters of a configuration: a design on the unit
 * hypercube ({@code analysis.design}) is mapped to parameter values through each parameter's own
 * distribution (inverse transform), every design point is run as replications with those values
 * fixed, and the metric's mean per point feeds the design's measures (Morris mu*, sigma; Sobol'
 * first-order and total indices).
 */
package org.indivisible.analysis.sensitivity;
