package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.policy.PrepareForReducedUsPresence;

/**
 * The NATO policy levers a scenario (usually through a treatment) pulls. Only P1 exists so far;
 * P2 to P4 join as the processes they act on arrive. Immutable.
 *
 * @param p1 prepare for a reduced US presence, or null when not pulled
 */
public record Policies(PrepareForReducedUsPresence p1) {

    public static final Policies NONE = new Policies(null);

    public Optional<PrepareForReducedUsPresence> prepareForReducedUsPresence() {
        return Optional.ofNullable(p1);
    }

    /** The levers pulled, in lever order. */
    public List<Policy> all() {
        List<Policy> levers = new ArrayList<>();
        if (p1 != null) {
            levers.add(p1);
        }
        return List.copyOf(levers);
    }
}
