package org.indivisible.model.engine;

import java.util.List;

/**
 * A property that must hold after every step (stocks non-negative, budgets finite...).
 * Checked when the run asks for it ({@code --check}, always on in tests).
 */
public interface Invariant {

    /** The parts of the world this attaches or reads ({@link Wiring} checks them once per configuration). */
    default Ports ports() {
        return Ports.NONE;
    }

    /** Violations as "actor or thing: what is wrong", empty when the world is sound. */
    List<String> violations(World world);
}
