/** Statistics of an ensemble: per cell and metric, mean, standard deviation and quantiles. */
package org.indivisible.analysis.statistics;
