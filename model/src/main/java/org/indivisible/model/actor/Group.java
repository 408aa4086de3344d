package org.indivisible.model.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A named set of actors with membership dates (NATO, EU27, IP4, the aligned bloc...).
 * Immutable; members are kept sorted by ISO3 so iteration order is stable.
 */
public record Group(String id, String name, List<Membership> memberships) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        memberships = memberships.stream().sorted(Comparator.comparing(Membership::iso3)
                .thenComparing(Membership::joined)).toList();
    }

    /** Members on a date, sorted by ISO3. */
    public List<String> membersOn(LocalDate date) {
        return memberships.stream().filter(m -> m.activeOn(date)).map(Membership::iso3).distinct().toList();
    }

    public boolean isMember(String iso3, LocalDate date) {
        return memberships.stream().anyMatch(m -> m.iso3().equals(iso3) && m.activeOn(date));
    }
}
