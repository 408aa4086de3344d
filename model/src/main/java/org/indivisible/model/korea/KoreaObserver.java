package org.indivisible.model.korea;

import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.World;

/**
 * Records, for a replication in which the korea theater was at war (docs/metrics.md):
 * {@code strike_missiles_fired.korea}, {@code strike_missile_hits.korea},
 * {@code strike_missile_reliability.korea} (at the war's start), {@code strike_interceptor_supply_min.korea},
 * {@code strike_defender_power_lost.korea} (share of the defenders' power put out of action by
 * missile hits), {@code korea_campaign_decided_week.korea} (weeks of war until the campaign held
 * or fell, when it did), {@code artillery_casualties.korea} and {@code artillery_surviving_share.korea}.
 */
public final class KoreaObserver implements Observer {

    private static final String T = ".korea";

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
        outcome.put("strike_missiles_fired" + T, s.missilesFired);
        outcome.put("strike_missile_hits" + T, s.hits);
        outcome.put("strike_missile_reliability" + T, s.reliabilityAtStart);
        outcome.put("strike_interceptor_supply_min" + T, s.interceptorSupplyMin);
        outcome.put("strike_defender_power_lost" + T, 1 - s.defenderPowerKept);
        if (s.decidedWeek > 0) {
            outcome.put("korea_campaign_decided_week" + T, s.decidedWeek);
        }
        outcome.put("artillery_casualties" + T, s.casualties);
        outcome.put("artillery_surviving_share" + T, s.artilleryAtStart > 0 ? s.artillerySurviving / s.artilleryAtStart : 0);
    }
}
