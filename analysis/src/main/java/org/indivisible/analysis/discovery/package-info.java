/**
 * Scenario discovery: which regions of the uncertain inputs produce an outcome of interest
 * (PRIM, Friedman and Fisher 1999), over the replications of a run (docs/analysis.md).
 */
package org.indivisible.analysis.discovery;
