package org.indivisible.model.blockade;

import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records, for a replication in which the blockade of Taiwan was in force (docs/metrics.md):
 * {@code blockade_weeks.taiwan}, {@code blockade_shipping_share.taiwan} (mean weekly share of
 * normal shipping that arrived), ships {@code blockade_ships_arrived/turned_back/sunk.taiwan},
 * {@code blockade_power_shortfall_max.taiwan}, {@code blockade_output_loss_max.taiwan}, the week
 * each stock ran out ({@code blockade_week_energy_exhausted.taiwan} for the first energy carrier,
 * {@code blockade_week_<lng|coal|oil|food>_exhausted.taiwan}; left out when it never did) and
 * the outcome {@code blockade_outcome_<ongoing|negotiated|escalated|capitulated|lifted>.taiwan}
 * (one of them 1). Nothing when no blockade was in force.
 */
public final class BlockadeObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.optional(Blockade.class, Port.Timing.ANY, "the blockade's record");
    }

    @Override
    public void afterStep(World world) {
        // Blockade keeps everything.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (!world.hasPart(Blockade.class)) {
            return;
        }
        Blockade b = world.part(Blockade.class);
        if (b.startStep < 0) {
            return;
        }
        outcome.put(Metric.BLOCKADE_WEEKS.id(), b.weeks);
        outcome.put(Metric.BLOCKADE_SHIPPING_SHARE.id(), b.weeks > 0 ? b.shippingShareSum / b.weeks : 1);
        outcome.put(Metric.BLOCKADE_SHIPS_ARRIVED.id(), b.arrived);
        outcome.put(Metric.BLOCKADE_SHIPS_TURNED_BACK.id(), b.turnedBack);
        outcome.put(Metric.BLOCKADE_SHIPS_SUNK.id(), b.sunk);
        outcome.put(Metric.BLOCKADE_POWER_SHORTFALL_MAX.id(), b.powerShortfallMax);
        outcome.put(Metric.BLOCKADE_OUTPUT_LOSS_MAX.id(), b.outputLossMax);
        if (b.energyExhaustedWeek() > 0) {
            outcome.put(Metric.BLOCKADE_WEEK_ENERGY_EXHAUSTED.id(), b.energyExhaustedWeek());
        }
        for (int c = 0; c < BlockadeParameters.CARRIERS.size(); c++) {
            if (b.exhaustedWeek[c] > 0) {
                outcome.put(Metric.BLOCKADE_WEEK_STOCK_EXHAUSTED.id(BlockadeParameters.CARRIERS.get(c)), b.exhaustedWeek[c]);
            }
        }
        if (b.foodExhaustedWeek > 0) {
            outcome.put(Metric.BLOCKADE_WEEK_STOCK_EXHAUSTED.id("food"), b.foodExhaustedWeek);
        }
        for (BlockadeOutcome o : BlockadeOutcome.values()) {
            outcome.put(Metric.BLOCKADE_OUTCOME.id(o.id()), o == b.outcome ? 1 : 0);
        }
    }
}
