/**
 * Ensembles: many replications of each (scenario, treatment) cell, spread over threads and
 * reduced in replication order, so 1 thread and N threads give bit-identical statistics.
 * Replication k of every treatment draws the same random numbers (common random numbers).
 */
package org.indivisible.analysis.ensemble;
