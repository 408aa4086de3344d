package org.indivisible.model.engine;

/**
 * Records metrics from the world. Observers read; they never change the world. One observer
 * instance serves one replication.
 */
public interface Observer {

    /** The parts of the world this attaches or reads ({@link Wiring} checks them once per configuration). */
    default Ports ports() {
        return Ports.NONE;
    }

    default void start(World world) {
    }

    /** Called after every step's processes have run (and invariants passed). */
    void afterStep(World world);

    /** Adds this observer's metrics for the replication. */
    void finish(World world, Outcome.Builder outcome);
}
