package org.indivisible.model.config;

import java.time.LocalDate;
import java.util.Objects;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.theater.TheaterState;

/**
 * An event a scenario schedules: a theater enters a state (a blockade, an invasion, a
 * ceasefire) on a date drawn uniformly from a window, with some probability, and optionally
 * returns to another state after an uncertain number of weeks. Immutable.
 *
 * @param id unique id within the scenario
 * @param theater theater id
 * @param state the state the theater enters
 * @param aggressor ISO3 of the actor that starts it, or null
 * @param earliest first possible day
 * @param latest last possible day (equal to earliest for a fixed date)
 * @param probability chance the event happens at all in a replication, in [0, 1]
 * @param durationWeeks how long the state lasts (null: until another event changes it)
 * @param stateAfter the state entered when the duration ends
 */
public record ScheduledEvent(String id, String theater, TheaterState state, String aggressor,
                             LocalDate earliest, LocalDate latest, double probability,
                             UncertainParameter durationWeeks, TheaterState stateAfter) {

    public ScheduledEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theater, "theater");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("event " + id + ": latest " + latest + " is before earliest " + earliest);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("event " + id + ": probability must be in [0, 1], got " + probability);
        }
        if (stateAfter == null) {
            stateAfter = TheaterState.CEASEFIRE;
        }
    }

    /** The name of the random stream this event draws from. */
    public String streamName() {
        return "event." + id;
    }
}
