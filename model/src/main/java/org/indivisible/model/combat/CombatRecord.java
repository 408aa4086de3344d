package org.indivisible.model.combat;

/**
 * What combat did in one replication, per theater: whether it fought, the two sides' power
 * when its war started, elements lost by (actor, type) and the campaign's outcome (null while
 * undecided). Attached to the world by {@link TheaterCombat}; observers read it. Mutable, owned
 * by one replication's thread.
 */
public final class CombatRecord {

    final boolean[] fought;
    final double[] defenderPowerAtStart;
    final double[] attackerPowerAtStart;
    /** Elements lost: [theater][actor * ForcePlan.TYPES + type]. */
    final double[][] lost;
    final CampaignOutcome[] outcome;
    /** Interceptors fired in naval salvo exchanges: [theater][actor]. */
    final double[][] interceptorsSpent;
    /** Anti-ship missiles fired in naval salvo exchanges: [theater][actor]. */
    final double[][] missilesFired;

    CombatRecord(int theaters, int actors) {
        fought = new boolean[theaters];
        defenderPowerAtStart = new double[theaters];
        attackerPowerAtStart = new double[theaters];
        lost = new double[theaters][actors * org.indivisible.model.posture.ForcePlan.TYPES];
        outcome = new CampaignOutcome[theaters];
        interceptorsSpent = new double[theaters][actors];
        missilesFired = new double[theaters][actors];
    }

    /** Interceptors the actor fired in the theater's naval exchanges so far. */
    public double interceptorsSpent(int theater, int actor) {
        return interceptorsSpent[theater][actor];
    }

    /** Anti-ship missiles the actor fired in the theater's naval exchanges so far. */
    public double missilesFired(int theater, int actor) {
        return missilesFired[theater][actor];
    }

    public boolean fought(int theater) {
        return fought[theater];
    }

    /** Elements of the type the actor lost in the theater so far. */
    public double lost(int theater, int actor, int type) {
        return lost[theater][actor * org.indivisible.model.posture.ForcePlan.TYPES + type];
    }

    /** The campaign's outcome, or null while undecided (a war still going on without a break). */
    public CampaignOutcome outcome(int theater) {
        return outcome[theater];
    }
}
