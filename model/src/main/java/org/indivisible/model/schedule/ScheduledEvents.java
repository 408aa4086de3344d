package org.indivisible.model.schedule;

import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Applies the scenario's scheduled events. At the start of a replication each event draws,
 * from its own stream and always in this order: whether it happens (one uniform against its
 * probability), its day within the window (one uniform), and its duration (one draw). Drawing
 * all three even when unused keeps the draws of one replication the same across treatments.
 */
public final class ScheduledEvents implements Process {

    private final List<ScheduledEvent> events;
    private final int[] theaterIndex;
    private int[] startStep;
    private int[] endStep;

    public ScheduledEvents(Configuration config) {
        this.events = config.events();
        this.theaterIndex = events.stream().mapToInt(e -> config.theaterIndex(e.theater())).toArray();
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void start(World world) {
        Horizon horizon = world.config().horizon();
        startStep = new int[events.size()];
        endStep = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            ScheduledEvent e = events.get(i);
            RandomGenerator random = world.random(e.streamName());
            boolean happens = random.nextDouble() < e.probability();
            long windowDays = e.latest().toEpochDay() - e.earliest().toEpochDay();
            long offset = (long) Math.floor(random.nextDouble() * (windowDays + 1));
            double weeks = e.durationWeeks() == null ? Double.NaN : e.durationWeeks().draw(random);
            if (e.durationWeeks() != null && !world.parameterSampling()) {
                weeks = e.durationWeeks().value();
            }
            startStep[i] = happens ? horizon.stepOf(e.earliest().plusDays(offset)) : -1;
            endStep[i] = happens && !Double.isNaN(weeks)
                    ? startStep[i] + (int) Math.max(1, Math.round(weeks * 7.0 / horizon.stepDays()))
                    : -1;
        }
    }

    @Override
    public void step(World world) {
        int step = world.step();
        for (int i = 0; i < events.size(); i++) {
            if (startStep[i] == step) {
                world.setTheaterState(theaterIndex[i], events.get(i).state());
            } else if (endStep[i] == step) {
                world.setTheaterState(theaterIndex[i], events.get(i).stateAfter());
            }
        }
    }
}
