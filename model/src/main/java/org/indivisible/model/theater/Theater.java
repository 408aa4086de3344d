package org.indivisible.model.theater;

import java.util.List;
import java.util.Objects;

/**
 * A theater: where a conflict can happen, who takes part, and its state when the run starts.
 * Immutable.
 *
 * @param id lower-case id used in metric names ({@code taiwan}, {@code korea}, {@code nato_europe}, {@code ukraine})
 * @param participants ISO3 codes of actors with a direct stake, sorted
 */
public record Theater(String id, String name, List<String> participants, TheaterState initialState) {

    public Theater {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initialState, "initialState");
        participants = participants.stream().sorted().distinct().toList();
    }
}
