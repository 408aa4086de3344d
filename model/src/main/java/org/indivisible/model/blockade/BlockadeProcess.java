package org.indivisible.model.blockade;

import java.util.List;
import java.util.random.RandomGenerator;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.posture.ForceType;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.posture.Location;
import org.indivisible.model.theater.TheaterState;

/**
 * The blockade of Taiwan as operations, each week the taiwan theater is in crisis and
 * {@code blockade.taiwan.enabled} is 1 (docs/forces-and-combat.md section 8):
 * <ol>
 * <li>shipping: of the normal week's Taiwan-bound ships N, a binomial share {@code runnerShare}
 *     sails; each runner is stopped with probability 1 - exp(-k E), E the PLA surface combatants
 *     on station (a share of China's in the Indo-Pacific, this step's forces); of those stopped a
 *     share is sunk, the rest turned back. The share arriving is s = (sailed - stopped) / N;</li>
 * <li>stocks: each energy carrier's stock, in days of consumption, falls by its import share
 *     times (1 - s) per day; once it is gone the carrier's supply falls short by that much for
 *     the part of the week without stock. Electricity lost is the carriers' power shares times
 *     their shortfalls; output lost is {@code outputLossPerElectricityLoss} times that plus the
 *     oil shortfall's share beyond power. Food: the stock, in days of the imported calories, falls
 *     by (1 - s) a day; then calories fall short by the import share times (1 - s);</li>
 * <li>the end, three weekly hazards checked in this order: escalation to war (annual rate raised
 *     by ships sunk so far), capitulation (proportional to the larger shortfall), a negotiated
 *     end. Escalation puts the theater at war for {@code decision.warWeeks.CHN.taiwan} weeks,
 *     then in ceasefire; capitulation and negotiation return it to peace.</li>
 * </ol>
 * Six uniforms a week from the stream {@code blockade.taiwan}, always, while the blockade is in
 * force (common random numbers: a treatment that changes the fleet changes the counts, not the
 * draws).
 */
public final class BlockadeProcess implements Process {

    public static final String STREAM = "blockade.taiwan";
    private static final String THEATER = "taiwan";
    private static final String WAR_WEEKS = "decision.warWeeks.CHN.taiwan";
    private static final double WEEKS_PER_YEAR = 365.25 / 7;

    @Override
    public Ports ports() {
        return Ports.provides(Blockade.class)
                .andRequires(Forces.class, Port.Timing.THIS_STEP, "the PLA surface combatants that enforce the blockade");
    }

    private Blockade state;
    private int theater = -1;
    private int china = -1;
    private RandomGenerator random;
    private double arrivals, runnerShare, enforcing, interdiction, sunkShare, outputPerElectricity, oilNonPower;
    private double foodSelf, negotiatedPerWeek, escalationPerWeek, escalationPerSinking, capitulation;
    private final double[] importShare = new double[BlockadeParameters.CARRIERS.size()];
    private final double[] powerShare = new double[BlockadeParameters.CARRIERS.size()];
    private final double[] shortfall = new double[BlockadeParameters.CARRIERS.size()];
    private int warSteps;
    private int warEndStep = -1;

    @Override
    public String name() {
        return "blockade";
    }

    @Override
    public void start(World world) {
        List<org.indivisible.model.theater.Theater> theaters = world.config().theaters();
        theater = -1;
        for (int t = 0; t < theaters.size(); t++) {
            if (theaters.get(t).id().equals(THEATER)) {
                theater = t;
            }
        }
        boolean operational = theater >= 0 && world.hasParameter(BlockadeParameters.ENABLED)
                && world.parameter(BlockadeParameters.ENABLED) >= 0.5;
        state = new Blockade(operational);
        world.attach(Blockade.class, state);
        warEndStep = -1;
        if (!operational) {
            return;
        }
        random = world.random(STREAM);
        arrivals = world.parameter(BlockadeParameters.ARRIVALS, 1, 1e6);
        runnerShare = world.parameter(BlockadeParameters.ATTEMPT, 0, 1);
        enforcing = world.parameter(BlockadeParameters.ENFORCING, 0, 1);
        interdiction = world.parameter(BlockadeParameters.INTERDICTION, 0, 100);
        sunkShare = world.parameter(BlockadeParameters.SUNK, 0, 1);
        outputPerElectricity = world.parameter(BlockadeParameters.OUTPUT_PER_ELECTRICITY, 0, 1);
        oilNonPower = world.parameter(BlockadeParameters.OIL_NON_POWER, 0, 1);
        foodSelf = world.parameter(BlockadeParameters.FOOD_SELF, 0, 1);
        double weeks = world.config().horizon().stepDays() / 7.0;
        negotiatedPerWeek = -Math.log1p(-world.parameter(BlockadeParameters.NEGOTIATED, 0, 99.999) / 100) / WEEKS_PER_YEAR;
        escalationPerWeek = -Math.log1p(-world.parameter(BlockadeParameters.ESCALATION, 0, 99.999) / 100) / WEEKS_PER_YEAR;
        escalationPerSinking = world.parameter(BlockadeParameters.ESCALATION_PER_SINKING, 0, 100);
        capitulation = world.parameter(BlockadeParameters.CAPITULATION, 0, 100);
        for (int c = 0; c < importShare.length; c++) {
            String carrier = BlockadeParameters.CARRIERS.get(c);
            importShare[c] = world.parameter(BlockadeParameters.IMPORT_SHARE + carrier, 0, 1);
            powerShare[c] = world.parameter(BlockadeParameters.POWER_SHARE + carrier, 0, 1);
            state.stockDays[c] = world.parameter(BlockadeParameters.STOCK_DAYS + carrier, 0, 36500);
        }
        state.foodStockDays = world.parameter(BlockadeParameters.FOOD_STOCK_DAYS, 0, 36500);
        double warWeeks = world.hasParameter(WAR_WEEKS) ? world.parameter(WAR_WEEKS, 0, 520) : 52;
        warSteps = (int) Math.max(1, Math.round(warWeeks / weeks));
        Forces forces = world.part(Forces.class);
        for (int a = 0; a < forces.plan().actors(); a++) {
            if (forces.plan().iso3(a).equals("CHN")) {
                china = a;
            }
        }
    }

    @Override
    public void step(World world) {
        if (!state.operational) {
            return;
        }
        int step = world.step();
        TheaterState now = world.theaterState(theater);
        if (warEndStep == step && now == TheaterState.WAR) {
            world.setTheaterState(theater, TheaterState.CEASEFIRE);
        }
        boolean inForce = now == TheaterState.CRISIS && (state.outcome == null || state.outcome == BlockadeOutcome.ONGOING);
        if (!inForce) {
            if (state.active) {
                // Ended by something other than its own hazards: a scheduled event of the scenario.
                end(step, BlockadeOutcome.LIFTED);
            }
            return;
        }
        if (!state.active) {
            state.active = true;
            state.startStep = step;
            state.outcome = BlockadeOutcome.ONGOING;
        }
        state.weeks++;
        double days = world.config().horizon().stepDays();
        double weeks = days / 7.0;
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        double u3 = random.nextDouble();
        double uEscalate = random.nextDouble();
        double uCapitulate = random.nextDouble();
        double uNegotiate = random.nextDouble();
        ship(world, weeks, u1, u2, u3);
        draw(days);
        double escalation = escalationPerWeek * (1 + escalationPerSinking * state.sunk);
        double shortfallIndex = Math.max(state.powerShortfall, state.calorieShortfall);
        if (uEscalate < -Math.expm1(-escalation * weeks)) {
            world.setTheaterState(theater, TheaterState.WAR);
            warEndStep = step + warSteps;
            end(step, BlockadeOutcome.ESCALATED);
        } else if (uCapitulate < -Math.expm1(-capitulation * shortfallIndex * weeks)) {
            world.setTheaterState(theater, TheaterState.PEACE);
            end(step, BlockadeOutcome.CAPITULATED);
        } else if (uNegotiate < -Math.expm1(-negotiatedPerWeek * weeks)) {
            world.setTheaterState(theater, TheaterState.PEACE);
            end(step, BlockadeOutcome.NEGOTIATED);
        }
    }

    /** The week's ships: sailed, stopped (turned back or sunk) and arrived, as counts and the share arriving. */
    private void ship(World world, double weeks, double u1, double u2, double u3) {
        int normal = (int) Math.round(arrivals * weeks);
        double ships = china < 0 ? 0 : world.part(Forces.class).elements(Location.INDO_PACIFIC.ordinal(), china,
                ForceType.SURFACE_COMBATANT.ordinal());
        double stopProbability = -Math.expm1(-interdiction * enforcing * ships);
        int sailed = Binomial.draw(normal, runnerShare, u1);
        int stopped = Binomial.draw(sailed, stopProbability, u2);
        int sunk = Binomial.draw(stopped, sunkShare, u3);
        state.arrived += sailed - stopped;
        state.turnedBack += stopped - sunk;
        state.sunk += sunk;
        state.shippingShare = normal > 0 ? (double) (sailed - stopped) / normal : 1;
        state.shippingShareSum += state.shippingShare;
    }

    /** Draws the stocks down by what did not arrive and sets this week's shortfalls. */
    private void draw(double days) {
        double missing = 1 - state.shippingShare;
        double power = 0;
        for (int c = 0; c < shortfall.length; c++) {
            double use = importShare[c] * missing * days;
            shortfall[c] = importShare[c] * missing * dayShareWithout(state.stockDays[c], use);
            state.stockDays[c] = Math.max(0, state.stockDays[c] - use);
            if (shortfall[c] > 0 && state.exhaustedWeek[c] < 0) {
                state.exhaustedWeek[c] = state.weeks;
            }
            power += powerShare[c] * shortfall[c];
        }
        double foodUse = missing * days;
        double foodWithout = dayShareWithout(state.foodStockDays, foodUse);
        state.foodStockDays = Math.max(0, state.foodStockDays - foodUse);
        state.calorieShortfall = (1 - foodSelf) * missing * foodWithout;
        if (state.calorieShortfall > 0 && state.foodExhaustedWeek < 0) {
            state.foodExhaustedWeek = state.weeks;
        }
        state.powerShortfall = Math.min(1, power);
        int oil = BlockadeParameters.CARRIERS.indexOf("oil");
        state.outputLoss = Math.min(1, outputPerElectricity * state.powerShortfall + oilNonPower * shortfall[oil]);
        state.powerShortfallMax = Math.max(state.powerShortfallMax, state.powerShortfall);
        state.outputLossMax = Math.max(state.outputLossMax, state.outputLoss);
    }

    /** Share of the step that a stock of {@code stock} days cannot cover when the step uses {@code use} days of it. */
    static double dayShareWithout(double stock, double use) {
        if (use <= 0 || stock >= use) {
            return 0;
        }
        return (use - stock) / use;
    }

    private void end(int step, BlockadeOutcome outcome) {
        state.active = false;
        state.endStep = step;
        state.outcome = outcome;
    }
}
