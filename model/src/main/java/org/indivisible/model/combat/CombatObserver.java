package org.indivisible.model.combat;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.ForceType;
import org.indivisible.model.posture.Forces;

/**
 * Records, for each theater whose war was fought with modelled forces:
 * {@code losses.<theater>.<ISO3>.<type>} (force elements lost, for each participant and type it
 * had at the theater's location or lost there) and {@code campaign_holds.<theater>},
 * {@code campaign_falls.<theater>}, {@code campaign_stalemate.<theater>} (one of them 1, the
 * others 0; a war undecided at the horizon's end counts as a stalemate);
 * {@code interceptors_spent.<theater>.<ISO3>} and {@code missiles_fired.<theater>.<ISO3>} from
 * the naval salvo exchanges (actors that took part in one). Nothing for theaters
 * that saw no war.
 */
public final class CombatObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.optional(CombatRecord.class, Port.Timing.ANY, "losses and campaign outcomes")
                .andOptional(Forces.class, Port.Timing.ANY, "the forces the losses are counted against");
    }

    @Override
    public void afterStep(World world) {
        // CombatRecord keeps everything.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (!world.hasPart(CombatRecord.class)) {
            return;
        }
        CombatRecord record = world.part(CombatRecord.class);
        Forces forces = world.part(Forces.class);
        ForcePlan plan = forces.plan();
        for (int t = 0; t < record.fought.length; t++) {
            if (!record.fought[t]) {
                continue;
            }
            String theater = world.config().theaters().get(t).id();
            int location = plan.theaterLocation(t);
            for (int a = 0; a < plan.actors(); a++) {
                if (!plan.participant(t, a)) {
                    continue;
                }
                for (ForceType type : ForceType.values()) {
                    double lost = record.lost(t, a, type.ordinal());
                    if (lost > 0 || forces.initialElements(location, a, type.ordinal()) > 0) {
                        outcome.put(Metric.LOSSES.id(theater, plan.iso3(a), type.id()), lost);
                    }
                }
                if (record.interceptorsSpent[t][a] > 0 || record.missilesFired[t][a] > 0) {
                    outcome.put(Metric.INTERCEPTORS_SPENT.id(theater, plan.iso3(a)), record.interceptorsSpent[t][a]);
                    outcome.put(Metric.MISSILES_FIRED.id(theater, plan.iso3(a)), record.missilesFired[t][a]);
                }
            }
            CampaignOutcome result = record.outcome[t] == null ? CampaignOutcome.STALEMATE : record.outcome[t];
            for (CampaignOutcome o : CampaignOutcome.values()) {
                outcome.put(o.metric().id(theater), o == result ? 1 : 0);
            }
        }
    }
}
