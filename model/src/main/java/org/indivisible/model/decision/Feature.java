package org.indivisible.model.decision;

/**
 * The features of a decision (docs/model.md, process overview, step 2), each measured as its change from
 * the replication's first week so that the base hazard is the hazard at today's features.
 */
public enum Feature {
    /** Log of the aggressor side's over the defender side's combat power in the theater's location. */
    BALANCE("balance"),
    /** US combat power in the theater's location relative to the start, minus 1 (0 today, -1 all gone). */
    US_FORCES("usForces"),
    /** Expected cost of announced sanctions, percent of the aggressor's GDP, times their credibility. */
    SANCTIONS_COST("sanctionsCost"),
    /** Aligned partners bound to the aggressor by a defence or offence treaty in force. */
    ALIGNED_SUPPORT("alignedSupport"),
    /** Other theaters at war in which an aligned partner of the aggressor and the US both take part. */
    PARTNER_AT_WAR("partnerAtWar"),
    /**
     * Log of the aggressor's missile strike capability (ballistic missiles in stock times the
     * share that fly as programmed) over its reference level; only for the pairs of
     * {@link Features#MISSILE_PAIRS} (North Korea's), 0 for the others.
     */
    MISSILE_STRIKE("missileStrike"),
    /**
     * The defenders' munitions endurance as the aggressor sees it: ln of the days the theater's
     * defenders could keep firing (own stocks and compatibility pools), capped at the expected
     * length of the war, over the same at the reference state (P2's peacetime path).
     */
    MUNITIONS_ENDURANCE("munitionsEndurance");

    private final String id;

    Feature(String id) {
        this.id = id;
    }

    /** The id used in parameter names ({@code decision.coef.balance}). */
    public String id() {
        return id;
    }
}
