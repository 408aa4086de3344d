package org.indivisible.model.actor;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A treaty edge between actors with its obligations and dates. Immutable.
 *
 * @param id stable identifier, e.g. {@code NATO-ART5}, {@code RUS-PRK-2024}
 * @param parties ISO3 codes, sorted
 * @param obligations what the parties owe each other
 * @param inForce first day in force
 * @param ended first day no longer in force (null while in force)
 * @param sourceId the snapshot source the treaty comes from
 */
public record Treaty(String id, String name, List<String> parties, Set<Obligation> obligations,
                     LocalDate inForce, LocalDate ended, String sourceId) {

    public Treaty {
        Objects.requireNonNull(id, "id");
        parties = parties.stream().sorted().distinct().toList();
        if (parties.size() < 2) {
            throw new IllegalArgumentException("treaty " + id + " needs at least two parties");
        }
        obligations = obligations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(obligations));
        Objects.requireNonNull(inForce, "inForce");
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForce) && (ended == null || date.isBefore(ended));
    }

    public boolean binds(String a, String b, Obligation obligation, LocalDate date) {
        return inForceOn(date) && obligations.contains(obligation) && parties.contains(a) && parties.contains(b);
    }
}
