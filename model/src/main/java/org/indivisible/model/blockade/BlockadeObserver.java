package org.indivisible.model.blockade;

import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.World;

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

    private static final String T = ".taiwan";

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
        outcome.put("blockade_weeks" + T, b.weeks);
        outcome.put("blockade_shipping_share" + T, b.weeks > 0 ? b.shippingShareSum / b.weeks : 1);
        outcome.put("blockade_ships_arrived" + T, b.arrived);
        outcome.put("blockade_ships_turned_back" + T, b.turnedBack);
        outcome.put("blockade_ships_sunk" + T, b.sunk);
        outcome.put("blockade_power_shortfall_max" + T, b.powerShortfallMax);
        outcome.put("blockade_output_loss_max" + T, b.outputLossMax);
        if (b.energyExhaustedWeek() > 0) {
            outcome.put("blockade_week_energy_exhausted" + T, b.energyExhaustedWeek());
        }
        for (int c = 0; c < BlockadeParameters.CARRIERS.size(); c++) {
            if (b.exhaustedWeek[c] > 0) {
                outcome.put("blockade_week_" + BlockadeParameters.CARRIERS.get(c) + "_exhausted" + T, b.exhaustedWeek[c]);
            }
        }
        if (b.foodExhaustedWeek > 0) {
            outcome.put("blockade_week_food_exhausted" + T, b.foodExhaustedWeek);
        }
        for (BlockadeOutcome o : BlockadeOutcome.values()) {
            outcome.put("blockade_outcome_" + o.id() + T, o == b.outcome ? 1 : 0);
        }
    }
}
