package org.indivisible.data.scenario;

import java.time.LocalDate;
import java.util.Objects;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.theater.TheaterState;

/**
 * A scheduled event as a scenario declares it: a theater enters a state on a date drawn
 * uniformly from [earliest, latest] (equal for a fixed {@code at} date), with some probability,
 * for an uncertain number of weeks. The window and the duration are scenario assumptions, not
 * forecasts. Immutable.
 *
 * @param id unique id within the scenario ({@code taiwan-invasion})
 * @param kind a label for the reader (invasion, blockade, attack...); the model does not read it: what an
 *     event does is set by its theater, state and aggressor, and the economy reads theater states
 * @param theater theater id
 * @param state the state the theater enters
 * @param aggressor ISO3 of the actor that starts it, or null
 * @param earliest first possible day
 * @param latest last possible day
 * @param probability chance that it happens at all in a replication, in [0, 1]
 * @param durationWeeks how long the state lasts, or null (until another event changes it)
 * @param stateAfter the state entered when the duration ends
 */
public record Event(String id, String kind, String theater, TheaterState state, String aggressor,
                    LocalDate earliest, LocalDate latest, double probability, UncertainParameter durationWeeks,
                    TheaterState stateAfter) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theater, "theater");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        kind = kind == null ? state.id() : kind;
        stateAfter = stateAfter == null ? TheaterState.CEASEFIRE : stateAfter;
    }
}
