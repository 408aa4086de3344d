package org.indivisible.model.posture;

import org.indivisible.model.engine.World;

/**
 * The time-phased balance on NATO's eastern flank (docs/forces-and-combat.md section 4a): what
 * NATO can have there within {@link #DAYS} days of a short-warning attack against what Russia
 * can mass in the same time. Deterrence reads it: a fait accompli is decided in the first weeks,
 * before the forces counted in the location-wide balance can arrive.
 *
 * <p>NATO's side within d days:
 * <ul>
 *   <li>the allies' power in Europe (with P1's readiness and the allies' surge response) times
 *       {@code flank.allies.shareByDay.d<d>}, the share of it NATO's Force Model puts on the flank
 *       in that time;</li>
 *   <li>US power present in Europe times {@code flank.us.presentShareByDay.d<d>};</li>
 *   <li>US reinforcements from the homeland: each type's earmark for Europe
 *       ({@code flank.us.reinforceShare.<type>} of the ready homeland elements at the start) as
 *       far as ready homeland elements are left once the Pacific has taken its share (the Pacific
 *       comes first: {@link Posture} sends its swing before Europe is asked), arriving linearly
 *       over {@code flank.us.closureDays.<type>} days.</li>
 * </ul>
 * Russia's side: its power in Europe times {@code flank.russia.massShareByDay.d<d>}. Only the
 * land and air domains count on either side (fleets do not hold or take ground on the flank);
 * NATO's air types count at its enablers' coverage ({@link Enablers}), and what US reinforcements
 * bring within 30 days at its airlift's. Munitions sufficiency scales the fire-dependent types of
 * both, as in the location's balance.
 */
public final class Flank {

    /** The days after warning at which the flank balance is measured (NATO's Force Model tiers). */
    public static final int[] DAYS = {10, 30, 180};
    /** The index in {@link #DAYS} the decision rule reads: RAND's seven brigades hold "up to 28 days". */
    public static final int DECISION_DAY_INDEX = 1;

    public static final String ALLIES_SHARE = "flank.allies.shareByDay.d";
    public static final String US_PRESENT_SHARE = "flank.us.presentShareByDay.d";
    public static final String RUSSIA_SHARE = "flank.russia.massShareByDay.d";
    public static final String US_REINFORCE_SHARE = "flank.us.reinforceShare.";
    public static final String US_CLOSURE_DAYS = "flank.us.closureDays.";

    private static final int EUROPE = Location.EUROPE.ordinal();
    private static final int HOMELAND = Location.HOMELAND.ordinal();

    private final Forces forces;
    private final ForcePlan plan;
    private final double[] alliesShare = new double[DAYS.length];
    private final double[] usPresentShare = new double[DAYS.length];
    private final double[] russiaShare = new double[DAYS.length];
    /** Ready US homeland elements earmarked for Europe, by type. */
    final double[] earmark = new double[ForcePlan.TYPES];
    /** Share of each type's earmark arrived by each day, [day][type]. */
    private final double[][] arrived = new double[DAYS.length][ForcePlan.TYPES];
    /** Share of the earmark the US still plans to send (1; lower while and after it withdraws from Europe). */
    double earmarkScale = 1;
    /** This call's flank power of NATO and of Russia, by day (scratch). */
    private final double[] blue = new double[DAYS.length];
    private final double[] red = new double[DAYS.length];

    /** Whether the configuration carries the flank's parameters (hand-built test worlds may not). */
    static boolean applies(World world) {
        return world.hasParameter(ALLIES_SHARE + DAYS[0]);
    }

    Flank(Forces forces, World world) {
        this.forces = forces;
        this.plan = forces.plan;
        for (int d = 0; d < DAYS.length; d++) {
            alliesShare[d] = world.parameter(ALLIES_SHARE + DAYS[d], 0, 1);
            usPresentShare[d] = world.parameter(US_PRESENT_SHARE + DAYS[d], 0, 1);
            russiaShare[d] = world.parameter(RUSSIA_SHARE + DAYS[d], 0, 1);
        }
        for (ForceType t : ForceType.values()) {
            int i = t.ordinal();
            double closure = world.parameter(US_CLOSURE_DAYS + t.id(), Double.MIN_VALUE, Double.MAX_VALUE);
            if (plan.usa >= 0) {
                earmark[i] = world.parameter(US_REINFORCE_SHARE + t.id(), 0, 1)
                        * forces.initialElements[plan.slot(HOMELAND, plan.usa, i)] * forces.readiness[i];
            }
            for (int d = 0; d < DAYS.length; d++) {
                arrived[d][i] = Math.min(1, DAYS[d] / closure);
            }
        }
    }

    /**
     * NATO over Russian power on the flank within {@code DAYS[day]} days, now: +infinity when
     * Russia has no power there and NATO has some, NaN when neither has any.
     */
    public double ratio(World world, int day) {
        compute(world);
        return ratio(blue[day], red[day]);
    }

    /** The ratio of every day of {@link #DAYS} into {@code into}, in one pass over the forces. */
    public void ratios(World world, double[] into) {
        compute(world);
        for (int d = 0; d < DAYS.length; d++) {
            into[d] = ratio(blue[d], red[d]);
        }
    }

    private static double ratio(double blue, double red) {
        return red > 0 ? blue / red : blue > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * Both sides' flank power for every day, into {@link #blue} and {@link #red}. The per-actor
     * sums do not depend on the day; only the shares that multiply them do.
     */
    private void compute(World world) {
        Enablers enablers = forces.enablers();
        double air = enablers == null ? 1 : enablers.airMultiplier();
        double lift = enablers == null ? 1 : enablers.coverage(Enablers.AIRLIFT);
        double allies = forces.allyResponsePower;
        double usPresent = 0;
        double russia = 0;
        java.util.Arrays.fill(blue, 0);
        for (int a : plan.armedAt[EUROPE]) {
            double share = forces.locationShare(world, a, EUROPE);
            if (plan.aligned[a]) {
                russia += landAndAir(a, forces.readiness, share, 1);
            } else if (a == plan.usa) {
                usPresent = landAndAir(a, forces.readiness, share, air);
                for (int t = 0; t < ForcePlan.TYPES; t++) {
                    ForceType.Domain domain = Forces.domain(t);
                    if (domain == ForceType.Domain.MARITIME) {
                        continue;
                    }
                    double home = forces.elements[plan.slot(HOMELAND, a, t)] * forces.readiness[t];
                    double power = Math.min(earmark[t] * earmarkScale, Math.max(0, home)) * forces.weight[t]
                            * (Forces.fireDependent(t) ? share : 1) * (domain == ForceType.Domain.AIR ? air : 1);
                    for (int d = 0; d < DAYS.length; d++) {
                        // What comes by air first: the first month's reinforcements scale with airlift.
                        blue[d] += power * arrived[d][t] * (DAYS[d] <= 30 ? lift : 1);
                    }
                }
            } else {
                allies += landAndAir(a, plan.europeanAlly[a] ? forces.allyReadiness : forces.readiness, share, air);
            }
        }
        for (int d = 0; d < DAYS.length; d++) {
            blue[d] += allies * alliesShare[d] + usPresent * usPresentShare[d];
            red[d] = russia * russiaShare[d];
        }
    }

    /** An actor's land power plus its air power times {@code air}, in Europe, in one pass over its types. */
    private double landAndAir(int actor, double[] readiness, double fireShare, double air) {
        double land = 0;
        double inAir = 0;
        int base = plan.slot(EUROPE, actor, 0);
        for (int t = 0; t < ForcePlan.TYPES; t++) {
            double e = forces.elements[base + t];
            if (e == 0) {
                continue;
            }
            double p = e * forces.weight[t] * readiness[t] * (Forces.fireDependent(t) ? fireShare : 1);
            switch (Forces.domain(t)) {
                case LAND -> land += p;
                case AIR -> inAir += p;
                default -> {
                }
            }
        }
        return land + air * inAir;
    }
}
