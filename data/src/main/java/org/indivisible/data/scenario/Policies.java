package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.policy.PrepareForReducedUsPresence;

/**
 * The NATO policy levers a scenario (usually through a treatment) pulls. P1 and P2 exist so far;
 * P3 and P4 join as the processes they act on arrive. Immutable.
 *
 * @param p1 prepare for a reduced US presence, or null when not pulled
 * @param p2 industrial cooperation (standards, co-production, technology sharing), or null
 */
public record Policies(PrepareForReducedUsPresence p1, IndustrialCooperation p2) {

    public static final Policies NONE = new Policies(null, null);

    public Optional<PrepareForReducedUsPresence> prepareForReducedUsPresence() {
        return Optional.ofNullable(p1);
    }

    public Optional<IndustrialCooperation> industrialCooperation() {
        return Optional.ofNullable(p2);
    }

    /** The levers pulled, in lever order. */
    public List<Policy> all() {
        List<Policy> levers = new ArrayList<>();
        if (p1 != null) {
            levers.add(p1);
        }
        if (p2 != null) {
            levers.add(p2);
        }
        return List.copyOf(levers);
    }
}
