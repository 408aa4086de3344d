package org.indivisible.model.economy.inputoutput;

import java.util.Arrays;

/**
 * What the shock channels impose on the dynamic economy in one week, as multiplicative
 * factors (1 = no shock): productive capacity per node, final demand (all and its investment part) per region, and the
 * share of each supplier-destination flow of each product that can still move. Mutable,
 * owned by one replication; {@link #tradeChanged()} must be called after the trade factors
 * change so that the economy recomputes its supply shares.
 */
public final class Shocks {

    private final int regions;
    private final int sectors;
    /** Capacity left, by node (r * sectors + s), in [0, 1]. */
    public final double[] capacity;
    /** Final demand factor, by region, >= 0. */
    public final double[] demand;
    /**
     * Further factor on the investment part (gross fixed capital formation) of each region's final
     * demand, >= 0: a region's final orders of a product are f d (1 + iota (i - 1)) with iota the
     * product's investment share there.
     */
    public final double[] investment;
    /**
     * Open share of each flow, index (s * regions + from) * regions + to, in [0, 1]; allocated at
     * the first {@link #tradeOpen()} (most channels never touch trade: no 22,000 ones to write
     * for them in every replication).
     */
    private double[] tradeOpen;
    private int tradeVersion;

    public Shocks(int regions, int sectors) {
        this.regions = regions;
        this.sectors = sectors;
        capacity = new double[regions * sectors];
        demand = new double[regions];
        investment = new double[regions];
        reset();
    }

    /** Back to no shock at all. */
    public void reset() {
        Arrays.fill(capacity, 1);
        Arrays.fill(demand, 1);
        Arrays.fill(investment, 1);
        resetTrade();
    }

    public void resetTrade() {
        if (tradeOpen != null) {
            Arrays.fill(tradeOpen, 1);
        }
        tradeVersion++;
    }

    /** The open share of each flow, to read or write (call {@link #tradeChanged()} after writing). */
    public double[] tradeOpen() {
        if (tradeOpen == null) {
            tradeOpen = new double[sectors * regions * regions];
            Arrays.fill(tradeOpen, 1);
        }
        return tradeOpen;
    }

    /** Whether every flow is open (a scan, for the rare weeks the trade factors change). */
    public boolean tradeNeutral() {
        if (tradeOpen == null) {
            return true;
        }
        for (double open : tradeOpen) {
            if (open != 1) {
                return false;
            }
        }
        return true;
    }

    public int regions() {
        return regions;
    }

    public int sectors() {
        return sectors;
    }

    public int tradeIndex(int sector, int from, int to) {
        return (sector * regions + from) * regions + to;
    }

    /** Marks the trade factors as changed. */
    public void tradeChanged() {
        tradeVersion++;
    }

    public int tradeVersion() {
        return tradeVersion;
    }

}
