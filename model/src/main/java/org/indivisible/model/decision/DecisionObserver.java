package org.indivisible.model.decision;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records, per decided pair ({@code <pair>} = {@code CHN.taiwan}...): {@code decision_war.<pair>}
 * (1 if the rule started a war in the horizon), {@code p_decision.<pair>} (the probability of a
 * war its weekly hazards implied along the run's path, a smoother diagnostic of the same chance),
 * {@code p_war_cond.<pair>} (the sum of the weekly probabilities up to the first start: the
 * conditional estimator whose mean is exactly the chance of a war, docs/analysis.md)
 * and {@code hazard_multiplier_max.<pair>} (largest exp(b . x): how far the situation moved the
 * hazard from its base). When the scenario has the Taiwan or Korea theater and NATO Europe:
 * {@code p_conflict.indo_pacific} (a war started in either) and
 * {@code p_conflict.nato_europe_after_indo_pacific} (a war on NATO's flank started after one
 * did), whose ensemble means give P(Russia attacks NATO | an Indo-Pacific war). With the
 * parameter {@code policy.usdPerEur}: {@code policy_cost_eur}, the treatment's policy cost in euros;
 * with {@code policy.deflatorPctPerYear} and {@code policy.discountRatePct} as well, the same in
 * constant 2025 euros by year and in all, and its present value (docs/decisions.md section 9).
 */
public final class DecisionObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.optional(DecisionRecord.class, Port.Timing.ANY, "weekly hazards and decisions");
    }

    private final int taiwan;
    private final int korea;
    private final int natoEurope;

    public DecisionObserver(Configuration config) {
        taiwan = index(config, "taiwan");
        korea = index(config, "korea");
        natoEurope = index(config, "nato_europe");
    }

    private static int index(Configuration config, String id) {
        for (int t = 0; t < config.theaters().size(); t++) {
            if (config.theaters().get(t).id().equals(id)) {
                return t;
            }
        }
        return -1;
    }

    @Override
    public void afterStep(World world) {
        // The record is kept by the decision process.
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (world.hasPart(DecisionRecord.class)) {
            DecisionRecord r = world.part(DecisionRecord.class);
            for (int i = 0; i < r.pairs().size(); i++) {
                String id = r.pairs().get(i).id();
                outcome.put(Metric.DECISION_WAR.id(id), r.startedStep(i) >= 0 ? 1 : 0);
                outcome.put(Metric.P_DECISION.id(id), r.impliedProbability(i));
                outcome.put(Metric.P_WAR_COND.id(id), r.conditionalProbability(i));
                outcome.put(Metric.HAZARD_MULTIPLIER_MAX.id(id), r.maxMultiplier(i));
            }
        }
        if (world.hasParameter(DecisionParameters.USD_PER_EUR)) {
            outcome.put(Metric.POLICY_COST_EUR.id(), world.policyCostUsdBillions() * 1e9 / world.parameter(DecisionParameters.USD_PER_EUR));
            if (world.hasParameter(DecisionParameters.DEFLATOR) && world.hasParameter(DecisionParameters.DISCOUNT_RATE)) {
                recordConstantCosts(world, outcome);
            }
        }
        if ((taiwan >= 0 || korea >= 0) && natoEurope >= 0) {
            int ip = earliest(taiwan < 0 ? -1 : world.warStartStep(taiwan), korea < 0 ? -1 : world.warStartStep(korea));
            int eu = world.warStartStep(natoEurope);
            outcome.put(Metric.P_CONFLICT_INDO_PACIFIC.id(), ip >= 0 ? 1 : 0);
            outcome.put(Metric.P_CONFLICT_NATO_EUROPE_AFTER_INDO_PACIFIC.id(), ip >= 0 && eu > ip ? 1 : 0);
        }
    }

    /**
     * The policy cost in constant {@link DecisionParameters#PRICE_BASE_YEAR} euros, by calendar year
     * ({@code policy_cost_eur_const.<year>}) and in all ({@code policy_cost_eur_const}), and its
     * present value at the real discount rate, discounted to the horizon's first year
     * ({@code policy_cost_eur_pv}). Each year's current-price cost is deflated by the price level's
     * rise since the base year; costs are counted in the year they are incurred.
     */
    private static void recordConstantCosts(World world, Outcome.Builder outcome) {
        double[] byYear = world.policyCostUsdBillionsByYear();
        int first = world.config().horizon().start().getYear();
        double[] constant = constantEur(byYear, first, world.parameter(DecisionParameters.USD_PER_EUR),
                world.parameter(DecisionParameters.DEFLATOR));
        double total = 0;
        for (int y = 0; y < constant.length; y++) {
            outcome.put(Metric.POLICY_COST_EUR_CONST_YEAR.id(first + y), constant[y]);
            total += constant[y];
        }
        outcome.put(Metric.POLICY_COST_EUR_CONST.id(), total);
        outcome.put(Metric.POLICY_COST_EUR_PV.id(), presentValue(constant, world.parameter(DecisionParameters.DISCOUNT_RATE)));
    }

    /**
     * Each year's cost (billions of current US$, from the year {@code firstYear}) in constant
     * {@link DecisionParameters#PRICE_BASE_YEAR} euros: converted at {@code usdPerEur} and divided by
     * (1 + deflator)^(year - base year).
     */
    static double[] constantEur(double[] usdBillionsByYear, int firstYear, double usdPerEur, double deflatorPct) {
        double[] out = new double[usdBillionsByYear.length];
        for (int y = 0; y < out.length; y++) {
            out[y] = usdBillionsByYear[y] * 1e9 / usdPerEur
                    / Math.pow(1 + deflatorPct / 100, firstYear + y - DecisionParameters.PRICE_BASE_YEAR);
        }
        return out;
    }

    /** Present value at a real rate, the first year undiscounted: sum of c_y / (1 + r)^y. */
    static double presentValue(double[] byYear, double ratePct) {
        double pv = 0;
        for (int y = 0; y < byYear.length; y++) {
            pv += byYear[y] / Math.pow(1 + ratePct / 100, y);
        }
        return pv;
    }

    private static int earliest(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
