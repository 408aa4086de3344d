package org.indivisible.model.korea;

import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records, for a replication in which the korea theater was at war (docs/metrics.md):
 * {@code strike_missiles_fired.korea}, {@code strike_missile_hits.korea},
 * {@code strike_missile_reliability.korea} (at the war's start), {@code strike_interceptor_supply_min.korea},
 * {@code strike_defender_power_lost.korea} (share of the defenders' power put out of action by
 * missile hits), {@code korea_campaign_decided_week.korea} (weeks of war until the campaign held
 * or fell, when it did), {@code artillery_casualties.korea} and {@code artillery_surviving_share.korea}.
 */
public final class KoreaObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.optional(KoreaStrikes.class, Port.Timing.ANY, "North Korea's strikes on the South");
    }

    @Override
    public void afterStep(World world) {
        // KoreaStrikes keeps everything.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (!world.hasPart(KoreaStrikes.class)) {
            return;
        }
        KoreaStrikes s = world.part(KoreaStrikes.class);
        if (!s.fought()) {
            return;
        }
        outcome.put(Metric.STRIKE_MISSILES_FIRED.id(), s.missilesFired);
        outcome.put(Metric.STRIKE_MISSILE_HITS.id(), s.hits);
        outcome.put(Metric.STRIKE_MISSILE_RELIABILITY.id(), s.reliabilityAtStart);
        outcome.put(Metric.STRIKE_INTERCEPTOR_SUPPLY_MIN.id(), s.interceptorSupplyMin);
        outcome.put(Metric.STRIKE_DEFENDER_POWER_LOST.id(), 1 - s.defenderPowerKept);
        if (s.decidedWeek > 0) {
            outcome.put(Metric.KOREA_CAMPAIGN_DECIDED_WEEK.id(), s.decidedWeek);
        }
        outcome.put(Metric.ARTILLERY_CASUALTIES.id(), s.casualties);
        outcome.put(Metric.ARTILLERY_SURVIVING_SHARE.id(), s.artilleryAtStart > 0 ? s.artillerySurviving / s.artilleryAtStart : 0);
    }
}
