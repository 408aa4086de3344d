package org.indivisible.model.industry;

import org.indivisible.model.posture.MunitionsSufficiency;

/**
 * The munitions state of one replication, attached to the world by {@link IndustryProcess}:
 * per holding (see {@link IndustryPlan}) its stock in rounds, its capacity in rounds per year,
 * capacity on order by arrival step, and this step's flows (produced, received, sent, consumed,
 * demanded, in rounds). Owned by one thread; only the process writes it, observers and invariants
 * read it.
 */
public final class MunitionStocks implements MunitionsSufficiency {

    final IndustryPlan plan;
    final double[] stockRounds;
    final double[] stockAtStepStartRounds;
    final double[] capacityRoundsPerYear;
    /** The holding's share of running P2 co-production lines, rounds per year. */
    final double[] coProductionRoundsPerYear;
    /** Capacity ordered, arriving at the step, rounds per year, by [holding][step]. */
    final double[][] capacityOnOrder;
    final double[] floorRounds;
    final double[] producedRounds;
    /** Part of this step's production that partners' inputs made possible (China's dual-use goods). */
    final double[] partnerEnabledRounds;
    final double[] receivedRounds;
    final double[] sentRounds;
    final double[] consumedRounds;
    final double[] demandRounds;
    /** Per transfer, this step: rounds moved and the donor's stock just after. */
    final double[] transferRounds;
    final double[] donorStockAfterTransferRounds;
    /** Per actor, each supplier's share (summing to 1) of the inputs partners restore; same order as the plan's. */
    double[][] restoreWeights = new double[0][];
    /** Lowest stock a donor was left with after a pool draw this step, by holding; NaN when none. */
    final double[] poolDonorStockAfterRounds;
    /** Demand-weighted share of fires delivered this step, by [actor][theater]; 1 when nothing was asked. */
    final double[][] firesSupplied;
    /** The (actor, theater) pairs that can ask for fire (a firing rate or interceptors there), sorted. */
    int[] fighterActor = new int[0];
    int[] fighterTheater = new int[0];
    /** Rounds asked for and delivered this step, by [actor][theater]. */
    final double[][] askedRounds;
    final double[][] deliveredRounds;
    /** Per P2 co-production line, this step: the output agreed (capacity x step) and delivered (scaled by willingness), rounds. */
    final double[] lineAgreedRounds;
    final double[] lineDeliveredRounds;
    /** Lowest willingness to co-produce of any party of a line while the line had output; NaN before any. */
    double coProductionWillingnessMin = Double.NaN;
    /** Rounds per day the holding would fire in its most intense theater (the days-of-supply yardstick). */
    final double[] referenceUseRoundsPerDay;
    /** Rounds per day each holding would fire in each theater at war, by [theater][holding]; 0 where it does not fire. */
    final double[][] theaterFireRoundsPerDay;

    MunitionStocks(IndustryPlan plan) {
        this.plan = plan;
        int h = plan.holdings;
        int steps = plan.config.horizon().steps();
        stockRounds = new double[h];
        stockAtStepStartRounds = new double[h];
        capacityRoundsPerYear = new double[h];
        coProductionRoundsPerYear = new double[h];
        capacityOnOrder = new double[h][steps];
        floorRounds = new double[h];
        producedRounds = new double[h];
        partnerEnabledRounds = new double[h];
        receivedRounds = new double[h];
        sentRounds = new double[h];
        consumedRounds = new double[h];
        demandRounds = new double[h];
        transferRounds = new double[plan.transfers.size()];
        donorStockAfterTransferRounds = new double[plan.transfers.size()];
        poolDonorStockAfterRounds = new double[h];
        firesSupplied = new double[plan.config.actors().size()][plan.config.theaters().size()];
        askedRounds = new double[plan.config.actors().size()][plan.config.theaters().size()];
        deliveredRounds = new double[plan.config.actors().size()][plan.config.theaters().size()];
        referenceUseRoundsPerDay = new double[h];
        theaterFireRoundsPerDay = new double[plan.config.theaters().size()][h];
        lineAgreedRounds = new double[plan.lines.size()];
        lineDeliveredRounds = new double[plan.lines.size()];
    }

    public IndustryPlan plan() {
        return plan;
    }

    /** Stock of a holding now, rounds. */
    public double stockRounds(int holding) {
        return stockRounds[holding];
    }

    /** Capacity of a holding now, rounds per year. */
    public double capacityRoundsPerYear(int holding) {
        return capacityRoundsPerYear[holding];
    }

    /** The holding's share of the P2 co-production lines running now, rounds per year. */
    public double coProductionRoundsPerYear(int holding) {
        return coProductionRoundsPerYear[holding];
    }

    /** P2 co-production line {@code line}'s output delivered this step (agreed output times willingness), rounds. */
    public double coProductionDeliveredRounds(int line) {
        return lineDeliveredRounds[line];
    }

    /** The reserve floor below which the holding's actor never transfers it, rounds. */
    public double floorRounds(int holding) {
        return floorRounds[holding];
    }

    /** This step's production of the holding, rounds. */
    public double producedRounds(int holding) {
        return producedRounds[holding];
    }

    public double receivedRounds(int holding) {
        return receivedRounds[holding];
    }

    public double sentRounds(int holding) {
        return sentRounds[holding];
    }

    public double consumedRounds(int holding) {
        return consumedRounds[holding];
    }

    /** Rounds the holding was asked for this step (firing and interceptor demand, all theaters). */
    public double demandRounds(int holding) {
        return demandRounds[holding];
    }

    /**
     * The share (0..1) of the fires an actor asked for in a theater this step that its stocks
     * delivered, demand-weighted over its munitions; 1 when it asked for none. Combat scales a
     * force's fires by it.
     */
    /**
     * The actor's fire share in its worst-supplied theater (1 when it fights nowhere). Combat power
     * no longer reads it (a shortage weakens forces only in the theaters of its own location, see
     * {@code Forces}); it stays for reports of an actor's overall supply.
     */
    @Override
    public double fireShare(int actor) {
        double worst = 1;
        for (double share : firesSupplied[actor]) {
            worst = Math.min(worst, share);
        }
        return worst;
    }

    @Override
    public double partnerSupplyShare(int actor) {
        double fromPartners = 0;
        double total = 0;
        for (int k = 0; k < plan.holdings; k++) {
            if (plan.actorOf[k] == actor) {
                fromPartners += receivedRounds[k] + partnerEnabledRounds[k];
                total += producedRounds[k] + receivedRounds[k];
            }
        }
        return total > 0 ? Math.min(1, fromPartners / total) : 0;
    }

    @Override
    public double fireShare(int actor, int theater) {
        return firesSupplied[actor][theater];
    }

    public double firesSupplied(int actor, int theater) {
        return firesSupplied[actor][theater];
    }

    /** Rounds the actor asked for in the theater this step (0 when it did not fight there). */
    public double askedRounds(int actor, int theater) {
        return askedRounds[actor][theater];
    }

    /**
     * Days the holding could fire at its reference rate from its own stock plus what the other
     * holdings of its compatibility pool (same family, same side) hold above their floors at this
     * step; infinite when it has no reference rate.
     */
    public double daysOfSupply(int holding, int step) {
        if (!(referenceUseRoundsPerDay[holding] > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        int pool = plan.poolByStep[holding][step];
        double pooled = stockRounds[holding];
        for (int k = 0; k < plan.holdings; k++) {
            if (k != holding && plan.poolByStep[k][step] == pool) {
                pooled += Math.max(0, stockRounds[k] - floorRounds[k]);
            }
        }
        return pooled / referenceUseRoundsPerDay[holding];
    }

    /**
     * The endurance of a theater's defenders as an aggressor would reckon it: the days the holdings
     * of the side opposing {@code aggressorActor} that fire in the theater could keep firing at the
     * theater's rates, each from its own stock plus what its compatibility pool holds above the
     * other holdings' floors (as {@link #daysOfSupply}), weighted by their rates. Infinite when no
     * defender fires there.
     */
    public double defenderEnduranceDays(int theater, int aggressorActor, int step) {
        int aggressorSide = plan.sideOfActor[aggressorActor];
        double[] fire = theaterFireRoundsPerDay[theater];
        double rounds = 0;
        double perDay = 0;
        for (int k = 0; k < plan.holdings; k++) {
            if (!(fire[k] > 0) || plan.sideOfActor[plan.actorOf[k]] == aggressorSide) {
                continue;
            }
            int pool = plan.poolByStep[k][step];
            double pooled = stockRounds[k];
            for (int j = 0; j < plan.holdings; j++) {
                if (j != k && plan.poolByStep[j][step] == pool) {
                    pooled += Math.max(0, stockRounds[j] - floorRounds[j]);
                }
            }
            rounds += pooled;
            perDay += fire[k];
        }
        return perDay > 0 ? rounds / perDay : Double.POSITIVE_INFINITY;
    }
}
