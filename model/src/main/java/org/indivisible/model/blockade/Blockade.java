package org.indivisible.model.blockade;

/**
 * The blockade of Taiwan in one replication, attached by {@link BlockadeProcess}: this week's
 * shipping and shortfalls, the stocks left, and the record the observer reports. Weeks are
 * counted from the blockade's first week (1). Owned by one thread; only the process writes it.
 */
public final class Blockade {

    final boolean operational;
    boolean active;
    int startStep = -1;
    int endStep = -1;
    int weeks;
    BlockadeOutcome outcome;
    double shippingShare = 1;
    double shippingShareSum;
    double powerShortfall;
    double calorieShortfall;
    double outputLoss;
    double powerShortfallMax;
    double outputLossMax;
    final double[] stockDays = new double[BlockadeParameters.CARRIERS.size()];
    final int[] exhaustedWeek = new int[BlockadeParameters.CARRIERS.size()];
    double foodStockDays;
    int foodExhaustedWeek = -1;
    double arrived;
    double turnedBack;
    double sunk;

    Blockade(boolean operational) {
        this.operational = operational;
        java.util.Arrays.fill(exhaustedWeek, -1);
    }

    /** Whether the scenario fights a crisis in the taiwan theater as a blockade (blockade.taiwan.enabled). */
    public boolean operational() {
        return operational;
    }

    /** Whether the blockade is in force this week. */
    public boolean active() {
        return active;
    }

    /** Share of normal Taiwan-bound shipping that arrived this week (1 without a blockade in force). */
    public double shippingShare() {
        return active ? shippingShare : 1;
    }

    /** Share of Taiwan's output lost this week because its energy ran out (0 without a blockade in force). */
    public double outputLoss() {
        return active ? outputLoss : 0;
    }

    /** Share of Taiwan's electricity lost this week. */
    public double powerShortfall() {
        return active ? powerShortfall : 0;
    }

    /** The week (1 = the blockade's first) the carrier's stock ran out, or -1 (order of {@link BlockadeParameters#CARRIERS}). */
    public int exhaustedWeek(int carrier) {
        return exhaustedWeek[carrier];
    }

    /** The week the first energy stock ran out, or -1. */
    public int energyExhaustedWeek() {
        int first = -1;
        for (int w : exhaustedWeek) {
            if (w > 0 && (first < 0 || w < first)) {
                first = w;
            }
        }
        return first;
    }

    /** How it ended; null before it started. */
    public BlockadeOutcome outcome() {
        return outcome;
    }
}
