package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.indivisible.model.policy.CounterMessaging;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.policy.SanctionsAnnouncement;

/**
 * The NATO policy levers a scenario (usually through a treatment) pulls. Immutable.
 *
 * @param p1 prepare for a reduced US presence, or null when not pulled
 * @param p2 industrial cooperation (standards, co-production, technology sharing), or null
 * @param p3 announced sanctions and export controls, or null
 * @param p4 counter-messaging, or null
 */
public record Policies(PrepareForReducedUsPresence p1, IndustrialCooperation p2, SanctionsAnnouncement p3,
                       CounterMessaging p4) {

    public static final Policies NONE = new Policies(null, null, null, null);

    public Policies(PrepareForReducedUsPresence p1, IndustrialCooperation p2) {
        this(p1, p2, null, null);
    }

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
        if (p3 != null) {
            levers.add(p3);
        }
        if (p4 != null) {
            levers.add(p4);
        }
        return List.copyOf(levers);
    }
}
