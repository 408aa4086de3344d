package org.indivisible.model.posture;

import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.theater.TheaterState;

/**
 * Russia rebuilds its forces facing NATO once the war in Ukraine stops (docs/forces-and-combat.md
 * section 4c). While the {@code ukraine} theater is not at war, each type's elements in Europe grow
 * towards {@code forces.russia.reconstitution.targetMultiplier} times their starting number,
 * reaching it in {@code forces.russia.reconstitution.yearsToTarget} years at the starting partner
 * supply. The pace follows the alignment's flows: it is scaled by {@code 1 - s0 + s}, where
 * {@code s} is the share of Russia's munitions supply its partners provide this step (North Korea's
 * shells, production China's dual-use goods enable; {@link MunitionsSufficiency#partnerSupplyShare})
 * and {@code s0} that share at the start. Partners who stop supplying slow the rebuilding; more
 * supply speeds it. The war in Ukraine resuming stops it. Reconstitution only adds elements.
 */
public final class Reconstitution implements Process {

    public static final String TARGET_MULTIPLIER = "forces.russia.reconstitution.targetMultiplier";
    public static final String YEARS_TO_TARGET = "forces.russia.reconstitution.yearsToTarget";
    static final String THEATER = "ukraine";

    private static final int EUROPE = Location.EUROPE.ordinal();

    private final ForcePlan plan;
    private final int russia;
    private final int theater;
    private Forces forces;
    private MunitionsSufficiency munitions;
    private double multiplier;
    private double yearsToTarget;
    private double startPartnerShare = Double.NaN;

    public Reconstitution(ForcePlan plan, org.indivisible.model.config.Configuration config) {
        this.plan = plan;
        int r = -1;
        for (int a = 0; a < plan.actors; a++) {
            if (plan.iso3[a].equals("RUS")) {
                r = a;
            }
        }
        this.russia = r;
        int th = -1;
        for (int t = 0; t < config.theaters().size(); t++) {
            if (config.theaters().get(t).id().equals(THEATER)) {
                th = t;
            }
        }
        this.theater = th;
    }

    @Override
    public Ports ports() {
        return Ports.requires(Forces.class, Port.Timing.THIS_STEP, "Russia's elements in Europe")
                .andOptional(MunitionsSufficiency.class, Port.Timing.LAST_STEP,
                        "the share of Russia's munitions its partners supply, which sets the pace; 0 without it");
    }

    @Override
    public String name() {
        return "reconstitution";
    }

    @Override
    public void start(World world) {
        forces = null;
        startPartnerShare = Double.NaN;
        if (!plan.active || russia < 0 || theater < 0 || !world.hasParameter(TARGET_MULTIPLIER)) {
            return;
        }
        forces = world.part(Forces.class);
        multiplier = world.parameter(TARGET_MULTIPLIER, 1, Double.MAX_VALUE);
        yearsToTarget = world.parameter(YEARS_TO_TARGET, Double.MIN_VALUE, Double.MAX_VALUE);
    }

    @Override
    public void step(World world) {
        if (forces == null) {
            return;
        }
        if (munitions == null && world.hasPart(MunitionsSufficiency.class)) {
            munitions = world.part(MunitionsSufficiency.class);
        }
        if (Double.isNaN(startPartnerShare)) {
            startPartnerShare = munitions == null ? 0 : munitions.partnerSupplyShare(russia);
        }
        if (world.theaterState(theater) == TheaterState.WAR) {
            return;
        }
        double share = munitions == null ? 0 : munitions.partnerSupplyShare(russia);
        double pace = Math.max(0, 1 - startPartnerShare + share);
        double stepYears = world.config().horizon().yearFraction();
        boolean added = false;
        for (int t = 0; t < ForcePlan.TYPES; t++) {
            int slot = plan.slot(EUROPE, russia, t);
            double start = forces.initialElements[slot];
            double gap = start * multiplier - forces.elements[slot];
            if (gap <= 0) {
                continue;
            }
            double add = Math.min(gap, start * (multiplier - 1) / yearsToTarget * stepYears * pace);
            if (add > 0) {
                forces.elements[slot] += add;
                forces.generated[russia * ForcePlan.TYPES + t] += add;
                added = true;
            }
        }
        if (added) {
            forces.touch();
        }
    }
}
