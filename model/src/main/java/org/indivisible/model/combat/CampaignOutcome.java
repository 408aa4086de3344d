package org.indivisible.model.combat;

import java.util.Locale;
import org.indivisible.model.metric.Metric;

/**
 * How a theater's campaign ended, judged from the two sides' combat power against their power
 * when the war started (the breakpoint rule used in aggregate campaign models since Helmbold's
 * studies of battle termination: a side that has lost more than a set share of its force stops
 * fighting):
 * <ul>
 *   <li>{@link #FALLS}: the defender's power fell to its breakpoint share or below while the
 *       attacker's stayed above its own;</li>
 *   <li>{@link #HOLDS}: the attacker reached its breakpoint while the defender stayed above
 *       its own;</li>
 *   <li>{@link #STALEMATE}: neither side broke by the end of the war (or the horizon), or both
 *       broke together.</li>
 * </ul>
 * The first side to break decides; later steps do not change the outcome.
 */
public enum CampaignOutcome {
    HOLDS, FALLS, STALEMATE;

    /** The lower-case id ({@code holds}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric that is 1 when a campaign ended so ({@code campaign_holds.<theater>}). */
    public Metric metric() {
        return switch (this) {
            case HOLDS -> Metric.CAMPAIGN_HOLDS;
            case FALLS -> Metric.CAMPAIGN_FALLS;
            case STALEMATE -> Metric.CAMPAIGN_STALEMATE;
        };
    }

    /** The war week a campaign was decided so ({@code campaign_weeks_to_hold.<theater>}). */
    public Metric weeksMetric() {
        return switch (this) {
            case HOLDS -> Metric.CAMPAIGN_WEEKS_TO_HOLD;
            case FALLS -> Metric.CAMPAIGN_WEEKS_TO_FALL;
            case STALEMATE -> Metric.CAMPAIGN_WEEKS_TO_STALEMATE;
        };
    }

    /**
     * The outcome once both sides' remaining shares are known.
     *
     * @param defenderShare defender's power over its power at the war's start, 0 to 1 (or above, reinforced)
     * @param attackerShare attacker's power over its power at the war's start
     * @param defenderBreakpoint share at or below which the defender breaks, 0 to 1
     * @param attackerBreakpoint share at or below which the attacker breaks, 0 to 1
     * @return the outcome if a side has broken, else {@code null} (still undecided)
     */
    public static CampaignOutcome judge(double defenderShare, double attackerShare, double defenderBreakpoint,
                                        double attackerBreakpoint) {
        boolean defenderBroke = defenderShare <= defenderBreakpoint;
        boolean attackerBroke = attackerShare <= attackerBreakpoint;
        if (defenderBroke && attackerBroke) {
            return STALEMATE;
        }
        if (defenderBroke) {
            return FALLS;
        }
        if (attackerBroke) {
            return HOLDS;
        }
        return null;
    }
}
