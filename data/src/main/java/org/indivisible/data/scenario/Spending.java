package org.indivisible.data.scenario;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A defence spending path a scenario sets for an actor or for every member of a group,
 * replacing the snapshot's baseline from its first year on. Immutable.
 *
 * @param who an actor's ISO3 code or a group id of the snapshot
 * @param pctGdpByYear percent of GDP by year, interpolated linearly and held flat after the last
 */
public record Spending(String who, SortedMap<Integer, Double> pctGdpByYear) {

    public Spending {
        Objects.requireNonNull(who, "who");
        pctGdpByYear = Collections.unmodifiableSortedMap(new TreeMap<>(pctGdpByYear));
    }
}
