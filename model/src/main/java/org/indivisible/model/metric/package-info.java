/**
 * The metric catalogue (docs/metrics.md): every family of metric ids the observers record, its id
 * pattern, unit and meaning. Observers build ids with it and consumers recognise ids with it, so
 * a family renamed in one place fails to compile or fails a test instead of emptying a report.
 */
package org.indivisible.model.metric;
