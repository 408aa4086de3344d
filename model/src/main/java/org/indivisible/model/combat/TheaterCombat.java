package org.indivisible.model.combat;

import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.theater.TheaterState;

/**
 * Combat (MODEL.md section 4, step 6): each step, in every theater at war that has modelled
 * forces, the aligned side (the attacker in every shipped scenario) and the theater's other
 * participants fight one step of aggregate attrition on combat power (armoured brigade
 * equivalents, readiness and munitions sufficiency applied), with Lanchester's square law:
 * the defender loses {@code combat.defenderLossPerDayAtParity} of its power per day when the
 * two sides are equal, the attacker {@code combat.attackerLossPerDayAtParity}. With
 * {@code combat.stochastic} at 1 the losses are Poisson draws in brigade-equivalent units from
 * the stream {@code combat.<theater>} (two draws per theater and step at war). Each side's loss
 * share is removed from every element of its participants at the theater's location
 * ({@link Forces#attrit}). The campaign is judged by {@link CampaignOutcome} against the
 * powers when the war started, with both breakpoints at {@code combat.breakpointShare}.
 */
public final class TheaterCombat implements Process {

    public static final String ATTACKER_LOSS = "combat.attackerLossPerDayAtParity";
    public static final String DEFENDER_LOSS = "combat.defenderLossPerDayAtParity";
    public static final String BREAKPOINT = "combat.breakpointShare";
    public static final String STOCHASTIC = "combat.stochastic";

    private final ForcePlan plan;
    private Forces forces;
    private CombatRecord record;
    private AttritionModel law;
    private double breakpoint;
    private String[] streamNames;
    private final double[] survivors = new double[2];

    public TheaterCombat(ForcePlan plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "combat";
    }

    @Override
    public void start(World world) {
        if (!world.hasPart(Forces.class)) {
            return;
        }
        forces = world.part(Forces.class);
        int theaters = world.config().theaters().size();
        record = new CombatRecord(theaters, plan.actors());
        world.attach(CombatRecord.class, record);
        double attackerLoss = rate(world, ATTACKER_LOSS);
        double defenderLoss = rate(world, DEFENDER_LOSS);
        // x = defender (non-aligned), y = attacker (aligned): dx/dt = -a y, dy/dt = -b x.
        law = new LanchesterSquareAttrition(defenderLoss, attackerLoss);
        if (world.hasParameter(STOCHASTIC) && world.parameter(STOCHASTIC) >= 0.5) {
            law = law.stochastic();
        }
        breakpoint = world.parameter(require(world, BREAKPOINT));
        if (!(breakpoint >= 0 && breakpoint < 1)) {
            throw new IllegalStateException(BREAKPOINT + " must lie in [0, 1), drew " + breakpoint);
        }
        streamNames = new String[theaters];
        for (int t = 0; t < theaters; t++) {
            streamNames[t] = "combat." + world.config().theaters().get(t).id();
        }
    }

    @Override
    public void step(World world) {
        if (forces == null) {
            return;
        }
        double days = world.config().horizon().stepDays();
        for (int t = 0; t < record.fought.length; t++) {
            int location = plan.theaterLocation(t);
            if (location < 0) {
                continue;
            }
            if (world.theaterState(t) != TheaterState.WAR) {
                if (record.fought[t] && record.outcome[t] == null) {
                    record.outcome[t] = CampaignOutcome.STALEMATE;
                }
                continue;
            }
            double defender = forces.sidePower(world, location, false, t);
            double attacker = forces.sidePower(world, location, true, t);
            if (!record.fought[t]) {
                record.fought[t] = true;
                record.defenderPowerAtStart[t] = defender;
                record.attackerPowerAtStart[t] = attacker;
            }
            law.advance(defender, attacker, days, world.random(streamNames[t]), survivors);
            double defenderShare = defender > 0 ? 1 - survivors[0] / defender : 0;
            double attackerShare = attacker > 0 ? 1 - survivors[1] / attacker : 0;
            forces.attrit(location, false, t, defenderShare, record.lost[t]);
            forces.attrit(location, true, t, attackerShare, record.lost[t]);
            if (record.outcome[t] == null) {
                double d0 = record.defenderPowerAtStart[t];
                double a0 = record.attackerPowerAtStart[t];
                record.outcome[t] = CampaignOutcome.judge(d0 > 0 ? forces.sidePower(world, location, false, t) / d0 : 0,
                        a0 > 0 ? forces.sidePower(world, location, true, t) / a0 : 0, breakpoint, breakpoint);
            }
        }
    }

    private static double rate(World world, String id) {
        double v = world.parameter(require(world, id));
        if (!(v >= 0 && v < 1)) {
            throw new IllegalStateException(id + " must lie in [0, 1) per day, drew " + v);
        }
        return v;
    }

    private static String require(World world, String id) {
        if (!world.hasParameter(id)) {
            throw new IllegalStateException("the configuration has orders of battle but no parameter " + id
                    + " (the snapshot's forces.csv defines it)");
        }
        return id;
    }
}
