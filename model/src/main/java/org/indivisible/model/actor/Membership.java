package org.indivisible.model.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One actor's membership of a group from {@code joined} (inclusive) until {@code left}
 * (exclusive; null while still a member). Immutable.
 */
public record Membership(String iso3, LocalDate joined, LocalDate left) {

    public Membership {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(joined, "joined");
        if (left != null && !left.isAfter(joined)) {
            throw new IllegalArgumentException(iso3 + " leaves on " + left + ", not after joining on " + joined);
        }
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(joined) && (left == null || date.isBefore(left));
    }
}
