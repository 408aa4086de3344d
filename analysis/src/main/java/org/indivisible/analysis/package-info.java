/**
 * Analysis on top of the model: ensembles of replications on local cores, their streaming
 * statistics, comparison of treatments, experiment designs and sensitivity measures, and the run
 * folder ({@code manifest.json}, {@code summary.json}) every run leaves.
 */
package org.indivisible.analysis;
