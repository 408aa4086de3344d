/**
 * Seeded randomness per named stream. A stream's seed is a pure function of (master seed,
 * replication index, stream name), so adding a component never shifts another's draws and
 * every treatment sees the same draws in replication k (common random numbers).
 */
package org.indivisible.model.random;
