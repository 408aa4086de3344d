/**
 * The time-stepped engine: an ordered list of {@link org.indivisible.model.engine.Process}es,
 * {@link org.indivisible.model.engine.Observer}s that record metrics, and
 * {@link org.indivisible.model.engine.Invariant}s checked after every step when asked, over one
 * {@link org.indivisible.model.engine.World}. Processes hold the model's rules; the engine only
 * advances time (the split Hipparchus makes between an equation, its integrator and its step
 * handlers). It knows no mechanism: which processes make up the model is decided in
 * {@code org.indivisible.model.assembly}, and the couplings between them are declared by each
 * part ({@link org.indivisible.model.engine.Ports}) and checked by
 * {@link org.indivisible.model.engine.Wiring}.
 */
package org.indivisible.model.engine;
