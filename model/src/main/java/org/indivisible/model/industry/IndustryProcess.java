package org.indivisible.model.industry;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.util.List;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.influence.NarrativeState;
import org.indivisible.model.posture.MunitionsSufficiency;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;

/**
 * Industry, transfers and consumption of munitions (docs/model.md, process overview, step 6), in
 * this order each step, for every holding:
 * <ol>
 * <li>capacity on order that is due arrives; capacity grows by its exogenous rate (technical
 *     help from a partner, e.g. Russia's to North Korea's missiles);</li>
 * <li>investment: the holding's share of the defence budget (plus P1's industry share) buys
 *     capacity at the munition's cost per round per year, arriving after the ramp lag (shortened
 *     by P2 technology sharing);</li>
 * <li>production = capacity times the share of inputs available: imported inputs (share
 *     {@code importShare}) are cut by sanctions and export controls ({@code exportControlCut}),
 *     partners replace part of the cut ({@code partnerInputRestore}); P2 co-production lines add
 *     their output to each party by its share, times the host's willingness to co-produce and,
 *     for a party other than the host, its own ({@link NarrativeState#coProductionWillingness(int)},
 *     as the influence process left it the step before; 1 without influence);</li>
 * <li>transfers move stock from donor to recipient at their rate, never taking the donor below
 *     its reserve floor (a share of its initial stock);</li>
 * <li>consumption: each theater at war draws firing rates (rounds per day) from its
 *     participants' stocks, then interceptors per incoming missile actually fired by the other
 *     side; a holding short of rounds draws on the other holdings of its pool (a common
 *     standard, same side) above their floors; what still cannot be delivered is not fired, and
 *     the share delivered scales fires.</li>
 * </ol>
 * Mass balance per holding and step: stock at start + produced + received - sent - consumed =
 * stock at end ({@link IndustryInvariants} checks it). Deterministic given the parameter draws:
 * it draws no random numbers of its own. One instance per replication.
 */
public final class IndustryProcess implements Process {

    @Override
    public Ports ports() {
        return Ports.provides(MunitionStocks.class).andProvides(MunitionsSufficiency.class)
                .andOptional(NarrativeState.class, Port.Timing.LAST_STEP,
                        "partners' willingness to co-produce; 1 without it");
    }

    private final IndustryPlan plan;
    private MunitionStocks state;
    private double[] importShare;
    private double[] investPct;
    private double[] growthPerStep;
    private double[] interceptorsPerMissile;
    private double[] inputFactor;
    private double[] partnerEnabledFactor;
    private double[] capacityCost;
    private double[] rampLagYears;
    private double[] firingRoundsPerDay;
    private double[] transferRoundsPerYear;
    private int[] transferStartStep;
    private double[] lineCostUsdBillionsPerStep;
    /** Price of a delivered round of each line's munition, US$: running the line is a policy cost too. */
    private double[] lineRoundCostUsd;
    /** Interceptor holdings defending each theater's side, by [theater * 2 + side]. */
    private int[][] defenders;
    private boolean[] missile;
    /** Firing entries of each theater, by theater index. */
    private int[][] firingsByTheater;

    public IndustryProcess(IndustryPlan plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "industry";
    }

    @Override
    public void start(World world) {
        state = new MunitionStocks(plan);
        world.attach(MunitionStocks.class, state);
        // Combat power follows the fires the stocks can deliver (MunitionsSufficiency's seam),
        // unless a process earlier in the model brought its own (a scenario study's override, a test).
        if (!world.hasPart(MunitionsSufficiency.class)) {
            world.attach(MunitionsSufficiency.class, state);
        }
        int h = plan.holdings;
        importShare = new double[h];
        investPct = new double[h];
        growthPerStep = new double[h];
        interceptorsPerMissile = new double[h];
        inputFactor = new double[h];
        partnerEnabledFactor = new double[h];
        Horizon horizon = world.config().horizon();
        int actors = world.config().actors().size();
        double[] totalRestore = new double[actors];
        state.restoreWeights = new double[actors][];
        for (int a = 0; a < actors; a++) {
            double[] v = new double[plan.restoreParameters[a].length];
            for (int j = 0; j < v.length; j++) {
                v[j] = value(world, plan.restoreParameters[a][j], 0, 1);
                totalRestore[a] += v[j];
            }
            for (int j = 0; j < v.length; j++) {
                v[j] = totalRestore[a] > 0 ? v[j] / totalRestore[a] : 0;
            }
            state.restoreWeights[a] = v;
        }
        for (int k = 0; k < h; k++) {
            int a = plan.actorOf[k];
            state.stockRounds[k] = value(world, plan.stockParameter[k], 0, Double.MAX_VALUE);
            state.capacityRoundsPerYear[k] = value(world, plan.capacityParameter[k], 0, Double.MAX_VALUE);
            investPct[k] = value(world, plan.investParameter[k], 0, 100);
            importShare[k] = value(world, plan.importParameter[k], 0, 1);
            double growthPct = value(world, plan.growthParameter[k], -100, 1000);
            growthPerStep[k] = Math.pow(1 + growthPct / 100, horizon.yearFraction());
            interceptorsPerMissile[k] = value(world, plan.interceptorsPerMissileParameter[k], 0, 1000);
            double floorShare = value(world, plan.floorParameterByActor[a], 0, 1);
            state.floorRounds[k] = floorShare * state.stockRounds[k];
            double cut = value(world, plan.cutParameterByActor[a], 0, 1);
            double restore = Math.min(1, totalRestore[a]);
            inputFactor[k] = 1 - importShare[k] * cut * (1 - restore);
            partnerEnabledFactor[k] = importShare[k] * cut * restore;
        }
        int munitions = MunitionType.CATALOGUE.size();
        capacityCost = new double[munitions];
        rampLagYears = new double[munitions];
        for (int m = 0; m < munitions; m++) {
            capacityCost[m] = value(world, plan.capacityCostParameter[m], 0, Double.MAX_VALUE);
            rampLagYears[m] = value(world, plan.rampLagParameter[m], 0, 100);
        }
        firingRoundsPerDay = new double[plan.firings.size()];
        for (int i = 0; i < firingRoundsPerDay.length; i++) {
            firingRoundsPerDay[i] = value(world, plan.firings.get(i).parameter(), 0, Double.MAX_VALUE);
        }
        transferRoundsPerYear = new double[plan.transfers.size()];
        transferStartStep = new int[plan.transfers.size()];
        for (int i = 0; i < transferRoundsPerYear.length; i++) {
            IndustryPlan.Transfer t = plan.transfers.get(i);
            transferRoundsPerYear[i] = value(world, t.rateParameter(), 0, Double.MAX_VALUE);
            transferStartStep[i] = t.startYearParameter() == null ? 0
                    : stepOfYear(horizon, value(world, t.startYearParameter(), 1900, 2200));
        }
        lineCostUsdBillionsPerStep = new double[plan.lines.size()];
        lineRoundCostUsd = new double[plan.lines.size()];
        for (int i = 0; i < lineCostUsdBillionsPerStep.length; i++) {
            IndustryPlan.Line line = plan.lines.get(i);
            String unitCost = plan.unitCostParameter[line.munition()];
            lineRoundCostUsd[i] = unitCost == null ? 0 : value(world, unitCost, 0, Double.MAX_VALUE);
            lineCostUsdBillionsPerStep[i] = line.capacityRoundsPerYear() * capacityCost[line.munition()] / 1e9
                    / line.costSteps();
        }
        missile = new boolean[h];
        for (int k = 0; k < h; k++) {
            missile[k] = plan.munition(k).kind() == MunitionType.Kind.MISSILE;
        }
        List<Theater> theaters = world.config().theaters();
        defenders = new int[theaters.size() * 2][];
        for (int t = 0; t < theaters.size(); t++) {
            for (int side = 0; side <= 1; side++) {
                List<Integer> list = new java.util.ArrayList<>();
                for (int k = 0; k < h; k++) {
                    if (isDefender(k, t, side, theaters.get(t))) {
                        list.add(k);
                    }
                }
                defenders[t * 2 + side] = list.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        firingsByTheater = new int[theaters.size()][];
        java.util.TreeSet<Long> fighters = new java.util.TreeSet<>();
        for (int t = 0; t < theaters.size(); t++) {
            List<Integer> list = new java.util.ArrayList<>();
            for (int i = 0; i < plan.firings.size(); i++) {
                if (plan.firings.get(i).theater() == t) {
                    list.add(i);
                    fighters.add((long) plan.actorOf[plan.firings.get(i).holding()] * 1024 + t);
                }
            }
            firingsByTheater[t] = list.stream().mapToInt(Integer::intValue).toArray();
            for (int side = 0; side <= 1; side++) {
                for (int k : defenders[t * 2 + side]) {
                    fighters.add((long) plan.actorOf[k] * 1024 + t);
                }
            }
        }
        state.fighterActor = fighters.stream().mapToInt(x -> (int) (x / 1024)).toArray();
        state.fighterTheater = fighters.stream().mapToInt(x -> (int) (x % 1024)).toArray();
        for (int a = 0; a < state.firesSupplied.length; a++) {
            java.util.Arrays.fill(state.firesSupplied[a], 1);
        }
        referenceUse(world);
    }

    /** The yardstick of days of supply: the rate a holding draws in its most intense theater. */
    private void referenceUse(World world) {
        List<Theater> theaters = world.config().theaters();
        for (int i = 0; i < plan.firings.size(); i++) {
            int k = plan.firings.get(i).holding();
            state.referenceUseRoundsPerDay[k] = Math.max(state.referenceUseRoundsPerDay[k], firingRoundsPerDay[i]);
            state.theaterFireRoundsPerDay[plan.firings.get(i).theater()][k] += firingRoundsPerDay[i];
        }
        for (int t = 0; t < theaters.size(); t++) {
            for (int side = 0; side <= 1; side++) {
                double incoming = 0;
                for (int i = 0; i < plan.firings.size(); i++) {
                    IndustryPlan.Firing f = plan.firings.get(i);
                    if (f.theater() == t && plan.sideOfActor[plan.actorOf[f.holding()]] != side
                            && plan.munition(f.holding()).kind() == MunitionType.Kind.MISSILE) {
                        incoming += firingRoundsPerDay[i];
                    }
                }
                int defenders = defenders(t, side, theaters.get(t));
                for (int k = 0; k < plan.holdings; k++) {
                    if (isDefender(k, t, side, theaters.get(t))) {
                        state.referenceUseRoundsPerDay[k] = Math.max(state.referenceUseRoundsPerDay[k],
                                incoming / defenders * interceptorsPerMissile[k]);
                    }
                }
            }
        }
    }

    private boolean isDefender(int k, int theater, int side, Theater t) {
        return plan.munition(k).kind() == MunitionType.Kind.INTERCEPTOR && interceptorsPerMissile[k] > 0
                && plan.sideOfActor[plan.actorOf[k]] == side && t.participants().contains(plan.holdingIso3[k]);
    }

    private int defenders(int theater, int side, Theater t) {
        int n = 0;
        for (int k = 0; k < plan.holdings; k++) {
            if (isDefender(k, theater, side, t)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void step(World world) {
        int s = world.step();
        Horizon horizon = world.config().horizon();
        double yearShare = horizon.yearFraction();
        double[] budget = world.defenceBudgetUsdBillions();
        int h = plan.holdings;
        double[] stock = state.stockRounds;
        System.arraycopy(stock, 0, state.stockAtStepStartRounds, 0, h);
        java.util.Arrays.fill(state.producedRounds, 0);
        java.util.Arrays.fill(state.partnerEnabledRounds, 0);
        java.util.Arrays.fill(state.receivedRounds, 0);
        java.util.Arrays.fill(state.sentRounds, 0);
        java.util.Arrays.fill(state.consumedRounds, 0);
        java.util.Arrays.fill(state.demandRounds, 0);
        java.util.Arrays.fill(state.poolDonorStockAfterRounds, Double.NaN);

        // 1-3: capacity, investment, production.
        for (int k = 0; k < h; k++) {
            int m = plan.munitionOf[k];
            double capacity = (state.capacityRoundsPerYear[k] + state.capacityOnOrder[k][s]) * growthPerStep[k];
            state.capacityRoundsPerYear[k] = capacity;
            double pct = investPct[k] + plan.p1ExtraInvestPct[k][s];
            if (pct > 0 && capacityCost[m] > 0) {
                double investUsd = budget[plan.actorOf[k]] * 1e9 * pct / 100 * yearShare;
                int arrival = s + Math.max(1, (int) Math.round(rampLagYears[m] * plan.lagFactor[k][s]
                        * horizon.stepsPerYear()));
                if (arrival < horizon.steps()) {
                    state.capacityOnOrder[k][arrival] += investUsd / capacityCost[m];
                }
            }
            state.producedRounds[k] = capacity * inputFactor[k] * yearShare;
            state.partnerEnabledRounds[k] = capacity * partnerEnabledFactor[k] * yearShare;
        }
        java.util.Arrays.fill(state.coProductionRoundsPerYear, 0);
        java.util.Arrays.fill(state.lineAgreedRounds, 0);
        java.util.Arrays.fill(state.lineDeliveredRounds, 0);
        // Partners' willingness to co-produce, from the influence process's last update (a step
        // behind: influence runs after industry); absent without influence, when all deliver in full.
        NarrativeState narrative = world.hasPart(NarrativeState.class) ? world.part(NarrativeState.class) : null;
        for (int i = 0; i < plan.lines.size(); i++) {
            IndustryPlan.Line line = plan.lines.get(i);
            if (s >= line.startStep() && s < line.startStep() + line.costSteps()) {
                world.addPolicyCost(lineCostUsdBillionsPerStep[i]);
            }
            if (s >= line.firstOutputStep() && line.startStep() >= 0) {
                double output = line.capacityRoundsPerYear() * yearShare;
                int hostActor = plan.actorOf[line.host()];
                double hostWilling = narrative == null ? 1 : narrative.coProductionWillingness(hostActor);
                double lowest = hostWilling;
                for (int r = 0; r < line.recipients().length; r++) {
                    int k = line.recipients()[r];
                    // The host runs the line at its willingness; every other party takes its share at its own.
                    double willing = hostWilling;
                    if (narrative != null && plan.actorOf[k] != hostActor) {
                        double own = narrative.coProductionWillingness(plan.actorOf[k]);
                        willing *= own;
                        lowest = Math.min(lowest, own);
                    }
                    // Agreed and delivered are summed alike, so that full willingness gives a share of exactly 1
                    // (the shares need not sum to 1 in floating point).
                    double agreed = output * line.shares()[r];
                    double delivered = agreed * willing;
                    state.lineAgreedRounds[i] += agreed;
                    state.producedRounds[k] += delivered;
                    state.lineDeliveredRounds[i] += delivered;
                    state.coProductionRoundsPerYear[k] += line.capacityRoundsPerYear() * line.shares()[r];
                }
                // Running the line: every round it delivers is bought at the munition's unit cost.
                world.addPolicyCost(state.lineDeliveredRounds[i] * lineRoundCostUsd[i] / 1e9);
                if (narrative != null) {
                    state.coProductionWillingnessMin = Double.isNaN(state.coProductionWillingnessMin) ? lowest
                            : Math.min(state.coProductionWillingnessMin, lowest);
                }
            }
        }
        for (int k = 0; k < h; k++) {
            stock[k] += state.producedRounds[k];
        }

        // 4: transfers, bounded by the donor's floor.
        for (int i = 0; i < plan.transfers.size(); i++) {
            IndustryPlan.Transfer t = plan.transfers.get(i);
            double amount = 0;
            if (s >= transferStartStep[i]) {
                amount = Math.min(transferRoundsPerYear[i] * yearShare,
                        Math.max(0, stock[t.from()] - state.floorRounds[t.from()]));
            }
            stock[t.from()] -= amount;
            stock[t.to()] += amount;
            state.sentRounds[t.from()] += amount;
            state.receivedRounds[t.to()] += amount;
            state.transferRounds[i] = amount;
            state.donorStockAfterTransferRounds[i] = stock[t.from()];
        }

        // 5: consumption in theaters at war: guns, missiles and drones first, then interceptors.
        consume(world);
    }

    private void consume(World world) {
        double days = world.config().horizon().stepDays();
        double[][] asked = state.askedRounds;
        double[][] delivered = state.deliveredRounds;
        int[] fighterActor = state.fighterActor;
        int[] fighterTheater = state.fighterTheater;
        for (int p = 0; p < fighterActor.length; p++) {
            asked[fighterActor[p]][fighterTheater[p]] = 0;
            delivered[fighterActor[p]][fighterTheater[p]] = 0;
        }
        int step = world.step();
        for (int t = 0; t < firingsByTheater.length; t++) {
            if (world.theaterState(t) != TheaterState.WAR) {
                continue;
            }
            double missilesBySide0 = 0;
            double missilesBySide1 = 0;
            for (int i : firingsByTheater[t]) {
                int k = plan.firings.get(i).holding();
                double demand = firingRoundsPerDay[i] * days;
                double used = draw(k, demand, step);
                record(k, t, demand, used, asked, delivered);
                if (missile[k]) {
                    if (plan.sideOfActor[plan.actorOf[k]] == 0) {
                        missilesBySide0 += used;
                    } else {
                        missilesBySide1 += used;
                    }
                }
            }
            for (int side = 0; side <= 1; side++) {
                int[] defending = defenders[t * 2 + side];
                if (defending.length == 0) {
                    continue;
                }
                double incomingPerDefender = (side == 0 ? missilesBySide1 : missilesBySide0) / defending.length;
                for (int k : defending) {
                    double demand = incomingPerDefender * interceptorsPerMissile[k];
                    double used = draw(k, demand, step);
                    record(k, t, demand, used, asked, delivered);
                }
            }
        }
        for (int p = 0; p < fighterActor.length; p++) {
            int a = fighterActor[p];
            int t = fighterTheater[p];
            state.firesSupplied[a][t] = asked[a][t] > 0 ? delivered[a][t] / asked[a][t] : 1;
        }
    }

    /**
     * Takes up to {@code demand} rounds for holding {@code k}: from its own stock, then, for what
     * is missing, from the other holdings of its pool above their floors, in holding order (a
     * transfer within the pool, booked as sent and received). Returns the rounds obtained; the
     * caller books them as consumed.
     */
    private double draw(int k, double demand, int step) {
        double[] stock = state.stockRounds;
        double own = Math.min(demand, stock[k]);
        stock[k] -= own;
        double missing = demand - own;
        int pool = plan.poolByStep[k][step];
        for (int d = 0; d < plan.holdings && missing > 0; d++) {
            if (d == k || plan.poolByStep[d][step] != pool) {
                continue;
            }
            double spare = Math.min(missing, Math.max(0, stock[d] - state.floorRounds[d]));
            if (spare > 0) {
                stock[d] -= spare;
                state.sentRounds[d] += spare;
                state.receivedRounds[k] += spare;
                missing -= spare;
                double after = state.poolDonorStockAfterRounds[d];
                state.poolDonorStockAfterRounds[d] = Double.isNaN(after) ? stock[d] : Math.min(after, stock[d]);
            }
        }
        return demand - missing;
    }

    private void record(int k, int t, double demand, double used, double[][] asked, double[][] delivered) {
        state.demandRounds[k] += demand;
        state.consumedRounds[k] += used;
        asked[plan.actorOf[k]][t] += demand;
        delivered[plan.actorOf[k]][t] += used;
    }

    private static int stepOfYear(Horizon horizon, double fractionalYear) {
        int year = (int) Math.floor(fractionalYear);
        java.time.LocalDate first = java.time.LocalDate.of(year, 1, 1);
        long day = Math.round((fractionalYear - year) * first.lengthOfYear());
        return Math.max(0, horizon.stepOf(first.plusDays(day)));
    }

    private static double value(World world, String parameter, double low, double high) {
        if (parameter == null) {
            return 0;
        }
        double v = world.parameter(parameter);
        if (!(v >= low && v <= high)) {
            throw new IllegalArgumentException("parameter " + parameter + " must lie in [" + low + ", " + high
                    + "], drew " + v);
        }
        return v;
    }
}
