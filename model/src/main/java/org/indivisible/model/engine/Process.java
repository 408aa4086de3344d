package org.indivisible.model.engine;

/**
 * One rule of the model (budgets, decisions, combat, the economy...). The engine calls
 * {@link #start} once per replication and {@link #step} once per step, in the order of the
 * {@link Model}. A process changes the {@link World} and nothing else: it does not print,
 * write files or keep state outside the world between replications.
 */
public interface Process {

    /** The parts of the world this attaches or reads ({@link Wiring} checks them once per configuration). */
    default Ports ports() {
        return Ports.NONE;
    }

    /** Short name used in error messages and for the process's random streams. */
    String name();

    /** Draw this replication's parameters and set initial state. */
    default void start(World world) {
    }

    /** Advance the world by one step ({@code world.step()} is the step being simulated). */
    void step(World world);
}
