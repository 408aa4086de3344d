package org.indivisible.data.scenario;

import java.util.List;
import java.util.Objects;
import org.indivisible.model.theater.TheaterState;

/**
 * A theater as a scenario declares it. Immutable.
 *
 * @param id lower-case id used in metric names ({@code taiwan}, {@code korea}...)
 * @param name display name
 * @param participants ISO3 codes of the actors with a direct stake, in the order written
 * @param state the theater's state when the run starts
 */
public record Theater(String id, String name, List<String> participants, TheaterState state) {

    public Theater {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        name = name == null ? id : name;
        participants = List.copyOf(participants);
    }
}
