package org.indivisible.model.industry;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.engine.Invariant;
import org.indivisible.model.engine.World;

/**
 * What the munitions state keeps after every step: stocks, capacities and every flow finite and
 * not negative; consumption never above demand; mass balance per holding (stock at the start of
 * the step + produced + received - sent - consumed = stock at the end, to a relative 1e-9); and
 * no transfer takes its donor below its reserve floor.
 */
public final class IndustryInvariants implements Invariant {

    @Override
    public Ports ports() {
        return Ports.optional(MunitionStocks.class, Port.Timing.ANY, "stocks to check");
    }

    /** Relative tolerance of the balance, against the largest term. */
    static final double TOLERANCE = 1e-9;

    @Override
    public List<String> violations(World world) {
        if (!world.hasPart(MunitionStocks.class)) {
            return List.of();
        }
        MunitionStocks s = world.part(MunitionStocks.class);
        IndustryPlan plan = s.plan;
        List<String> found = new ArrayList<>();
        for (int k = 0; k < plan.holdings; k++) {
            String name = plan.holdingIso3[k] + " " + plan.munition(k).id();
            nonNegative(found, name, "stock", s.stockRounds[k]);
            nonNegative(found, name, "capacity", s.capacityRoundsPerYear[k]);
            nonNegative(found, name, "production", s.producedRounds[k]);
            nonNegative(found, name, "received", s.receivedRounds[k]);
            nonNegative(found, name, "sent", s.sentRounds[k]);
            nonNegative(found, name, "consumption", s.consumedRounds[k]);
            if (s.consumedRounds[k] > s.demandRounds[k] * (1 + TOLERANCE)) {
                found.add(name + ": consumed " + s.consumedRounds[k] + " rounds, more than the " + s.demandRounds[k]
                        + " demanded");
            }
            double expected = s.stockAtStepStartRounds[k] + s.producedRounds[k] + s.receivedRounds[k]
                    - s.sentRounds[k] - s.consumedRounds[k];
            double scale = Math.max(1, Math.max(s.stockAtStepStartRounds[k], Math.max(s.producedRounds[k],
                    Math.max(s.receivedRounds[k], Math.max(s.sentRounds[k], s.consumedRounds[k])))));
            if (!(Math.abs(expected - s.stockRounds[k]) <= TOLERANCE * scale)) {
                found.add(name + ": mass balance broken: start " + s.stockAtStepStartRounds[k] + " + produced "
                        + s.producedRounds[k] + " + received " + s.receivedRounds[k] + " - sent " + s.sentRounds[k]
                        + " - consumed " + s.consumedRounds[k] + " = " + expected + ", stock is " + s.stockRounds[k]);
            }
        }
        for (int k = 0; k < plan.holdings; k++) {
            double after = s.poolDonorStockAfterRounds[k];
            if (!Double.isNaN(after) && after < s.floorRounds[k] - TOLERANCE * Math.max(1, s.floorRounds[k])) {
                found.add(plan.holdingIso3[k] + " " + plan.munition(k).id() + ": a partner's draw on its stock left "
                        + after + " rounds, below the reserve floor of " + s.floorRounds[k]);
            }
        }
        for (int i = 0; i < plan.transfers.size(); i++) {
            IndustryPlan.Transfer t = plan.transfers.get(i);
            double floor = s.floorRounds[t.from()];
            if (s.transferRounds[i] > 0
                    && s.donorStockAfterTransferRounds[i] < floor - TOLERANCE * Math.max(1, floor)) {
                found.add(plan.holdingIso3[t.from()] + " " + plan.munition(t.from()).id() + ": transfer to "
                        + plan.holdingIso3[t.to()] + " left " + s.donorStockAfterTransferRounds[i]
                        + " rounds, below the reserve floor of " + floor);
            }
        }
        return found;
    }

    private static void nonNegative(List<String> found, String name, String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            found.add(name + ": " + what + " must be non-negative and finite, is " + v);
        }
    }
}
