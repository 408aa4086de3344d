package org.indivisible.model.posture;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.metric.Metric;

/**
 * Records the balance of forces and the gap the US leaves in Europe (docs/metrics.md):
 * <ul>
 *   <li>{@code europe_balance_ratio_start}, {@code europe_balance_ratio_min},
 *       {@code europe_balance_ratio_final}: non-aligned (NATO) over aligned (Russian) combat
 *       power in Europe when the run starts, at its lowest after any step, after the last step;</li>
 *   <li>{@code europe_dip_weeks}: weeks from the US departure from Europe until its returning
 *       contingent is back (the redeployment's dip; to the end of the run if it never returns);</li>
 *   <li>{@code europe_weeks_below_start}: weeks the ratio spent below its starting value (losses in
 *       the Pacific can keep it there after the contingent is back);</li>
 *   <li>{@code europe_balance_ratio_y<k>}: the ratio after the last step of year k of the
 *       horizon (the trajectory, year by year);</li>
 *   <li>{@code europe_gap_usd}: what European allies must buy to restore the starting ratio at
 *       the worst step: the missing power (start ratio times Russian power, less NATO power)
 *       at the cost per unit of power of the mix of US forces that left Europe (European
 *       allies' own mix when none left), raise costs at the allies' readiness;</li>
 *   <li>{@code europe_gap_years}: how long closing it takes: the longer of the money-limited
 *       time (gap over {@code forces.europe.newForcesBudgetShare} of the allies' defence
 *       budgets at that step) and the time to raise that mix (each type's
 *       {@code forces.type.<type>.raiseYears}, weighted by its share of the mix's cost); 0 without a gap;</li>
 *   <li>{@code europe_gap_keep_usd_per_year}: what keeping those new forces costs a year
 *       ({@code forces.type.<type>.keepCostUsdMillionsPerYear}, same mix);</li>
 *   <li>{@code balance_ratio_min.indo_pacific}: the lowest non-aligned over aligned ratio there.</li>
 * </ul>
 * Nothing is recorded when the configuration has no forces.
 */
public final class ForcesObserver implements Observer {

    @Override
    public Ports ports() {
        return Ports.optional(Forces.class, Port.Timing.ANY, "forces by location and type");
    }

    public static final String NEW_FORCES_BUDGET_SHARE = "forces.europe.newForcesBudgetShare";
    private static final int EUROPE = Location.EUROPE.ordinal();
    private static final int INDO_PACIFIC = Location.INDO_PACIFIC.ordinal();

    private Forces forces;
    private double startRatio = Double.NaN;
    private double minRatio = Double.POSITIVE_INFINITY;
    private double lastRatio = Double.NaN;
    private double minIndoPacific = Double.POSITIVE_INFINITY;
    private int dipSteps;
    private int belowStartSteps;
    private double maxGapPower;
    private double alliesBudgetAtMaxGapUsdBillions;
    /** Europe's ratio at the end of each whole year of the horizon (index 0 = year 1). */
    private final java.util.List<Double> ratioByYear = new java.util.ArrayList<>();

    @Override
    public void start(World world) {
        if (world.hasPart(Forces.class)) {
            forces = world.part(Forces.class);
            startRatio = forces.balanceRatio(world, EUROPE);
        }
    }

    @Override
    public void afterStep(World world) {
        if (forces == null) {
            return;
        }
        double ip = forces.balanceRatio(world, INDO_PACIFIC);
        if (!Double.isNaN(ip)) {
            minIndoPacific = Math.min(minIndoPacific, ip);
        }
        if (Double.isNaN(startRatio)) {
            return;
        }
        double blue = forces.sidePower(world, EUROPE, false, -1);
        double red = forces.sidePower(world, EUROPE, true, -1);
        double ratio = red > 0 ? blue / red : Double.NaN;
        lastRatio = ratio;
        if (Double.isNaN(ratio)) {
            return;
        }
        int yearsDone = (int) Math.floor((world.step() + 1) * world.config().horizon().yearFraction() + 1e-9);
        if (yearsDone > ratioByYear.size()) {
            ratioByYear.add(ratio);
        }
        minRatio = Math.min(minRatio, ratio);
        if (ratio < startRatio * (1 - 1e-12)) {
            belowStartSteps++;
        }
        if (forces.usAwayFromEurope()) {
            dipSteps++;
        }
        double gap = startRatio * red - blue;
        if (gap > maxGapPower * (1 + 1e-12) && gap > 1e-9) {
            maxGapPower = gap;
            double budget = 0;
            double[] budgets = world.defenceBudgetUsdBillions();
            for (int a = 0; a < forces.plan.actors; a++) {
                if (forces.plan.europeanAlly[a]) {
                    budget += budgets[a];
                }
            }
            alliesBudgetAtMaxGapUsdBillions = budget;
        }
    }

    @Override
    public void finish(World world, Outcome.Builder outcome) {
        if (forces == null) {
            return;
        }
        if (minIndoPacific < Double.POSITIVE_INFINITY) {
            outcome.put(Metric.BALANCE_RATIO_MIN_INDO_PACIFIC.id(), minIndoPacific);
        }
        if (Double.isNaN(startRatio) || Double.isNaN(lastRatio)) {
            return;
        }
        double weeksPerStep = world.config().horizon().stepDays() / 7.0;
        outcome.put(Metric.EUROPE_BALANCE_RATIO_START.id(), startRatio);
        outcome.put(Metric.EUROPE_BALANCE_RATIO_MIN.id(), minRatio);
        outcome.put(Metric.EUROPE_BALANCE_RATIO_FINAL.id(), lastRatio);
        outcome.put(Metric.EUROPE_DIP_WEEKS.id(), dipSteps * weeksPerStep);
        outcome.put(Metric.EUROPE_WEEKS_BELOW_START.id(), belowStartSteps * weeksPerStep);
        for (int y = 0; y < ratioByYear.size(); y++) {
            outcome.put(Metric.EUROPE_BALANCE_RATIO_YEAR.id(y + 1), ratioByYear.get(y));
        }
        double[] mix = gapMix();
        double cost = 0, keep = 0, power = 0, costYears = 0;
        for (int t = 0; t < ForcePlan.TYPES; t++) {
            cost += mix[t] * forces.raiseCostUsdMillions[t];
            keep += mix[t] * forces.keepCostUsdMillionsPerYear[t];
            power += mix[t] * forces.weight[t] * forces.allyReadiness[t];
            costYears += mix[t] * forces.raiseCostUsdMillions[t] * forces.raiseYears[t];
        }
        double leadYears = cost > 0 ? costYears / cost : 0;
        double gapUsd = maxGapPower > 0 && power > 0 ? maxGapPower * cost / power * 1e6 : 0;
        outcome.put(Metric.EUROPE_GAP_USD.id(), gapUsd);
        outcome.put(Metric.EUROPE_GAP_KEEP_USD_PER_YEAR.id(), gapUsd > 0 ? maxGapPower * keep / power * 1e6 : 0);
        double years = 0;
        if (gapUsd > 0) {
            double share = Posture.require(world, NEW_FORCES_BUDGET_SHARE);
            double perYearUsd = alliesBudgetAtMaxGapUsdBillions * 1e9 * share;
            years = Math.max(leadYears, perYearUsd > 0 ? gapUsd / perYearUsd : Double.MAX_VALUE);
        }
        outcome.put(Metric.EUROPE_GAP_YEARS.id(), years);
    }

    /** Elements by type whose costs price the gap: what the US took out of Europe, else the allies' own forces there. */
    private double[] gapMix() {
        double[] mix = forces.leftEurope.clone();
        double total = 0;
        for (double m : mix) {
            total += m;
        }
        if (total > 0) {
            return mix;
        }
        for (int a = 0; a < forces.plan.actors; a++) {
            if (forces.plan.europeanAlly[a]) {
                for (int t = 0; t < ForcePlan.TYPES; t++) {
                    mix[t] += forces.initialElements[forces.plan.slot(EUROPE, a, t)];
                }
            }
        }
        return mix;
    }
}
