/**
 * The time-stepped engine: the horizon, scheduled events, an ordered list of
 * {@link org.indivisible.model.engine.Process}es, {@link org.indivisible.model.engine.Observer}s
 * that record metrics, and {@link org.indivisible.model.engine.Invariant}s checked after every
 * step when asked. Processes hold the model's rules; the engine only advances time (the split
 * Hipparchus makes between an equation, its integrator and its step handlers).
 */
package org.indivisible.model.engine;
