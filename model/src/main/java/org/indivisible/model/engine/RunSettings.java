package org.indivisible.model.engine;

/**
 * How to run: the master seed, whether to draw uncertain parameters (false uses their central
 * values) and whether to check invariants after every step.
 */
public record RunSettings(long masterSeed, boolean sampleUncertainty, boolean check) {
}
