package org.indivisible.model.posture;

import org.indivisible.model.engine.World;

/**
 * The enablers NATO's air power in Europe depends on (docs/forces-and-combat.md section 4e):
 * airborne ISR and command and control, air-to-air refuelling, strategic airlift, and suppression
 * of enemy air defences with electronic attack. Europe has few of them and the United States most
 * (Libya 2011: the US flew 80% of ISR and refuelling and nearly all SEAD; NATO is "wholly
 * dependent" on it for SEAD). They are counted as aircraft, not as elements:
 * <pre>
 *   available_k = Europe's count + US count x share the US sends to Europe x what the Pacific
 *                 and a US withdrawal leave of it
 *   coverage_k  = min(1, available_k / required_k),   required_k = available_k at the start
 * </pre>
 * NATO's air types in Europe (fighters, bombers, air defence) count at
 * {@code prod over isr_c2, tanker, sead_ew of coverage_k ^ weight_k}: an air force without
 * its ISR, tankers and SEAD cannot use its aircraft as its plans assume. Airlift coverage scales
 * what US reinforcements bring within 10 and 30 days (what comes by air first).
 */
public final class Enablers {

    /** The enabler capabilities, in parameter ids ({@code enablers.europe.<id>}). */
    public static final String[] IDS = {"isr_c2", "tanker", "airlift", "sead_ew"};
    public static final int AIRLIFT = 2;

    public static final String EUROPE = "enablers.europe.";
    public static final String US = "enablers.us.";
    public static final String US_SHARE = "enablers.usShareToEurope.";
    public static final String PACIFIC_CLAIM = "enablers.pacificClaim.";
    public static final String WEIGHT = "enablers.weight.";
    public static final String UNIT_COST = "enablers.unitCostUsdMillions.";
    public static final String KEEP_SHARE = "enablers.keepShareOfUnitCostPerYear";
    public static final String MAX_PER_YEAR = "enablers.maxPerYear.";

    final double[] europe = new double[IDS.length];
    final double[] us = new double[IDS.length];
    final double[] usShare = new double[IDS.length];
    final double[] pacificClaim = new double[IDS.length];
    final double[] weight = new double[IDS.length];
    final double[] unitCost = new double[IDS.length];
    final double[] maxPerYear = new double[IDS.length];
    final double keepShare;
    private final double[] coverage = new double[IDS.length];
    private double airMultiplier = 1;
    /** The inputs coverage was last worked out for (it is 1 everywhere for no war and a full US share). */
    private boolean lastPacificWar;
    private double lastUsKept = 1;

    static boolean applies(World world) {
        return world.hasParameter(EUROPE + IDS[0]);
    }

    Enablers(World world) {
        for (int k = 0; k < IDS.length; k++) {
            europe[k] = world.parameter(EUROPE + IDS[k], 0, Double.MAX_VALUE);
            us[k] = world.parameter(US + IDS[k], 0, Double.MAX_VALUE);
            usShare[k] = world.parameter(US_SHARE + IDS[k], 0, 1);
            pacificClaim[k] = world.parameter(PACIFIC_CLAIM + IDS[k], 0, 1);
            // Airlift works through the reinforcements' arrival, not as a factor on air power.
            weight[k] = k == AIRLIFT ? 0 : world.parameter(WEIGHT + IDS[k], 0, Double.MAX_VALUE);
            unitCost[k] = world.parameter(UNIT_COST + IDS[k], 0, Double.MAX_VALUE);
            maxPerYear[k] = world.parameter(MAX_PER_YEAR + IDS[k], 0, Double.MAX_VALUE);
            coverage[k] = 1;
        }
        keepShare = world.parameter(KEEP_SHARE, 0, Double.MAX_VALUE);
    }

    /**
     * Works out coverage from the share of US enablers still meant for Europe: 1 today, less
     * while a Pacific war claims them ({@code pacificWar}) and as a US withdrawal goes on
     * ({@code usKept}, 1 without one).
     */
    void update(boolean pacificWar, double usKept) {
        if (pacificWar == lastPacificWar && usKept == lastUsKept) {
            return;
        }
        lastPacificWar = pacificWar;
        lastUsKept = usKept;
        double m = 1;
        for (int k = 0; k < IDS.length; k++) {
            double required = europe[k] + us[k] * usShare[k];
            double fromUs = us[k] * usShare[k] * usKept * (pacificWar ? 1 - pacificClaim[k] : 1);
            coverage[k] = required > 0 ? Math.min(1, (europe[k] + fromUs) / required) : 1;
            if (k != AIRLIFT) {
                m *= Math.pow(coverage[k], weight[k]);
            }
        }
        airMultiplier = m;
    }

    /** Coverage (0..1) of capability {@code k} now. */
    public double coverage(int k) {
        return coverage[k];
    }

    /** The factor on NATO's air types in Europe now. */
    public double airMultiplier() {
        return airMultiplier;
    }

    /** US aircraft of capability {@code k} NATO's plans count on for Europe today. */
    public double usForEurope(int k) {
        return us[k] * usShare[k];
    }
}
