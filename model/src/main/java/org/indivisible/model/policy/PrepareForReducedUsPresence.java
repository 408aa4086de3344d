package org.indivisible.model.policy;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * P1: European members prepare for a thinner US presence by spending at least a path of
 * percent of GDP, and put a share of their budgets into industrial capacity. Members already
 * above the floor keep their own path. The policy's cost is the spending above each member's
 * path without the policy. Immutable.
 *
 * @param group the group whose members the floor binds ({@code NATO_EUROPE} by default)
 * @param floorPctGdpByYear minimum defence spending in percent of GDP, by year (interpolated)
 * @param industrySharePct percent of each member's defence budget invested, on top of its own
 *                         investment, in munitions production capacity (0 = none; see docs/industry.md)
 * @param operationalPlanning whether the group also plans operationally for the US leaving:
 *     reinforcement and redeployment transits are shorter and its forces' readiness higher
 *     (posture parameters {@code posture.planning.*}; docs/forces-and-combat.md)
 * @param floorFromOwnShareIn 0, or a year: each member's floor then starts at its own share of
 *     GDP in that year and runs in straight lines to the floor's points, a path per member
 *     (the allies' pledges: from today's share to the Hague target, docs/decisions.md section 9)
 */
public record PrepareForReducedUsPresence(String group, SortedMap<Integer, Double> floorPctGdpByYear,
                                          double industrySharePct, boolean operationalPlanning,
                                          int floorFromOwnShareIn) implements Policy {

    public PrepareForReducedUsPresence {
        Objects.requireNonNull(group, "group");
        floorPctGdpByYear = Collections.unmodifiableSortedMap(new TreeMap<>(floorPctGdpByYear));
        if (floorPctGdpByYear.isEmpty()) {
            throw new IllegalArgumentException("P1 needs a spending floor for at least one year");
        }
        if (!(industrySharePct >= 0 && industrySharePct <= 100)) {
            throw new IllegalArgumentException("P1 industry share must be between 0 and 100 percent, got "
                    + industrySharePct);
        }
        if (floorFromOwnShareIn != 0 && floorFromOwnShareIn >= floorPctGdpByYear.firstKey()) {
            throw new IllegalArgumentException("P1 floor from own share: the year (" + floorFromOwnShareIn
                    + ") must come before the floor's first year (" + floorPctGdpByYear.firstKey() + ")");
        }
    }

    /** P1 with one floor for every member. */
    public PrepareForReducedUsPresence(String group, SortedMap<Integer, Double> floorPctGdpByYear,
                                       double industrySharePct, boolean operationalPlanning) {
        this(group, floorPctGdpByYear, industrySharePct, operationalPlanning, 0);
    }

    /** P1 as a spending floor only: no industry share, no operational planning. */
    public PrepareForReducedUsPresence(String group, SortedMap<Integer, Double> floorPctGdpByYear) {
        this(group, floorPctGdpByYear, 0, false, 0);
    }

    /** Whether each member's floor starts from its own share ({@link #floorFromOwnShareIn}). */
    public boolean floorFromOwnShare() {
        return floorFromOwnShareIn != 0;
    }

    @Override
    public String lever() {
        return "P1";
    }
}
