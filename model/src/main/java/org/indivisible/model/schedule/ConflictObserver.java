package org.indivisible.model.schedule;

import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import java.util.List;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.theater.Theater;

/**
 * Records, per theater: {@code p_conflict.<theater>} (1 if a war started in the horizon, else
 * 0, so its ensemble mean is the probability), {@code conflict_start_week.<theater>} (weeks
 * from the start; only when one started) and {@code war_weeks.<theater>} (weeks at war).
 * A theater already at war when the run starts has not "started" one.
 */
public final class ConflictObserver implements Observer {

    private final List<Theater> theaters;

    public ConflictObserver(Configuration config) {
        this.theaters = config.theaters();
    }

    @Override
    public void afterStep(World world) {
        // Everything needed is kept by the world; nothing to record per step.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        double weeksPerStep = world.config().horizon().stepDays() / 7.0;
        for (int t = 0; t < theaters.size(); t++) {
            String id = theaters.get(t).id();
            int start = world.warStartStep(t);
            outcome.put(Metric.P_CONFLICT.id(id), start >= 0 ? 1 : 0);
            if (start >= 0) {
                outcome.put(Metric.CONFLICT_START_WEEK.id(id), start * weeksPerStep);
            }
            outcome.put(Metric.WAR_WEEKS.id(id), world.warSteps(t) * weeksPerStep);
        }
    }
}
