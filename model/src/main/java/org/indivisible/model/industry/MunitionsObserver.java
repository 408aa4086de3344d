package org.indivisible.model.industry;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.time.LocalDate;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records the munitions metrics (docs/metrics.md), per holding {@code <ISO3>.<munition>}: lowest
 * days of supply over the horizon (only for holdings with a reference rate of use), stock and
 * capacity at the end, production, receipts and consumption over the horizon, the value of
 * production in US$, stock at each calendar year's end and production within each year; per
 * actor that produces or receives, the share of its supply that comes from partners (deliveries
 * plus production that partners' inputs made possible), over all its munitions and per munition;
 * per co-production line its output delivered and that output's share of the agreed output, and
 * the lowest willingness to co-produce of any party while a line ran (influence); per actor and theater at war, the lowest weekly share of
 * fires its stocks delivered. One instance per replication.
 */
public final class MunitionsObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.requires(MunitionStocks.class, Port.Timing.ANY, "munition stocks and days of supply");
    }

    private final Configuration config;
    private final IndustryPlan plan;
    private double[] minDays;
    private double[] produced;
    private double[] partnerEnabled;
    private double[] received;
    private double[] sent;
    private double[] consumed;
    private double[] producedThisYear;
    private double[][] minFiresSupplied;
    private double[] lineOutput;
    private double[] lineAgreed;
    private double[] transferredRounds;
    private double[] poolSurplus;

    public MunitionsObserver(Configuration config, IndustryPlan plan) {
        this.config = config;
        this.plan = plan;
    }

    @Override
    public void start(World world) {
        int h = plan.holdings;
        minDays = new double[h];
        java.util.Arrays.fill(minDays, Double.POSITIVE_INFINITY);
        produced = new double[h];
        partnerEnabled = new double[h];
        received = new double[h];
        sent = new double[h];
        consumed = new double[h];
        producedThisYear = new double[h];
        minFiresSupplied = new double[config.actors().size()][config.theaters().size()];
        for (double[] row : minFiresSupplied) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        lineOutput = new double[plan.lines.size()];
        lineAgreed = new double[plan.lines.size()];
        transferredRounds = new double[plan.transfers.size()];
        poolSurplus = new double[Math.max(1, plan.pools)];
        stockByYear = new double[h][plan.stockByYearMetric.length == 0 ? 0 : plan.stockByYearMetric[0].length];
        productionByYear = new double[h][stockByYear.length == 0 ? 0 : stockByYear[0].length];
        for (int k = 0; k < h; k++) {
            java.util.Arrays.fill(stockByYear[k], Double.NaN);
        }
    }

    /** Stock and production at each calendar year's end, by [holding][year - first year]; NaN until recorded. */
    private double[][] stockByYear;
    private double[][] productionByYear;

    @Override
    public void afterStep(World world) {
        MunitionStocks s = world.part(MunitionStocks.class);
        int step = world.step();
        java.util.Arrays.fill(poolSurplus, 0);
        for (int k = 0; k < plan.holdings; k++) {
            poolSurplus[plan.poolByStep[k][step]] += Math.max(0, s.stockRounds[k] - s.floorRounds[k]);
        }
        for (int k = 0; k < plan.holdings; k++) {
            if (s.referenceUseRoundsPerDay[k] > 0) {
                // Own stock plus the pool's surplus above floors, less this holding's own surplus.
                double pooled = s.stockRounds[k] + poolSurplus[plan.poolByStep[k][step]]
                        - Math.max(0, s.stockRounds[k] - s.floorRounds[k]);
                minDays[k] = Math.min(minDays[k], pooled / s.referenceUseRoundsPerDay[k]);
            }
            produced[k] += s.producedRounds[k];
            partnerEnabled[k] += s.partnerEnabledRounds[k];
            received[k] += s.receivedRounds[k];
            sent[k] += s.sentRounds[k];
            consumed[k] += s.consumedRounds[k];
            producedThisYear[k] += s.producedRounds[k];
        }
        for (int p = 0; p < s.fighterActor.length; p++) {
            int a = s.fighterActor[p];
            int t = s.fighterTheater[p];
            if (s.askedRounds[a][t] > 0) {
                double v = s.firesSupplied[a][t];
                minFiresSupplied[a][t] = Double.isNaN(minFiresSupplied[a][t]) ? v : Math.min(minFiresSupplied[a][t], v);
            }
        }
        for (int i = 0; i < transferredRounds.length; i++) {
            transferredRounds[i] += s.transferRounds[i];
        }
        for (int i = 0; i < plan.lines.size(); i++) {
            lineOutput[i] += s.lineDeliveredRounds[i];
            lineAgreed[i] += s.lineAgreedRounds[i];
        }
        LocalDate date = world.date();
        LocalDate next = config.horizon().dateOf(step + 1);
        if (next.getYear() != date.getYear()) {
            int y = date.getYear() - plan.firstYear;
            for (int k = 0; k < plan.holdings; k++) {
                stockByYear[k][y] = s.stockRounds[k];
                productionByYear[k][y] = producedThisYear[k];
                producedThisYear[k] = 0;
            }
        }
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        MunitionStocks s = world.part(MunitionStocks.class);
        for (int k = 0; k < plan.holdings; k++) {
            for (int y = 0; y < stockByYear[k].length; y++) {
                if (!Double.isNaN(stockByYear[k][y])) {
                    outcome.put(plan.stockByYearMetric[k][y], stockByYear[k][y]);
                    outcome.put(plan.productionByYearMetric[k][y], productionByYear[k][y]);
                }
            }
        }
        int actors = config.actors().size();
        double[] supply = new double[actors];
        double[] fromPartners = new double[actors];
        for (int k = 0; k < plan.holdings; k++) {
            String[] name = plan.holdingMetric[k];
            if (Double.isFinite(minDays[k])) {
                outcome.put(name[0], minDays[k]);
            }
            outcome.put(name[1], s.stockRounds[k]);
            outcome.put(name[2], s.capacityRoundsPerYear[k] + s.coProductionRoundsPerYear[k]);
            outcome.put(name[3], produced[k]);
            outcome.put(name[4], received[k]);
            outcome.put(name[5], sent[k]);
            outcome.put(name[6], consumed[k]);
            double total = produced[k] + received[k];
            if (total > 0) {
                outcome.put(name[7], (received[k] + partnerEnabled[k]) / total);
            }
            supply[plan.actorOf[k]] += total;
            fromPartners[plan.actorOf[k]] += received[k] + partnerEnabled[k];
        }
        for (int a = 0; a < actors; a++) {
            if (supply[a] > 0) {
                outcome.put(Metric.MUNITIONS_PARTNER_SHARE.id(config.actors().get(a).iso3()), fromPartners[a] / supply[a]);
            }
            for (int t = 0; t < config.theaters().size(); t++) {
                if (!Double.isNaN(minFiresSupplied[a][t])) {
                    outcome.put(Metric.MUNITIONS_FIRES_SUPPLIED_MIN.id(config.actors().get(a).iso3(),
                            config.theaters().get(t).id()), minFiresSupplied[a][t]);
                }
            }
        }
        // By partner (keyed by the metric id): deliveries by donor, and the production each supplier's inputs made possible.
        java.util.TreeMap<String, double[]> fromPartner = new java.util.TreeMap<>();
        for (int i = 0; i < plan.transfers.size(); i++) {
            IndustryPlan.Transfer t = plan.transfers.get(i);
            int a = plan.actorOf[t.to()];
            fromPartner.computeIfAbsent(Metric.MUNITIONS_SUPPLY_SHARE.id(config.actors().get(a).iso3(), plan.holdingIso3[t.from()]),
                    x -> new double[] {a, 0})[1] += transferredRounds[i];
        }
        for (int k = 0; k < plan.holdings; k++) {
            int a = plan.actorOf[k];
            for (int j = 0; j < plan.restoreSuppliers[a].length; j++) {
                fromPartner.computeIfAbsent(Metric.MUNITIONS_SUPPLY_SHARE.id(config.actors().get(a).iso3(),
                        config.actors().get(plan.restoreSuppliers[a][j]).iso3()), x -> new double[] {a, 0})[1]
                        += partnerEnabled[k] * s.restoreWeights[a][j];
            }
        }
        for (var e : fromPartner.entrySet()) {
            double total = supply[(int) e.getValue()[0]];
            if (total > 0) {
                outcome.put(e.getKey(), e.getValue()[1] / total);
            }
        }
        double[] valueUsd = new double[actors];
        boolean[] priced = new boolean[actors];
        for (int k = 0; k < plan.holdings; k++) {
            String costParameter = plan.unitCostParameter[plan.munitionOf[k]];
            if (costParameter != null) {
                valueUsd[plan.actorOf[k]] += produced[k] * world.parameter(costParameter);
                priced[plan.actorOf[k]] = true;
            }
        }
        for (int a = 0; a < actors; a++) {
            if (priced[a]) {
                outcome.put(Metric.MUNITIONS_PRODUCTION_USD_CUM.id(config.actors().get(a).iso3()), valueUsd[a]);
            }
        }
        for (int i = 0; i < plan.lines.size(); i++) {
            outcome.put(Metric.MUNITIONS_COPRODUCTION_OUTPUT_CUM.id(plan.lines.get(i).id()), lineOutput[i]);
            if (lineAgreed[i] > 0) {
                outcome.put(Metric.MUNITIONS_COPRODUCTION_DELIVERED_SHARE.id(plan.lines.get(i).id()),
                        lineOutput[i] / lineAgreed[i]);
            }
        }
        if (!Double.isNaN(s.coProductionWillingnessMin)) {
            outcome.put(Metric.COPRODUCTION_WILLINGNESS_MIN.id(), s.coProductionWillingnessMin);
        }
    }
}
