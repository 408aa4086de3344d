package org.indivisible.data.scenario;

import java.util.Objects;

/**
 * A policy option applied to every scenario of a study, as an override of the scenario's
 * fields ({@code P0}: no new policy). Immutable.
 *
 * @param id short id, e.g. {@code P0}, {@code P1}
 * @param description one line on what the treatment does
 */
public record Treatment(String id, String description) {

    public static final Treatment NONE = new Treatment("P0", "No new NATO policy");

    public Treatment {
        Objects.requireNonNull(id, "id");
        description = description == null ? "" : description;
    }
}
