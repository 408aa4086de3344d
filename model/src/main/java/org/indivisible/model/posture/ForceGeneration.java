package org.indivisible.model.posture;

import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;

/**
 * Budgets buy forces (docs/forces-and-combat.md section 4b). Each European ally's defence budget
 * above its starting level in real terms (deflated by {@code forces.generation.costGrowthPctPerYear})
 * pays first for keeping the elements it has already added (their
 * {@code forces.type.<type>.keepCostUsdMillionsPerYear}); {@code forces.generation.procurementShare}
 * of the extra money, as far as the upkeep leaves it, orders new elements at their raise cost in
 * the ally's own mix (the cost shares of its elements in Europe at the start). Orders are delivered
 * after the type's {@code raiseYears} through a third-order delay (three equal stages, the
 * material delay of system dynamics: deliveries start slowly and peak near the mean lead time),
 * and all allies' deliveries of a type are capped at {@code forces.generation.maxPerYear.<type>}
 * elements a year (production lines); what the cap holds back waits in the last stage.
 *
 * <p>The starting budget, each ally's own spending path without any policy, keeps the starting
 * force: only money above it buys, so a flat real budget buys nothing, and what P1's floor adds
 * from the first week buys. Russia's reconstitution and US force growth are not modelled here.
 */
public final class ForceGeneration implements Process {

    public static final String PROCUREMENT_SHARE = "forces.generation.procurementShare";
    public static final String COST_GROWTH = "forces.generation.costGrowthPctPerYear";
    public static final String MAX_PER_YEAR = "forces.generation.maxPerYear.";

    private static final int EUROPE = Location.EUROPE.ordinal();
    private static final int STAGES = 3;

    private final ForcePlan plan;
    private Forces forces;
    private double procurementShare;
    private double costGrowth;
    private final double[] capPerStep = new double[ForcePlan.TYPES];
    /** Per-stage outflow rate (share of a stage's content leaving each step), by type. */
    private final double[] stageRate = new double[ForcePlan.TYPES];
    private int[] allies;
    private double[] startBudget;
    /** Cost share of each type in the ally's starting elements in Europe, [ally][type]. */
    private double[][] mix;
    /** Elements on order by stage, [stage][ally * TYPES + type]. */
    private double[][] pipeline;
    private final double[] due = new double[ForcePlan.TYPES];

    public ForceGeneration(ForcePlan plan) {
        this.plan = plan;
    }

    @Override
    public Ports ports() {
        return Ports.requires(Forces.class, Port.Timing.THIS_STEP, "the elements the allies add to");
    }

    @Override
    public String name() {
        return "force-generation";
    }

    @Override
    public void start(World world) {
        forces = null;
        if (!plan.active || !world.hasParameter(PROCUREMENT_SHARE)) {
            return;
        }
        forces = world.part(Forces.class);
        procurementShare = world.parameter(PROCUREMENT_SHARE, 0, 1);
        costGrowth = world.parameter(COST_GROWTH) / 100;
        double stepYears = world.config().horizon().yearFraction();
        for (ForceType t : ForceType.values()) {
            int i = t.ordinal();
            capPerStep[i] = world.parameter(MAX_PER_YEAR + t.id(), 0, Double.MAX_VALUE) * stepYears;
            double stageSteps = Math.max(1, forces.raiseYears[i] / stepYears / STAGES);
            stageRate[i] = 1 / stageSteps;
        }
        allies = plan.europeanAllies;
        mix = new double[allies.length][ForcePlan.TYPES];
        for (int k = 0; k < allies.length; k++) {
            double total = 0;
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                mix[k][t] = forces.initialElements[plan.slot(EUROPE, allies[k], t)] * forces.raiseCostUsdMillions[t];
                total += mix[k][t];
            }
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                mix[k][t] = total > 0 ? mix[k][t] / total : 0;
            }
        }
        startBudget = null;
        pipeline = new double[STAGES][allies.length * ForcePlan.TYPES];
    }

    @Override
    public void step(World world) {
        if (forces == null || allies.length == 0) {
            return;
        }
        double[] budgets = world.defenceBudgetUsdBillions();
        if (startBudget == null) {
            // The reference is each ally's own spending path at the start, without P1's floor: money
            // a treatment adds from the first week buys forces too.
            startBudget = new double[allies.length];
            double year = org.indivisible.model.config.Horizon.fractionalYear(world.date());
            double[] gdp = world.gdpUsdBillions();
            for (int k = 0; k < allies.length; k++) {
                startBudget[k] = world.config().spending().get(allies[k]).pctGdpAt(year) / 100 * gdp[allies[k]];
            }
        }
        double stepYears = world.config().horizon().yearFraction();
        double price = Math.pow(1 + costGrowth, world.step() * stepYears);
        for (int k = 0; k < allies.length; k++) {
            int a = allies[k];
            double extraUsdMillions = Math.max(0, budgets[a] / price - startBudget[k]) * 1000 * stepYears;
            if (extraUsdMillions <= 0) {
                continue;
            }
            double upkeep = 0;
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                upkeep += forces.generated[a * ForcePlan.TYPES + t] * forces.keepCostUsdMillionsPerYear[t] * stepYears;
            }
            double buy = Math.min(procurementShare * extraUsdMillions, extraUsdMillions - upkeep);
            if (buy <= 0) {
                continue;
            }
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                pipeline[0][k * ForcePlan.TYPES + t] += buy * mix[k][t] / forces.raiseCostUsdMillions[t];
            }
        }
        deliver();
    }

    /** Moves orders through the stages and delivers what the production caps allow. */
    private void deliver() {
        java.util.Arrays.fill(due, 0);
        double[] last = pipeline[STAGES - 1];
        for (int k = 0; k < allies.length; k++) {
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                due[t] += last[k * ForcePlan.TYPES + t] * stageRate[t];
            }
        }
        boolean delivered = false;
        for (int k = 0; k < allies.length; k++) {
            int a = allies[k];
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                int i = k * ForcePlan.TYPES + t;
                double scale = due[t] > capPerStep[t] ? capPerStep[t] / due[t] : 1;
                double out = last[i] * stageRate[t] * scale;
                if (out > 0) {
                    last[i] -= out;
                    forces.elements[plan.slot(EUROPE, a, t)] += out;
                    forces.generated[a * ForcePlan.TYPES + t] += out;
                    delivered = true;
                }
            }
        }
        for (int s = STAGES - 1; s > 0; s--) {
            double[] from = pipeline[s - 1];
            double[] to = pipeline[s];
            for (int k = 0; k < allies.length; k++) {
                for (int t = 0; t < ForcePlan.TYPES; t++) {
                    int i = k * ForcePlan.TYPES + t;
                    double move = from[i] * stageRate[t];
                    from[i] -= move;
                    to[i] += move;
                }
            }
        }
        if (delivered) {
            forces.touch();
        }
    }
}
