/**
 * The run folder: {@code out/<run-id>/manifest.json} (everything needed to reproduce the run)
 * and {@code summary.json} (the statistics, byte-identical for the same inputs and seed).
 * Written to a hidden partial folder and moved into place, so no half-written run is left.
 */
package org.indivisible.analysis.run;
