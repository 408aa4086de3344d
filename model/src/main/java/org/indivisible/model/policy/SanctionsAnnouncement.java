package org.indivisible.model.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * P3: spell out the economic cost of a war to a potential aggressor by announcing, ahead of
 * time, the sanctions and export controls a coalition will apply if it starts one. Two effects
 * (docs/decisions.md): from {@code announced} on, the target's expected cost of a war (share
 * of its GDP at stake times {@code credibility}) enters its decision as a feature; and if the
 * target starts a war, the economy's sanctions channel applies exactly the announced coalition,
 * sectors and trade share, from the war's first week (pre-announced sanctions need no delay).
 * Immutable.
 *
 * @param target ISO3 of the actor the sanctions are aimed at ({@code CHN})
 * @param coalition the groups whose members join (a subset of NATO, EU27, IP4), sorted
 * @param sectors the agg11 sector groups covered ({@code S07_MACH}, {@code S08_ELEC}...), sorted
 * @param tradeSharePct percent (0..100) of the covered trade between coalition and target cut
 * @param credibility the target's belief (0..1) that the coalition will carry the sanctions out
 * @param announced the day the announcement is made
 * @param costEurMillionsPerYear what preparing and keeping the announcement credible costs the
 *     coalition a year from {@code announced} (coordination, legal preparation, stockpiling of
 *     exposed inputs), millions of euros; the cost of sanctions actually imposed is in the GDP metrics
 */
public record SanctionsAnnouncement(String target, List<String> coalition, List<String> sectors, double tradeSharePct,
                                    double credibility, LocalDate announced, double costEurMillionsPerYear)
        implements Policy {

    /** Groups that can form the coalition (the economy's sanctions channel knows these). */
    public static final List<String> COALITION_GROUPS = List.of("EU27", "IP4", "NATO");

    public SanctionsAnnouncement {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(announced, "announced");
        coalition = coalition.stream().sorted().distinct().toList();
        sectors = sectors.stream().sorted().distinct().toList();
        for (String g : coalition) {
            if (!COALITION_GROUPS.contains(g)) {
                throw new IllegalArgumentException("P3 coalition group " + g + " is not one of " + COALITION_GROUPS);
            }
        }
        if (coalition.isEmpty()) {
            throw new IllegalArgumentException("P3 needs at least one coalition group of " + COALITION_GROUPS);
        }
        if (!(tradeSharePct >= 0 && tradeSharePct <= 100)) {
            throw new IllegalArgumentException("P3 trade share must be 0..100 percent, got " + tradeSharePct);
        }
        if (!(credibility >= 0 && credibility <= 1)) {
            throw new IllegalArgumentException("P3 credibility must be between 0 and 1, got " + credibility);
        }
        if (!(costEurMillionsPerYear >= 0) || !Double.isFinite(costEurMillionsPerYear)) {
            throw new IllegalArgumentException("P3 cost must be a non-negative number of euros, got " + costEurMillionsPerYear);
        }
    }

    @Override
    public String lever() {
        return "P3";
    }
}
