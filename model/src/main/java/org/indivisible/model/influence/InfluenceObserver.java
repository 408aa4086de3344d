package org.indivisible.model.influence;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.util.List;
import org.indivisible.model.actor.Group;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records {@code narrative_share_end.<group>} and {@code narrative_share_max.<group>} (the
 * population-unweighted mean share of the group's partner publics holding the adversary
 * narrative at the end, and the largest public's peak; groups NATO_EUROPE and IP4) and, with
 * P3, {@code coalition_willingness_min} (lowest willingness to join relative to the start).
 */
public final class InfluenceObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.optional(NarrativeState.class, Port.Timing.ANY, "narrative shares");
    }

    private final Configuration config;
    private final int[] publics;

    public InfluenceObserver(Configuration config, NarrativeAdoption process) {
        this.config = config;
        this.publics = process.publics();
    }

    @Override
    public void afterStep(World world) {
        // The state is kept by the process.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (!world.hasPart(NarrativeState.class)) {
            return;
        }
        NarrativeState s = world.part(NarrativeState.class);
        for (String group : List.of("IP4", "NATO_EUROPE")) {
            Group g = config.group(group).orElse(null);
            if (g == null) {
                continue;
            }
            double sum = 0;
            double max = 0;
            int n = 0;
            for (int i = 0; i < publics.length; i++) {
                if (g.isMember(config.actors().get(publics[i]).iso3(), world.date())) {
                    sum += s.share[i];
                    max = Math.max(max, s.max[i]);
                    n++;
                }
            }
            if (n > 0) {
                outcome.put(Metric.NARRATIVE_SHARE_END.id(group), sum / n);
                outcome.put(Metric.NARRATIVE_SHARE_MAX.id(group), max);
            }
        }
        if (!Double.isNaN(s.coalitionWillingnessMin)) {
            outcome.put(Metric.COALITION_WILLINGNESS_MIN.id(), s.coalitionWillingnessMin);
        }
    }
}
