package org.indivisible.data.scenario;

import java.util.Objects;
import org.indivisible.model.config.ScheduledEvent;

/**
 * A scheduled event as a scenario declares it: the model's {@link ScheduledEvent} (a theater
 * enters a state on a date drawn uniformly from [earliest, latest], equal for a fixed {@code at}
 * date, with some probability, for an uncertain number of weeks; the window and the duration are
 * scenario assumptions, not forecasts) and the label the scenario gives it. Immutable.
 *
 * @param kind a label for the reader (invasion, blockade, attack...; the state's id when absent);
 *     the model does not read it: what an event does is set by its theater, state and aggressor,
 *     and the economy reads theater states
 * @param schedule what the model runs
 */
public record Event(String kind, ScheduledEvent schedule) {

    public Event {
        Objects.requireNonNull(schedule, "schedule");
        kind = kind == null ? schedule.state().id() : kind;
    }

    /** The event's id, unique within the scenario ({@code taiwan-invasion}). */
    public String id() {
        return schedule.id();
    }
}
