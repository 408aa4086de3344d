package org.indivisible.model.combat;

import org.indivisible.model.combat.campaign.CampaignState;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.ForceType;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.theater.TheaterState;

/**
 * Combat (docs/model.md, process overview, step 7): each step, in every theater at war that has modelled
 * forces, the aligned side (the attacker in every shipped scenario) and the theater's other
 * participants fight one step of aggregate attrition on combat power (armoured brigade
 * equivalents, readiness and munitions sufficiency applied), with Lanchester's square law:
 * the defender loses {@code combat.defenderLossPerDayAtParity} of its power per day when the
 * two sides are equal, the attacker {@code combat.attackerLossPerDayAtParity}. With
 * {@code combat.stochastic} at 1 the losses are Poisson draws in brigade-equivalent units from
 * the stream {@code combat.<theater>} (two draws per theater and step at war). Each side's loss
 * share is removed from every element of its participants at the theater's location
 * ({@link Forces#attrit}). When the configuration has the {@code combat.salvo.*} parameters,
 * surface combatants fight instead in a weekly Hughes salvo exchange ({@link HughesSalvo}):
 * a share of each side's ready ships engages, ships put out of action are removed in
 * proportion, interceptors spent and missiles fired are recorded. The campaign is judged by {@link CampaignOutcome} against the
 * powers when the war started, with both breakpoints at {@code combat.breakpointShare}.
 */
public final class TheaterCombat implements Process {

    @Override
    public Ports ports() {
        return Ports.provides(CombatRecord.class)
                .andRequires(Forces.class, Port.Timing.THIS_STEP, "the forces that fight in each theater at war")
                .andOptional(CampaignState.class, Port.Timing.ANY, "theaters a campaign fights instead (none without it)");
    }

    public static final String ATTACKER_LOSS = "combat.attackerLossPerDayAtParity";
    public static final String DEFENDER_LOSS = "combat.defenderLossPerDayAtParity";
    public static final String BREAKPOINT = "combat.breakpointShare";
    public static final String STOCHASTIC = "combat.stochastic";
    public static final String SALVO_ENGAGED = "combat.salvo.engagedSharePerWeek";
    public static final String SALVO_MISSILES = "combat.salvo.missilesPerShip";
    public static final String SALVO_INTERCEPTORS = "combat.salvo.interceptorsPerShip";
    public static final String SALVO_HIT = "combat.salvo.hitProbability";
    public static final String SALVO_DEFENCE = "combat.salvo.defensiveEffectiveness";
    public static final String SALVO_STAYING = "combat.salvo.stayingPowerHits";

    private static final int SHIPS = ForceType.SURFACE_COMBATANT.ordinal();

    private final ForcePlan plan;
    private Forces forces;
    private CombatRecord record;
    private AttritionModel law;
    private double breakpoint;
    private String[] streamNames;
    private final double[] survivors = new double[2];
    /** Types the aggregate law grinds: all, or all but surface combatants when the salvo model fights them. */
    private final boolean[] aggregateTypes = new boolean[ForcePlan.TYPES];
    private final boolean[] shipTypes = new boolean[ForcePlan.TYPES];
    private boolean salvo;
    private double engagedPerWeek, missilesPerShip, interceptorsPerShip, hitProbability, defensiveEffectiveness,
            stayingPowerHits;
    private double[] readyDefenders;
    private double[] readyAttackers;
    /** Theaters a campaign fights (combat.campaign): the aggregate law leaves them alone. */
    private boolean[] byCampaign;

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
        salvo = world.hasParameter(SALVO_ENGAGED);
        java.util.Arrays.fill(aggregateTypes, true);
        shipTypes[SHIPS] = true;
        if (salvo) {
            aggregateTypes[SHIPS] = false;
            engagedPerWeek = world.parameter(SALVO_ENGAGED);
            missilesPerShip = world.parameter(require(world, SALVO_MISSILES));
            interceptorsPerShip = world.parameter(require(world, SALVO_INTERCEPTORS));
            hitProbability = world.parameter(require(world, SALVO_HIT));
            defensiveEffectiveness = world.parameter(require(world, SALVO_DEFENCE));
            stayingPowerHits = world.parameter(require(world, SALVO_STAYING));
            if (!(engagedPerWeek >= 0 && engagedPerWeek <= 1)) {
                throw new IllegalStateException(SALVO_ENGAGED + " must lie in [0, 1], drew " + engagedPerWeek);
            }
            readyDefenders = new double[plan.actors()];
            readyAttackers = new double[plan.actors()];
        }
        byCampaign = new boolean[theaters];
        if (world.hasPart(CampaignState.class)) {
            for (int t = 0; t < theaters; t++) {
                byCampaign[t] = world.part(CampaignState.class).governs(t);
            }
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
            if (location < 0 || byCampaign[t]) {
                continue;
            }
            if (world.theaterState(t) != TheaterState.WAR) {
                if (record.fought[t] && record.outcome[t] == null) {
                    record.outcome[t] = CampaignOutcome.STALEMATE;
                }
                continue;
            }
            if (!record.fought[t]) {
                record.fought[t] = true;
                record.defenderPowerAtStart[t] = forces.sidePower(world, location, false, t);
                record.attackerPowerAtStart[t] = forces.sidePower(world, location, true, t);
            }
            double defender = forces.sidePower(world, location, false, t, aggregateTypes);
            double attacker = forces.sidePower(world, location, true, t, aggregateTypes);
            law.advance(defender, attacker, days, world.random(streamNames[t]), survivors);
            double defenderShare = defender > 0 ? 1 - survivors[0] / defender : 0;
            double attackerShare = attacker > 0 ? 1 - survivors[1] / attacker : 0;
            forces.attrit(location, false, t, defenderShare, aggregateTypes, record.lost[t]);
            forces.attrit(location, true, t, attackerShare, aggregateTypes, record.lost[t]);
            if (salvo) {
                navalExchange(world, location, t, days / 7.0);
            }
            if (record.outcome[t] == null) {
                double d0 = record.defenderPowerAtStart[t];
                double a0 = record.attackerPowerAtStart[t];
                record.outcome[t] = CampaignOutcome.judge(d0 > 0 ? forces.sidePower(world, location, false, t) / d0 : 0,
                        a0 > 0 ? forces.sidePower(world, location, true, t) / a0 : 0, breakpoint, breakpoint);
            }
        }
    }

    /**
     * One week's naval engagement with the Hughes salvo model: each side engages
     * {@code engagedSharePerWeek} of its ready surface combatants (scaled by the step's length
     * in weeks); ships put out of action are removed from all of the side's participants in
     * proportion; interceptors spent are shared out by ready ships. Each side fires at most the
     * interceptors its participants with ships have left ({@link org.indivisible.model.posture.MunitionsSufficiency#interceptorStockRounds},
     * unlimited without a munitions part).
     */
    private void navalExchange(World world, int location, int t, double weeks) {
        double readyDef = forces.readyElements(location, false, t, SHIPS, readyDefenders);
        double readyAtt = forces.readyElements(location, true, t, SHIPS, readyAttackers);
        double engaged = Math.min(1, engagedPerWeek * weeks);
        if (readyDef <= 0 || readyAtt <= 0 || engaged <= 0) {
            return;
        }
        HughesSalvo.Exchange e = HughesSalvo.exchange(
                new HughesSalvo.Side(engaged * readyAtt, missilesPerShip, hitProbability, interceptorsPerShip,
                        defensiveEffectiveness, stayingPowerHits, forces.interceptorStockRounds(world, readyAttackers)),
                new HughesSalvo.Side(engaged * readyDef, missilesPerShip, hitProbability, interceptorsPerShip,
                        defensiveEffectiveness, stayingPowerHits, forces.interceptorStockRounds(world, readyDefenders)));
        double defElements = 0, attElements = 0;
        for (int a = 0; a < plan.actors(); a++) {
            if (plan.participant(t, a)) {
                double n = forces.elements(location, a, SHIPS);
                if (plan.aligned(a)) {
                    attElements += n;
                } else {
                    defElements += n;
                }
                double ready = plan.aligned(a) ? readyAttackers[a] / readyAtt : readyDefenders[a] / readyDef;
                record.interceptorsSpent[t][a] += ready * (plan.aligned(a) ? e.interceptorsSpentA() : e.interceptorsSpentB());
                record.missilesFired[t][a] += ready * (plan.aligned(a) ? e.missilesFiredA() : e.missilesFiredB());
            }
        }
        forces.attrit(location, false, t, Math.min(1, e.unitsLostB() / defElements), shipTypes, record.lost[t]);
        forces.attrit(location, true, t, Math.min(1, e.unitsLostA() / attElements), shipTypes, record.lost[t]);
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
