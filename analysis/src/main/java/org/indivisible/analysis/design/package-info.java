/**
 * Experiment designs on the unit hypercube [0, 1]^k and the sensitivity measures computed from
 * them: full-factorial grids, Latin hypercube samples (McKay, Beckman and Conover 1979), Morris
 * elementary-effects screening (Morris 1991; mu* of Campolongo, Cariboni and Saltelli 2007), and
 * Sobol' first-order and total indices from Saltelli sampling (Saltelli et al. 2010, "Variance
 * based sensitivity analysis of model output", Computer Physics Communications 181: first-order
 * estimator of their Table 2 (b), total by Jansen 1999), with percentile bootstrap intervals.
 * Every design is a pure function of its size and a seed; nothing here knows about the model
 * ({@code analysis.sensitivity} maps points to parameter values).
 */
package org.indivisible.analysis.design;
