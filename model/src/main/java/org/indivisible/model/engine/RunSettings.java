package org.indivisible.model.engine;

/**
 * How to run: the master seed, whether to draw uncertain parameters (false uses their central
 * values) and whether to check invariants after every step.
 */
public record RunSettings(long masterSeed, boolean sampleUncertainty, boolean check) {

    public static RunSettings of(long masterSeed) {
        return new RunSettings(masterSeed, true, Boolean.getBoolean("indivisible.check"));
    }

    public RunSettings withCheck(boolean on) {
        return new RunSettings(masterSeed, sampleUncertainty, on);
    }
}
