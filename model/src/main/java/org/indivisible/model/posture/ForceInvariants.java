package org.indivisible.model.posture;

import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Port;
import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.engine.Invariant;
import org.indivisible.model.engine.World;

/**
 * Forces stay sound after every step: elements at every location and in transit are finite
 * and not negative (losses never exceed strength), the US contingents in the Indo-Pacific
 * never exceed the US elements there, and the allies' response power is finite and not
 * negative. Violations name the location, actor and type.
 */
public final class ForceInvariants implements Invariant {

    @Override
    public Ports ports() {
        return Ports.optional(Forces.class, Port.Timing.ANY, "forces to check");
    }

    @Override
    public List<String> violations(World world) {
        if (!world.hasPart(Forces.class)) {
            return List.of();
        }
        Forces f = world.part(Forces.class);
        ForcePlan plan = f.plan;
        List<String> found = new ArrayList<>();
        for (Location l : Location.values()) {
            for (int a = 0; a < plan.actors; a++) {
                for (ForceType t : ForceType.values()) {
                    double n = f.elements[plan.slot(l.ordinal(), a, t.ordinal())];
                    if (!(n >= -1e-9) || !Double.isFinite(n)) {
                        found.add(plan.iso3[a] + " " + t.id() + " in " + l.id() + ": elements must be finite and not negative, is " + n);
                    }
                }
            }
        }
        for (Forces.Movement m : f.inTransit) {
            if (!(m.elements() >= 0) || !Double.isFinite(m.elements())) {
                found.add(plan.iso3[m.actor()] + " " + ForceType.values()[m.type()].id() + " in transit: " + m.elements());
            }
        }
        if (plan.usa >= 0) {
            for (ForceType t : ForceType.values()) {
                double there = f.elements[plan.slot(Location.INDO_PACIFIC.ordinal(), plan.usa, t.ordinal())];
                double contingents = f.contingentFromEurope[t.ordinal()] + f.contingentFromHomeland[t.ordinal()];
                if (contingents > there * (1 + 1e-9) + 1e-9) {
                    found.add("USA " + t.id() + ": redeployed contingents " + contingents + " exceed the "
                            + there + " elements in indo_pacific");
                }
            }
        }
        if (!(f.allyResponsePower >= 0) || !Double.isFinite(f.allyResponsePower)) {
            found.add("European allies' response power must be finite and not negative, is " + f.allyResponsePower);
        }
        return found;
    }
}
