package org.indivisible.model.engine;

import java.util.List;

/**
 * A property that must hold after every step (stocks non-negative, budgets finite...).
 * Checked when the run asks for it ({@code --check}, always on in tests).
 */
public interface Invariant {

    /** Violations as "actor or thing: what is wrong", empty when the world is sound. */
    List<String> violations(World world);
}
