package org.indivisible.model.posture;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.util.Iterator;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.theater.TheaterState;

/**
 * Posture (docs/model.md, process overview, step 5): where forces are, and the US swing to the Pacific.
 *
 * <p>When a theater whose forces are in the Indo-Pacific (Taiwan, Korea) is at war and no
 * redeployment is under way, the US orders one; after {@code posture.redeploy.decisionWeeks}
 * it takes {@code posture.redeploy.shareFromEurope.<type>} of its elements of each type out of
 * Europe and {@code posture.redeploy.shareFromHomeland.<type>} out of the homeland. They are in
 * transit for the type's {@code forces.type.<type>.transitWeeks} and then count in the
 * Indo-Pacific. When no Indo-Pacific theater is at war any more, the survivors of each
 * contingent go back after {@code posture.return.delayWeeks} plus the transit. European allies
 * respond by rule: from {@code posture.allies.responseWeeks} after the departure until the US
 * forces are back, they generate {@code posture.allies.makeUpShare} of the US power that left
 * (surged readiness; below 1, so Europe stays below its balance while the US is away).
 * Under P1 with operational planning, decision, transit and response times are multiplied by
 * {@code posture.planning.transitFactor} and the allies' readiness closes
 * {@code posture.planning.readinessGain} of its distance to 1.
 *
 * <p>Times are rounded up to whole steps; a transit takes at least one step. Draws no random
 * numbers of its own: everything uncertain is a parameter drawn once per replication.
 */
public final class Posture implements Process {

    @Override
    public Ports ports() {
        return Ports.provides(Forces.class)
                .andOptional(MunitionsSufficiency.class, Port.Timing.ANY,
                        "the share of fire-dependent power that munitions on hand support; 1 without it");
    }

    public static final String SHARE_FROM_EUROPE = "posture.redeploy.shareFromEurope.";
    public static final String SHARE_FROM_HOMELAND = "posture.redeploy.shareFromHomeland.";
    public static final String DECISION_WEEKS = "posture.redeploy.decisionWeeks";
    public static final String RETURN_DELAY_WEEKS = "posture.return.delayWeeks";
    public static final String PLANNING_TRANSIT_FACTOR = "posture.planning.transitFactor";
    public static final String PLANNING_READINESS_GAIN = "posture.planning.readinessGain";
    public static final String ALLIES_MAKE_UP_SHARE = "posture.allies.makeUpShare";
    public static final String ALLIES_RESPONSE_WEEKS = "posture.allies.responseWeeks";
    /** A US policy, not NATO's: the share of US elements in Europe that go home (0: none). */
    public static final String WITHDRAWAL_SHARE = "posture.withdrawal.share";
    public static final String WITHDRAWAL_START_YEAR = "posture.withdrawal.startYear";
    public static final String WITHDRAWAL_YEARS = "posture.withdrawal.years";
    /** Share of the reinforcements earmarked for Europe the US still plans to send once it has left. */
    public static final String WITHDRAWAL_REINFORCE_KEPT = "posture.withdrawal.reinforceKept";

    private enum Phase { IDLE, ORDERED, DEPLOYED, RETURN_ORDERED, RETURNING }

    private static final int EUROPE = Location.EUROPE.ordinal();
    private static final int INDO_PACIFIC = Location.INDO_PACIFIC.ordinal();
    private static final int HOMELAND = Location.HOMELAND.ordinal();

    private final ForcePlan plan;
    private Forces forces;
    private Phase phase = Phase.IDLE;
    private int departStep;
    private int returnStep;
    private int allyResponseStep;
    private double usEuropePowerBefore;
    // Drawn once per replication.
    private final double[] shareFromEurope = new double[ForcePlan.TYPES];
    private final double[] shareFromHomeland = new double[ForcePlan.TYPES];
    private final int[] transitSteps = new int[ForcePlan.TYPES];
    private int decisionSteps;
    private int returnDelaySteps;
    private int responseSteps;
    private double makeUpShare;
    private double withdrawalShare;
    private int withdrawalStartStep;
    private int withdrawalSteps;
    private double reinforceKept;
    /** Share of the US enablers meant for Europe still meant for it (1; falls as a withdrawal goes on). */
    private double usKept = 1;

    public Posture(ForcePlan plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "posture";
    }

    @Override
    public void start(World world) {
        if (!plan.active) {
            return;
        }
        forces = new Forces(plan, world);
        world.attach(Forces.class, forces);
        double factor = plan.operationalPlanning ? share(world, PLANNING_TRANSIT_FACTOR) : 1;
        double stepWeeks = world.config().horizon().stepDays() / 7.0;
        for (ForceType t : ForceType.values()) {
            int i = t.ordinal();
            shareFromEurope[i] = share(world, SHARE_FROM_EUROPE + t.id());
            shareFromHomeland[i] = share(world, SHARE_FROM_HOMELAND + t.id());
            transitSteps[i] = Math.max(1, steps(forces.transitWeeks[i] * factor, stepWeeks));
        }
        decisionSteps = steps(weeks(world, DECISION_WEEKS) * factor, stepWeeks);
        returnDelaySteps = steps(weeks(world, RETURN_DELAY_WEEKS), stepWeeks);
        responseSteps = steps(weeks(world, ALLIES_RESPONSE_WEEKS) * factor, stepWeeks);
        makeUpShare = share(world, ALLIES_MAKE_UP_SHARE);
        withdrawalShare = world.hasParameter(WITHDRAWAL_SHARE) ? share(world, WITHDRAWAL_SHARE) : 0;
        if (withdrawalShare > 0) {
            double years = require(world, WITHDRAWAL_YEARS);
            if (!(years > 0) || !Double.isFinite(years)) {
                throw new IllegalStateException("parameter " + WITHDRAWAL_YEARS + " must be a positive number of years, drew " + years);
            }
            int year = (int) Math.round(require(world, WITHDRAWAL_START_YEAR));
            withdrawalStartStep = world.config().horizon().stepOf(java.time.LocalDate.of(year, 1, 1));
            withdrawalSteps = Math.max(1, (int) Math.round(years * world.config().horizon().stepsPerYear()));
            reinforceKept = share(world, WITHDRAWAL_REINFORCE_KEPT);
        }
        if (makeUpShare >= 1) {
            throw new IllegalStateException(ALLIES_MAKE_UP_SHARE + " must be below 1 (allies make up part of the gap), drew "
                    + makeUpShare);
        }
    }

    @Override
    public void step(World world) {
        if (forces == null || plan.usa < 0) {
            return;
        }
        int s = world.step();
        arrive(s);
        withdraw(s);
        boolean ipWar = indoPacificWar(world);
        switch (phase) {
            case IDLE -> {
                if (ipWar) {
                    departStep = s + decisionSteps;
                    phase = Phase.ORDERED;
                }
            }
            case DEPLOYED -> {
                if (!ipWar) {
                    returnStep = s + returnDelaySteps;
                    phase = Phase.RETURN_ORDERED;
                }
            }
            case RETURN_ORDERED -> {
                if (ipWar) {
                    phase = Phase.DEPLOYED;
                }
            }
            case RETURNING -> {
                if (forces.inTransit.isEmpty()) {
                    phase = Phase.IDLE;
                    forces.usAwayFromEurope = false;
                    forces.setAllyResponsePower(0);
                }
            }
            default -> {
            }
        }
        if (phase == Phase.ORDERED && s >= departStep) {
            depart(world, s);
            phase = Phase.DEPLOYED;
            forces.usAwayFromEurope = true;
        }
        if (phase == Phase.RETURN_ORDERED && s >= returnStep) {
            goBack(s);
            phase = Phase.RETURNING;
        }
        if (forces.enablers() != null) {
            forces.enablers().update(forces.usAwayFromEurope, usKept);
        }
        forces.setAllyResponsePower(phase != Phase.IDLE && phase != Phase.ORDERED && s >= allyResponseStep
                ? makeUpShare * Math.max(0, usEuropePowerBefore - forces.power(world, EUROPE, plan.usa))
                : 0);
    }

    private void arrive(int s) {
        for (Iterator<Forces.Movement> it = forces.inTransit.iterator(); it.hasNext(); ) {
            Forces.Movement m = it.next();
            if (m.arrivalStep() <= s) {
                forces.elements[plan.slot(m.location(), m.actor(), m.type())] += m.elements();
                forces.touch();
                if (m.location() == INDO_PACIFIC) {
                    (m.origin() == EUROPE ? forces.contingentFromEurope : forces.contingentFromHomeland)[m.type()] += m.elements();
                }
                it.remove();
            }
        }
    }

    /**
     * The US withdrawal from Europe: from its start, each step sends an equal part of the
     * withdrawing share of the starting US elements home, and the reinforcements still earmarked
     * for Europe shrink in step towards {@code posture.withdrawal.reinforceKept}.
     */
    private void withdraw(int s) {
        if (withdrawalShare <= 0 || s < withdrawalStartStep || s >= withdrawalStartStep + withdrawalSteps) {
            return;
        }
        int us = plan.usa;
        for (int t = 0; t < ForcePlan.TYPES; t++) {
            double part = withdrawalShare * forces.initialElements[plan.slot(EUROPE, us, t)] / withdrawalSteps;
            send(us, t, Math.min(part, forces.elements[plan.slot(EUROPE, us, t)]), EUROPE, HOMELAND, s);
        }
        double done = (s - withdrawalStartStep + 1) / (double) withdrawalSteps;
        usKept = 1 - done * withdrawalShare;
        if (forces.flank() != null) {
            forces.flank().earmarkScale = 1 - done * withdrawalShare * (1 - reinforceKept);
        }
    }

    private void depart(World world, int s) {
        int us = plan.usa;
        usEuropePowerBefore = forces.power(world, EUROPE, us);
        allyResponseStep = s + responseSteps;
        for (int t = 0; t < ForcePlan.TYPES; t++) {
            double fromEurope = shareFromEurope[t] * forces.elements[plan.slot(EUROPE, us, t)];
            double fromHomeland = shareFromHomeland[t] * forces.elements[plan.slot(HOMELAND, us, t)];
            forces.leftEurope[t] = fromEurope;
            send(us, t, fromEurope, EUROPE, INDO_PACIFIC, s);
            send(us, t, fromHomeland, HOMELAND, INDO_PACIFIC, s);
        }
    }

    private void goBack(int s) {
        int us = plan.usa;
        for (int t = 0; t < ForcePlan.TYPES; t++) {
            double available = forces.elements[plan.slot(INDO_PACIFIC, us, t)];
            double toEurope = Math.min(available, forces.contingentFromEurope[t]);
            double toHomeland = Math.min(available - toEurope, forces.contingentFromHomeland[t]);
            forces.contingentFromEurope[t] = 0;
            forces.contingentFromHomeland[t] = 0;
            send(us, t, toEurope, INDO_PACIFIC, EUROPE, s);
            send(us, t, toHomeland, INDO_PACIFIC, HOMELAND, s);
        }
    }

    private void send(int actor, int type, double elements, int from, int to, int s) {
        if (elements <= 0) {
            return;
        }
        forces.elements[plan.slot(from, actor, type)] -= elements;
        forces.touch();
        forces.inTransit.add(new Forces.Movement(actor, type, elements, to, s + transitSteps[type], from));
    }

    private boolean indoPacificWar(World world) {
        for (int t = 0; t < plan.theaterLocation.length; t++) {
            if (plan.theaterLocation[t] == INDO_PACIFIC && world.theaterState(t) == TheaterState.WAR) {
                return true;
            }
        }
        return false;
    }

    private static int steps(double weeks, double stepWeeks) {
        return (int) Math.ceil(weeks / stepWeeks - 1e-9);
    }

    private static double share(World world, String id) {
        double v = require(world, id);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalStateException("parameter " + id + " must lie in [0, 1], drew " + v);
        }
        return v;
    }

    private static double weeks(World world, String id) {
        double v = require(world, id);
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalStateException("parameter " + id + " must be a finite number of weeks, at least 0, drew " + v);
        }
        return v;
    }

    static double require(World world, String id) {
        if (!world.hasParameter(id)) {
            throw new IllegalStateException("the configuration has orders of battle but no parameter " + id
                    + " (the snapshot's forces.csv defines it)");
        }
        return world.parameter(id);
    }
}
