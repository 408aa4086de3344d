package org.indivisible.model.combat.campaign;

import org.indivisible.model.combat.CampaignOutcome;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.ForceType;
import org.indivisible.model.posture.Forces;

/**
 * Records each campaign that started (docs/metrics.md): how it ended
 * ({@code campaign_holds|falls|stalemate.<theater>}, as the combat part names them) and the war
 * week it was decided ({@code campaign_weeks_to_hold|fall|stalemate.<theater>}, only the one that
 * happened); losses by side and kind ({@code losses_ships|aircraft|personnel.<theater>.<ISO3>},
 * {@code losses_submarines.<theater>.USA}) and by force element ({@code losses.<theater>.<ISO3>.<type>});
 * the crossing ({@code campaign_lift_lost_share}, {@code campaign_troops_landed},
 * {@code campaign_lodgement_peak_battalions}); the intervention drawn
 * ({@code campaign_us_delay_weeks}, {@code campaign_us_scale}, {@code campaign_japan_basing}); and
 * for each precision munition magazine {@code munitions_days_of_supply_min.<ISO3>.<munition>},
 * {@code munitions_fired.<theater>.<ISO3>.<munition>}, {@code munitions_exhausted.<ISO3>.<munition>}
 * (0 or 1) and, when it ran dry, {@code munitions_week_exhausted.<ISO3>.<munition>}.
 */
public final class CampaignObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.optional(CampaignState.class, Port.Timing.ANY, "the campaigns fought")
                .andOptional(Forces.class, Port.Timing.ANY, "the forces the element losses are counted against");
    }

    @Override
    public void afterStep(World world) {
        // CampaignState keeps everything.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (!world.hasPart(CampaignState.class)) {
            return;
        }
        CampaignState state = world.part(CampaignState.class);
        for (int t = 0; t < state.campaign.length; t++) {
            TaiwanCampaign c = state.campaign(t);
            if (c == null) {
                continue;
            }
            String theater = world.config().theaters().get(t).id();
            // Undecided at the horizon's end: a stalemate, at the last turn fought.
            CampaignOutcome result = c.outcome() == null ? CampaignOutcome.STALEMATE : c.outcome();
            double week = c.outcome() == null ? c.turns() * TaiwanCampaign.TURN_WEEKS : c.outcomeWeek();
            for (CampaignOutcome o : CampaignOutcome.values()) {
                outcome.put(o.metric().id(theater), o == result ? 1 : 0);
            }
            outcome.put(result.weeksMetric().id(theater), week);
            for (TaiwanCampaign.Side side : TaiwanCampaign.Side.values()) {
                String iso3 = side.name();
                outcome.put(Metric.LOSSES_SHIPS.id(theater, iso3), c.loss(side, TaiwanCampaign.Loss.SHIPS));
                outcome.put(Metric.LOSSES_AIRCRAFT.id(theater, iso3), c.loss(side, TaiwanCampaign.Loss.AIRCRAFT));
                outcome.put(Metric.LOSSES_PERSONNEL.id(theater, iso3), c.loss(side, TaiwanCampaign.Loss.PERSONNEL));
            }
            outcome.put(Metric.LOSSES_SUBMARINES.id(theater), c.loss(TaiwanCampaign.Side.USA, TaiwanCampaign.Loss.SUBMARINES));
            outcome.put(Metric.CAMPAIGN_LIFT_LOST_SHARE.id(theater), 1 - c.liftLeftShare());
            outcome.put(Metric.CAMPAIGN_TROOPS_LANDED.id(theater), c.troopsLanded());
            outcome.put(Metric.CAMPAIGN_LODGEMENT_PEAK_BATTALIONS.id(theater), c.peakAshoreBattalions());
            outcome.put(Metric.CAMPAIGN_US_DELAY_WEEKS.id(theater), c.delayWeeks());
            outcome.put(Metric.CAMPAIGN_US_SCALE.id(theater), c.scale());
            outcome.put(Metric.CAMPAIGN_JAPAN_BASING.id(theater), c.basing() ? 1 : 0);
            Magazine[] mags = c.magazines();
            for (int m = 0; m < mags.length; m++) {
                Magazine mag = mags[m];
                String holder = TaiwanCampaign.MAGAZINE_HOLDERS[m].name();
                if (!Double.isNaN(mag.minDaysOfSupply())) {
                    outcome.put(Metric.MUNITIONS_DAYS_OF_SUPPLY_MIN.id(holder, mag.id()), mag.minDaysOfSupply());
                }
                outcome.put(Metric.MUNITIONS_FIRED.id(theater, holder, mag.id()), mag.fired());
                boolean dry = !Double.isNaN(mag.weekExhausted());
                outcome.put(Metric.MUNITIONS_EXHAUSTED.id(holder, mag.id()), dry ? 1 : 0);
                if (dry) {
                    outcome.put(Metric.MUNITIONS_WEEK_EXHAUSTED.id(holder, mag.id()), mag.weekExhausted());
                }
            }
            elementLosses(world, state, t, theater, outcome);
        }
    }

    private static void elementLosses(World world, CampaignState state, int t, String theater, Outcome.Builder outcome) {
        if (!world.hasPart(Forces.class)) {
            return;
        }
        Forces forces = world.part(Forces.class);
        ForcePlan plan = forces.plan();
        int location = plan.theaterLocation(t);
        for (int a = 0; a < plan.actors(); a++) {
            if (!plan.participant(t, a)) {
                continue;
            }
            for (ForceType type : ForceType.values()) {
                double lost = state.elementsLost(t, a, type.ordinal());
                if (lost > 0 || forces.initialElements(location, a, type.ordinal()) > 0) {
                    outcome.put(Metric.LOSSES.id(theater, plan.iso3(a), type.id()), lost);
                }
            }
        }
    }
}
