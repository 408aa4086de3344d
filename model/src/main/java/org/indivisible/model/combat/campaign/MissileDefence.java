package org.indivisible.model.combat.campaign;

/**
 * How many anti-ship missiles of a salvo hit, after the chain of failures and defences the CSIS
 * wargame's interception rule combines (cited_force_figures F313-F315): a share of missiles fail
 * to launch or malfunction; a share of the rest suffer terminal guidance failure; the defenders
 * engage as many of the remaining missiles as their fire channels and interceptor stock allow,
 * two interceptors each, each interceptor hitting with probability {@code pk}; terminal defence
 * and electronic warfare stop a further share of whatever gets through. Two "fat tails" (an assumption: campaign.csv's catastrophicError row):
 * a share of missiles is lost to an attacker's catastrophic error (gross targeting error), and
 * a share meets a defender's catastrophic error (no warning: neither interceptors nor terminal
 * defence). Expected values, no draws. Immutable and thread safe.
 *
 * @param launchFailure share of missiles that fail to launch or malfunction (F315), 0 to 1
 * @param guidanceFailure share of launched missiles that miss by terminal guidance failure (F314), 0 to 1
 * @param pk probability that one interceptor destroys one missile (F313), 0 to 1
 * @param terminalDefence share of unintercepted missiles stopped by terminal defence and EW (F315), 0 to 1
 * @param catastrophicError share of missiles lost to the attacker's catastrophic error, and
 *     share that meet the defender's (assumed), 0 to 1 each
 */
public record MissileDefence(double launchFailure, double guidanceFailure, double pk, double terminalDefence,
                             double catastrophicError) {

    /** Interceptors fired at each engaged missile (the CSIS rule: a two-round salvo). */
    public static final int INTERCEPTORS_PER_MISSILE = 2;

    public MissileDefence {
        share(launchFailure, "launchFailure");
        share(guidanceFailure, "guidanceFailure");
        share(pk, "pk");
        share(terminalDefence, "terminalDefence");
        share(catastrophicError, "catastrophicError");
    }

    /** What one salvo did: hits on the defended ships and interceptors fired. */
    public record Result(double hits, double interceptorsFired) {
    }

    /**
     * One salvo.
     *
     * @param missiles missiles fired
     * @param channels missiles the defenders can engage at once (escorts times fire channels)
     * @param interceptors interceptors the defenders have left
     */
    public Result salvo(double missiles, double channels, double interceptors) {
        double arriving = missiles * (1 - launchFailure) * (1 - guidanceFailure) * (1 - catastrophicError);
        double unwarned = arriving * catastrophicError;
        double defended = arriving - unwarned;
        double engaged = Math.max(0, Math.min(defended, Math.min(channels, interceptors / INTERCEPTORS_PER_MISSILE)));
        double miss = 1 - pk;
        double survive = miss * miss; // both interceptors miss
        double through = engaged * survive + (defended - engaged);
        return new Result(unwarned + through * (1 - terminalDefence), engaged * INTERCEPTORS_PER_MISSILE);
    }

    private static void share(double v, String what) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must lie in [0, 1], got " + v);
        }
    }
}
