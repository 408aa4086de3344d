package org.indivisible.model.posture;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.engine.World;

/**
 * The forces of one replication: elements by (location, actor, type), the force types' drawn
 * attributes, elements in transit and the redeployment's bookkeeping. Attached to the world by
 * {@link Posture} as a part; {@link org.indivisible.model.combat.TheaterCombat} removes losses
 * through {@link #attrit}. Mutable, owned by one replication's thread.
 *
 * <p>Combat power of an element = its type's weight (cost-based: cost to raise over the cost to
 * raise an armoured brigade, so one unit of power is one armoured brigade equivalent) times its
 * readiness (the type's, raised for European allies by P1's operational planning) times the
 * actor's munitions sufficiency ({@link MunitionsSufficiency}, 1 without the industry part).
 */
public final class Forces {

    /** Suffixes of the force-type parameters {@code forces.type.<type>.<attribute>}. */
    public static final String READINESS = "readiness";
    public static final String RAISE_COST = "raiseCostUsdMillions";
    public static final String KEEP_COST = "keepCostUsdMillionsPerYear";
    public static final String TRANSIT = "transitWeeks";
    public static final String RAISE_YEARS = "raiseYears";

    final ForcePlan plan;
    final double[] elements;
    final double[] initialElements;
    final double[] readiness = new double[ForcePlan.TYPES];
    final double[] raiseCostUsdMillions = new double[ForcePlan.TYPES];
    final double[] keepCostUsdMillionsPerYear = new double[ForcePlan.TYPES];
    final double[] transitWeeks = new double[ForcePlan.TYPES];
    final double[] raiseYears = new double[ForcePlan.TYPES];
    final double[] weight = new double[ForcePlan.TYPES];
    private static final boolean[] FIRE_DEPENDENT = new boolean[ForcePlan.TYPES];
    private static final ForceType.Domain[] DOMAIN = new ForceType.Domain[ForcePlan.TYPES];

    static {
        for (ForceType t : ForceType.values()) {
            FIRE_DEPENDENT[t.ordinal()] = t.fireDependent();
            DOMAIN[t.ordinal()] = t.domain();
        }
    }
    /** Readiness of European allies' elements (planning raises it), by type. */
    final double[] allyReadiness = new double[ForcePlan.TYPES];

    /** US elements that came from Europe and are now in the Indo-Pacific, by type. */
    final double[] contingentFromEurope = new double[ForcePlan.TYPES];
    /** US elements that came from the homeland and are now in the Indo-Pacific, by type. */
    final double[] contingentFromHomeland = new double[ForcePlan.TYPES];
    /** US elements that left Europe in the last redeployment, by type (the gap's mix). */
    final double[] leftEurope = new double[ForcePlan.TYPES];
    final List<Movement> inTransit = new ArrayList<>();
    /** True from the US departure from Europe until its returning contingent is back (or the run ends). */
    boolean usAwayFromEurope;
    /** Extra power European allies generate in Europe while US forces are away (their response). */
    double allyResponsePower;
    private MunitionsSufficiency munitions;
    private boolean munitionsResolved;
    private Flank flank;
    private Enablers enablers;
    /** Elements added by force generation, by (actor, type) = {@code actor * TYPES + type}. */
    final double[] generated;
    /** Bumped whenever elements or the allies' response change: side powers are cached against it. */
    private long version;
    private final double[] cachedSidePower = new double[ForcePlan.LOCATIONS * 2];
    private final long[] cachedVersion = new long[ForcePlan.LOCATIONS * 2];

    /** Elements on their way: arrive at {@code arrivalStep} at {@code location}. */
    record Movement(int actor, int type, double elements, int location, int arrivalStep, int origin) {
    }

    Forces(ForcePlan plan, World world) {
        this.plan = plan;
        elements = new double[ForcePlan.LOCATIONS * plan.actors * ForcePlan.TYPES];
        for (int s = 0; s < elements.length; s++) {
            if (plan.oobParameter[s] != null) {
                elements[s] = world.parameter(plan.oobParameter[s]);
            }
        }
        initialElements = elements.clone();
        generated = new double[plan.actors * ForcePlan.TYPES];
        java.util.Arrays.fill(cachedVersion, -1);
        double planningGain = plan.operationalPlanning ? world.parameter(Posture.PLANNING_READINESS_GAIN) : 0;
        int armour = ForceType.ARMOURED_BRIGADE.ordinal();
        for (ForceType t : ForceType.values()) {
            int i = t.ordinal();
            readiness[i] = typeParameter(world, t, READINESS);
            raiseCostUsdMillions[i] = typeParameter(world, t, RAISE_COST);
            keepCostUsdMillionsPerYear[i] = typeParameter(world, t, KEEP_COST);
            transitWeeks[i] = typeParameter(world, t, TRANSIT);
            raiseYears[i] = typeParameter(world, t, RAISE_YEARS);
            allyReadiness[i] = readiness[i] + planningGain * (1 - readiness[i]);
        }
        for (int i = 0; i < ForcePlan.TYPES; i++) {
            weight[i] = raiseCostUsdMillions[i] / raiseCostUsdMillions[armour];
        }
        enablers = Enablers.applies(world) ? new Enablers(world) : null;
        flank = Flank.applies(world) ? new Flank(this, world) : null;
    }

    /** Elements of a type force generation has added to the actor so far. */
    public double generated(int actor, int type) {
        return generated[actor * ForcePlan.TYPES + type];
    }

    private static double typeParameter(World world, ForceType type, String attribute) {
        String id = ForcePlan.TYPE + type.id() + "." + attribute;
        if (!world.hasParameter(id)) {
            throw new IllegalStateException("the configuration has orders of battle but no parameter " + id
                    + " (the snapshot's forces.csv defines it)");
        }
        double v = world.parameter(id);
        if (!(v >= 0) || !Double.isFinite(v) || (attribute.equals(READINESS) && v > 1)
                || (attribute.equals(RAISE_COST) && v <= 0)) {
            throw new IllegalStateException("parameter " + id + " drew an impossible value " + v);
        }
        return v;
    }

    public ForcePlan plan() {
        return plan;
    }

    /** Elements of a type an actor has at a location now. */
    public double elements(int location, int actor, int type) {
        return elements[plan.slot(location, actor, type)];
    }

    /** Elements the actor had there when the run started. */
    public double initialElements(int location, int actor, int type) {
        return initialElements[plan.slot(location, actor, type)];
    }

    /** Combat-power weight of a type: armoured brigade equivalents per element. */
    public double weight(int type) {
        return weight[type];
    }

    public double raiseCostUsdMillions(int type) {
        return raiseCostUsdMillions[type];
    }

    public double raiseYears(int type) {
        return raiseYears[type];
    }

    /** Readiness of one of the actor's elements of this type (share available for combat), 0 to 1. */
    public double readiness(int actor, int type) {
        return plan.europeanAlly[actor] ? allyReadiness[type] : readiness[type];
    }

    /**
     * Power of an actor's elements at a location, armoured brigade equivalents, with munitions
     * sufficiency applied to the fire-dependent types: the actor's fire share in the location's
     * theaters (its worst there), so a shortage on one front does not weaken it on another.
     */
    public double power(World world, int location, int actor) {
        return power(location, actor, elements, readinessOf(actor), locationShare(munitions(world), actor, location));
    }

    /** Whether type {@code t} is fire dependent ({@link ForceType#fireDependent}). */
    static boolean fireDependent(int t) {
        return FIRE_DEPENDENT[t];
    }

    private double[] readinessOf(int actor) {
        return plan.europeanAlly[actor] ? allyReadiness : readiness;
    }

    /**
     * Power from the given element counts and readiness, the fire-dependent types scaled by
     * {@code fireShare} ({@link ForceType#fireDependent}).
     */
    double power(int location, int actor, double[] counts, double[] r, double fireShare) {
        double p = 0;
        int base = plan.slot(location, actor, 0);
        for (int t = 0; t < ForcePlan.TYPES; t++) {
            p += counts[base + t] * weight[t] * r[t] * (FIRE_DEPENDENT[t] ? fireShare : 1);
        }
        return p;
    }

    /** The actor's fire share at a location (the worst of its theaters there; 1 without munitions). */
    double locationShare(World world, int actor, int location) {
        return locationShare(munitions(world), actor, location);
    }

    /** NATO's enablers in Europe, or null when the configuration has no enabler parameters. */
    public Enablers enablers() {
        return enablers;
    }

    /**
     * Each side's power at a location by domain (no allies' surge), munitions applied, in one pass:
     * the non-aligned side into {@code blue}, the aligned side into {@code red}, by
     * {@link ForceType.Domain#ordinal()}.
     */
    public void powerByDomain(World world, int location, double[] blue, double[] red) {
        MunitionsSufficiency munitions = munitions(world);
        java.util.Arrays.fill(blue, 0);
        java.util.Arrays.fill(red, 0);
        for (int a : plan.armedAt[location]) {
            double[] into = plan.aligned[a] ? red : blue;
            double share = locationShare(munitions, a, location);
            double[] r = readinessOf(a);
            int base = plan.slot(location, a, 0);
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                into[DOMAIN[t].ordinal()] += elements[base + t] * weight[t] * r[t] * (FIRE_DEPENDENT[t] ? share : 1);
            }
        }
    }

    static ForceType.Domain domain(int t) {
        return DOMAIN[t];
    }

    /** The time-phased flank balance in Europe, or null when the configuration has no flank parameters. */
    public Flank flank() {
        return flank;
    }

    /**
     * Power of one side at a location: the aligned side ({@code aligned}) or everyone else;
     * restricted to a theater's participants when {@code theater >= 0}. The European allies'
     * response counts on the non-aligned side in Europe.
     */
    public double sidePower(World world, int location, boolean aligned, int theater) {
        MunitionsSufficiency munitions = munitions(world);
        // Without a munitions part the power only changes with the elements: cache it per version.
        int cache = location * 2 + (aligned ? 1 : 0);
        boolean cacheable = munitions == null && theater < 0;
        if (cacheable && cachedVersion[cache] == version) {
            return cachedSidePower[cache];
        }
        double p = 0;
        for (int a : plan.armedAt[location]) {
            if (plan.aligned[a] == aligned && (theater < 0 || plan.participant[theater][a])) {
                double share = theater < 0 ? locationShare(munitions, a, location) : sufficiency(munitions, a, theater);
                p += power(location, a, elements, readinessOf(a), share);
            }
        }
        if (!aligned && location == Location.EUROPE.ordinal()) {
            p += allyResponsePower;
        }
        if (cacheable) {
            cachedSidePower[cache] = p;
            cachedVersion[cache] = version;
        }
        return p;
    }

    /** Marks the elements as changed (every writer calls it). */
    void touch() {
        version++;
    }

    void setAllyResponsePower(double power) {
        if (power != allyResponsePower) {
            allyResponsePower = power;
            version++;
        }
    }

    /**
     * Power of one side's participants in a theater counting only the types marked in
     * {@code types} (no allies' response: this is the force that fights).
     */
    public double sidePower(World world, int location, boolean aligned, int theater, boolean[] types) {
        MunitionsSufficiency munitions = munitions(world);
        double p = 0;
        for (int a : plan.armedAt[location]) {
            if (plan.aligned[a] != aligned || !plan.participant[theater][a]) {
                continue;
            }
            int base = plan.slot(location, a, 0);
            double share = sufficiency(munitions, a, theater);
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                if (types[t]) {
                    p += elements[base + t] * weight[t] * readiness(a, t) * (FIRE_DEPENDENT[t] ? share : 1);
                }
            }
        }
        return p;
    }

    /**
     * Ready elements of one type that one side's participants in a theater have (elements times
     * readiness), by actor into {@code byActor}; returns the total.
     */
    public double readyElements(int location, boolean aligned, int theater, int type, double[] byActor) {
        double total = 0;
        java.util.Arrays.fill(byActor, 0);
        for (int a : plan.armedAt[location]) {
            if (plan.aligned[a] == aligned && plan.participant[theater][a]) {
                byActor[a] = elements[plan.slot(location, a, type)] * readiness(a, type);
                total += byActor[a];
            }
        }
        return total;
    }

    /** Non-aligned over aligned power at a location (NaN when the aligned side has none). */
    public double balanceRatio(World world, int location) {
        double red = sidePower(world, location, true, -1);
        return red > 0 ? sidePower(world, location, false, -1) / red : Double.NaN;
    }

    /**
     * Removes the same share of every element of the marked types of one side's participants in
     * a theater (aggregate attrition spreads losses in proportion to power), and from the US
     * contingents that share the location. Writes the elements lost into {@code lost}
     * by (actor, type) = {@code actor * TYPES + type}.
     */
    public void attrit(int location, boolean aligned, int theater, double share, boolean[] types, double[] lost) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("loss share must lie in [0, 1], got " + share);
        }
        if (share == 0) {
            return;
        }
        version++;
        for (int a : plan.armedAt[location]) {
            if (plan.aligned[a] != aligned || !plan.participant[theater][a]) {
                continue;
            }
            int base = plan.slot(location, a, 0);
            for (int t = 0; t < ForcePlan.TYPES; t++) {
                if (!types[t]) {
                    continue;
                }
                double l = elements[base + t] * share;
                elements[base + t] -= l;
                lost[a * ForcePlan.TYPES + t] += l;
                if (a == plan.usa && location == Location.INDO_PACIFIC.ordinal()) {
                    contingentFromEurope[t] *= 1 - share;
                    contingentFromHomeland[t] *= 1 - share;
                }
            }
        }
    }

    /**
     * Removes {@code count} elements of one type from one actor at a location (at most what it
     * has): a campaign's losses fall on whoever took them, not on the whole side. Adds them to
     * {@code lost} at {@code actor * TYPES + type}; returns the elements removed.
     */
    public double removeElements(int location, int actor, int type, double count, double[] lost) {
        int slot = plan.slot(location, actor, type);
        double l = Math.max(0, Math.min(elements[slot], count));
        if (l == 0) {
            return 0;
        }
        version++;
        double share = l / elements[slot];
        elements[slot] -= l;
        lost[actor * ForcePlan.TYPES + type] += l;
        if (actor == plan.usa && location == Location.INDO_PACIFIC.ordinal()) {
            contingentFromEurope[type] *= 1 - share;
            contingentFromHomeland[type] *= 1 - share;
        }
        return l;
    }

    /**
     * Interceptors left to the actors with a positive entry in {@code firing} (the munitions
     * part's stocks; unlimited without it).
     */
    public double interceptorStockRounds(World world, double[] firing) {
        MunitionsSufficiency m = munitions(world);
        if (m == null) {
            return Double.POSITIVE_INFINITY;
        }
        double stock = 0;
        for (int a : plan.armed) {
            if (firing[a] > 0) {
                stock += Math.max(0, m.interceptorStockRounds(a));
            }
        }
        return stock;
    }

    /** Elements of the actor and type in transit now. */
    public double inTransit(int actor, int type) {
        double n = 0;
        for (Movement m : inTransit) {
            if (m.actor() == actor && m.type() == type) {
                n += m.elements();
            }
        }
        return n;
    }

    /** Whether US forces that left Europe are away or in transit now (the redeployment's dip). */
    public boolean usAwayFromEurope() {
        return usAwayFromEurope;
    }

    /** Elements of each type that left Europe in the last redeployment. */
    public double leftEurope(int type) {
        return leftEurope[type];
    }

    /**
     * The munitions part, looked up once on first use (parts attach in {@code start}, and no
     * power is asked for before every process has started).
     */
    private MunitionsSufficiency munitions(World world) {
        if (!munitionsResolved) {
            munitions = world.hasPart(MunitionsSufficiency.class) ? world.part(MunitionsSufficiency.class) : null;
            munitionsResolved = true;
        }
        return munitions;
    }

    /** The actor's fire share in a theater; 1 without munitions. */
    private static double sufficiency(MunitionsSufficiency munitions, int actor, int theater) {
        if (munitions == null) {
            return 1;
        }
        return Math.max(0, Math.min(1, munitions.fireShare(actor, theater)));
    }

    /** The actor's worst fire share over the theaters fought at the location; 1 where none is. */
    private double locationShare(MunitionsSufficiency munitions, int actor, int location) {
        if (munitions == null) {
            return 1;
        }
        double share = 1;
        for (int th : plan.theatersAt[location]) {
            share = Math.min(share, sufficiency(munitions, actor, th));
        }
        return share;
    }
}
