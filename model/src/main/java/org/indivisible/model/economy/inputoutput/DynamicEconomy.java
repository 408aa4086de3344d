package org.indivisible.model.economy.inputoutput;

import java.util.Arrays;

/**
 * The weekly supply-constrained input-output model of one replication, in the spirit of ARIO
 * (Hallegatte 2008; Guan et al. 2020 for the order and rationing rules). Each week:
 * <ol>
 *   <li>every node produces y = min(capacity, orders received last week, what its input
 *       inventories allow), capacity being base output times the shocks' capacity factor;</li>
 *   <li>it uses inputs a_sj y / 52 from its inventories;</li>
 *   <li>it delivers y to the regions that ordered from it, in proportion to their orders
 *       (proportional rationing): a region's users receive the same filled share of what they
 *       ordered, industries into their inventories, final users as consumption;</li>
 *   <li>industries order inputs for their current production plus a refill of the inventory
 *       gap over {@code refillWeeks}; final users order base final demand times the demand
 *       factor; each region sends its orders to supplying regions by the effective supply
 *       shares.</li>
 * </ol>
 * Effective supply shares are the base shares times the open share of each flow; the blocked
 * share is redirected to the still open suppliers of the same product in proportion
 * {@code substitution} (0: lost, 1: fully redirected), pro rata to their base shares.
 * Capacity recovery is the shock channels' business (they raise the capacity factor back).
 *
 * <p>With neutral shocks the state is the base year exactly, every week; the model then skips
 * the arithmetic ({@link #step} returns at once) unless built with {@code alwaysCompute}. Under
 * shocks that stay exactly the same, once every output, order and stock moved by less than the
 * settle tolerance in two successive weeks, the model is taken to be at its fixed point and is
 * not computed until a shock changes (an approximation; 0 turns it off).
 * Mutable, one instance per replication and run; not thread safe.
 */
public final class DynamicEconomy {

    /** Relative distance to the base under which a model with neutral shocks snaps back to it. */
    static final double REST_TOLERANCE = 1e-8;

    /**
     * Default largest relative change of any output, order or stock in a week under which the
     * model counts as settled: while the shocks stay the same it is then not computed again
     * (docs/economy.md section 8 gives the error this makes).
     */
    public static final double SETTLE_TOLERANCE = 1e-10;

    private final DynamicStructure base;
    private final double inventoryWeeks;
    private final double refillWeeks;
    private final double substitution;
    private final boolean alwaysCompute;
    private final double settleTolerance;

    private final int nodes;
    private final int regions;
    private final int sectors;
    private final double[] inventory;
    private final double[] inventoryTarget;
    private final double[] ordersPlaced;
    private final double[] finalOrders;
    private final double[] regionOrders;
    private final double[] ordersReceived;
    private final double[] production;
    private final double[] fillRate;
    private final double[] filled;
    private final double[] regionValueAdded;
    private double[] effectiveShare;
    /** effectiveShare transposed per product, index (s * regions + to) * regions + from (for axpy loops). */
    private final double[] effectiveShareByDestination;
    private final double[] supplierOrders;
    /** Sum over suppliers of the effective shares of each product and destination, index s * regions + to. */
    private final double[] keptShare;
    private final double[] previousKeptShare;
    /** Region of each node. */
    private final int[] regionOf;
    /** 52 / a_sj where a_sj > 0, else 0 (no limit): weeks of use to annual rate. */
    private final double[] annualPerStock;
    /** The shares last week's orders went out with, when they differ from {@link #effectiveShare}. */
    private double[] previousShare;
    private boolean previousDiffers;
    private int tradeVersionSeen = Integer.MIN_VALUE;
    private boolean atRest = true;
    private final Balance balance;
    /** Sum over products of a_sj, by node: inputs used per unit of output. */
    private final double[] inputShare;
    /** 1 / x_j (0 where x_j = 0), by node. */
    private final double[] inverseOutput;
    /** 1 / target stock (0 where the target is 0), by stock. */
    private final double[] inverseTarget;
    /** Production of the last computed week, by node. */
    private final double[] lastProduction;
    /** Sum of all stocks, kept from the flows (the balance invariant sums the stocks independently). */
    private double inventoryTotal;
    /** Whether the last computed week changed nothing by more than the settle tolerance. */
    private boolean settled;
    private final double[] settledCapacity;
    private final double[] settledDemand;
    /** Stocks of the last computed week whose outputs and orders were within the settle tolerance. */
    private final double[] keptStocks;
    private boolean stocksKept;
    private int computedWeeks;
    private int skippedWeeks;

    /**
     * @param inventoryWeeks target input inventories, in weeks of base use (> 0)
     * @param refillWeeks weeks over which an inventory gap is ordered back (>= 1)
     * @param substitution share of blocked purchases redirected to other suppliers, in [0, 1]
     * @param alwaysCompute compute every week even at rest (tests of the rest state)
     */
    public DynamicEconomy(DynamicStructure base, double inventoryWeeks, double refillWeeks, double substitution,
                          boolean alwaysCompute) {
        this(base, inventoryWeeks, refillWeeks, substitution, alwaysCompute, SETTLE_TOLERANCE);
    }

    /**
     * @param settleTolerance largest relative weekly change of every output, order and stock under
     *     which the model, while its shocks stay the same, is taken to be at a fixed point and not
     *     computed again; 0 computes every week (the exact model)
     */
    public DynamicEconomy(DynamicStructure base, double inventoryWeeks, double refillWeeks, double substitution,
                          boolean alwaysCompute, double settleTolerance) {
        if (!(settleTolerance >= 0 && settleTolerance < 1e-3)) {
            throw new IllegalArgumentException("settleTolerance must be in [0, 1e-3); got " + settleTolerance);
        }
        this.settleTolerance = settleTolerance;
        if (!(inventoryWeeks > 0) || !(refillWeeks >= 1) || !(substitution >= 0 && substitution <= 1)) {
            throw new IllegalArgumentException("inventoryWeeks must be > 0, refillWeeks >= 1, substitution in [0, 1]; got "
                    + inventoryWeeks + ", " + refillWeeks + ", " + substitution);
        }
        this.base = base;
        this.inventoryWeeks = inventoryWeeks;
        this.refillWeeks = refillWeeks;
        this.substitution = substitution;
        this.alwaysCompute = alwaysCompute;
        nodes = base.nodes;
        regions = base.regions;
        sectors = base.sectors;
        inventory = new double[sectors * nodes];
        balance = new Balance(inventory);
        inventoryTarget = new double[sectors * nodes];
        for (int k = 0; k < sectors * nodes; k++) {
            inventoryTarget[k] = inventoryWeeks / 52.0 * base.inputCoefficient[k] * base.output[k % nodes];
        }
        ordersPlaced = new double[sectors * nodes];
        finalOrders = new double[sectors * regions];
        regionOrders = new double[sectors * regions];
        ordersReceived = new double[nodes];
        production = new double[nodes];
        fillRate = new double[nodes];
        filled = new double[sectors * regions];
        regionValueAdded = new double[regions];
        effectiveShare = base.supplyShare.clone();
        previousShare = base.supplyShare.clone();
        effectiveShareByDestination = new double[effectiveShare.length];
        supplierOrders = new double[regions];
        keptShare = new double[sectors * regions];
        previousKeptShare = new double[sectors * regions];
        regionOf = new int[nodes];
        for (int j = 0; j < nodes; j++) {
            regionOf[j] = j / sectors;
        }
        annualPerStock = new double[sectors * nodes];
        inverseTarget = new double[sectors * nodes];
        for (int k = 0; k < annualPerStock.length; k++) {
            annualPerStock[k] = base.inputCoefficient[k] > 0 ? 52.0 / base.inputCoefficient[k] : 0;
            inverseTarget[k] = inventoryTarget[k] > 0 ? 1 / inventoryTarget[k] : 0;
        }
        inputShare = new double[nodes];
        inverseOutput = new double[nodes];
        for (int j = 0; j < nodes; j++) {
            for (int s = 0; s < sectors; s++) {
                inputShare[j] += base.inputCoefficient[s * nodes + j];
            }
            inverseOutput[j] = base.output[j] > 0 ? 1 / base.output[j] : 0;
        }
        lastProduction = base.output.clone();
        settledCapacity = new double[nodes];
        settledDemand = new double[regions];
        keptStocks = new double[sectors * nodes];
        toRest();
    }

    private void toRest() {
        System.arraycopy(inventoryTarget, 0, inventory, 0, inventory.length);
        for (int k = 0; k < sectors * nodes; k++) {
            ordersPlaced[k] = base.inputCoefficient[k] * base.output[k % nodes];
        }
        System.arraycopy(base.finalDemand, 0, finalOrders, 0, finalOrders.length);
        for (int s = 0; s < sectors; s++) {
            for (int r = 0; r < regions; r++) {
                regionOrders[s * regions + r] = finalOrders[s * regions + r];
            }
            for (int j = 0; j < nodes; j++) {
                regionOrders[s * regions + j / sectors] += ordersPlaced[s * nodes + j];
            }
        }
        System.arraycopy(base.output, 0, ordersReceived, 0, nodes);
        System.arraycopy(base.output, 0, production, 0, nodes);
        System.arraycopy(base.regionValueAdded, 0, regionValueAdded, 0, regions);
        Arrays.fill(fillRate, 1);
        Arrays.fill(filled, 1);
        System.arraycopy(base.supplyShare, 0, effectiveShare, 0, effectiveShare.length);
        transposeShares();
        previousDiffers = false;
        System.arraycopy(base.output, 0, lastProduction, 0, nodes);
        inventoryTotal = 0;
        for (double stock : inventory) {
            inventoryTotal += stock;
        }
        settled = false;
        stocksKept = false;
        balance.atRest(base);
        atRest = true;
    }

    /**
     * Advances one week under the given shocks.
     *
     * @param shocks this week's factors
     * @param neutral whether every factor is 1 (the caller knows it cheaply)
     */
    public void step(Shocks shocks, boolean neutral) {
        if (neutral && atRest && !alwaysCompute) {
            return;
        }
        atRest = false;
        if (settled && shocks.tradeVersion() == tradeVersionSeen && sameFactors(shocks)) {
            // A fixed point under the same shocks: next week is this week again.
            skippedWeeks++;
            balance.stationary(inventoryTotal);
            return;
        }
        settled = false;
        if (shocks.tradeVersion() != tradeVersionSeen) {
            stocksKept = false;
            updateShares(shocks);
            tradeVersionSeen = shocks.tradeVersion();
        }
        computedWeeks++;
        double step = 1 / 52.0; // one week, in years
        double[] a = base.inputCoefficient;
        double[] x = base.output;
        double[] capacity = shocks.capacity;
        double producedTotal = 0;
        double capacityExcess = 0;
        double usedAnnual = 0;
        double change = 0;
        // 1. production: capacity, last week's orders, and what the input stocks allow
        for (int j = 0; j < nodes; j++) {
            production[j] = Math.min(x[j] * capacity[j], ordersReceived[j]);
        }
        for (int s = 0; s < sectors; s++) {
            int row = s * nodes;
            for (int j = 0; j < nodes; j++) {
                double limit = annualPerStock[row + j];
                if (limit > 0) {
                    production[j] = Math.min(production[j], inventory[row + j] * limit);
                }
            }
        }
        for (int j = 0; j < nodes; j++) {
            double cap = x[j] * capacity[j];
            double y = Math.max(0, production[j]);
            change = Math.max(change, Math.abs(y - lastProduction[j]) * inverseOutput[j]);
            lastProduction[j] = y;
            production[j] = y;
            producedTotal += y;
            usedAnnual += inputShare[j] * y;
            capacityExcess = Math.max(capacityExcess, y - cap);
            fillRate[j] = ordersReceived[j] > 0 ? y / ordersReceived[j] : 1;
        }
        // 2. the share of its last orders each region receives, by product (proportional rationing)
        // filled = sum_from rho E = kept - sum over rationed suppliers of (1 - rho) E: only the few
        // suppliers that could not fill their orders are visited.
        double[] e = previousDiffers ? previousShare : effectiveShare;
        System.arraycopy(previousDiffers ? previousKeptShare : keptShare, 0, filled, 0, filled.length);
        for (int from = 0; from < regions; from++) {
            for (int s = 0; s < sectors; s++) {
                double shortfall = 1 - fillRate[from * sectors + s];
                if (shortfall == 0) {
                    continue;
                }
                int row = s * regions;
                int k = (row + from) * regions;
                for (int to = 0; to < regions; to++) {
                    filled[row + to] -= shortfall * e[k + to];
                }
            }
        }
        // what the filled shares deliver (to final users, and into stocks: the region's
        // industries ordered its last total orders less its final orders), then this week's final orders
        double deliveredToFinal = 0;
        double deliveredToInventories = 0;
        for (int s = 0; s < sectors; s++) {
            int row = s * regions;
            for (int r = 0; r < regions; r++) {
                double f = filled[row + r];
                deliveredToFinal += f * finalOrders[row + r] * step;
                deliveredToInventories += f * (regionOrders[row + r] - finalOrders[row + r]) * step;
                finalOrders[row + r] = base.finalDemand[row + r] * shocks.demand[r];
                regionOrders[row + r] = finalOrders[row + r];
            }
        }
        // 3. in one pass: inputs used, deliveries into stocks, new orders (use + refill of the gap)
        double refillRate = 52.0 / refillWeeks;
        for (int s = 0; s < sectors; s++) {
            int row = s * nodes;
            int regionRow = s * regions;
            for (int r = 0; r < regions; r++) {
                double fill = filled[regionRow + r] * step;
                double regionTotal = 0;
                int first = r * sectors;
                for (int j = first; j < first + sectors; j++) {
                    int k = row + j;
                    double ay = a[k] * production[j];
                    double stock = inventory[k] - ay * step + fill * ordersPlaced[k];
                    inventory[k] = stock;
                    double order = Math.max(0, ay + (inventoryTarget[k] - stock) * refillRate);
                    ordersPlaced[k] = order;
                    regionTotal += order;
                }
                regionOrders[regionRow + r] += regionTotal;
            }
        }
        // 4. orders to suppliers by the effective shares
        double[] shareT = effectiveShareByDestination;
        double[] o = supplierOrders;
        for (int s = 0; s < sectors; s++) {
            int row = s * regions;
            Arrays.fill(o, 0);
            for (int to = 0; to < regions; to++) {
                double d = regionOrders[row + to];
                int k = (row + to) * regions;
                for (int from = 0; from < regions; from++) {
                    o[from] += d * shareT[k + from];
                }
            }
            for (int from = 0; from < regions; from++) {
                int j = from * sectors + s;
                change = Math.max(change, Math.abs(o[from] - ordersReceived[j]) * inverseOutput[j]);
                ordersReceived[j] = o[from];
            }
        }
        previousDiffers = false;
        // value added
        double[] vaShare = base.valueAddedShare;
        for (int r = 0; r < regions; r++) {
            double va = 0;
            for (int j = r * sectors; j < (r + 1) * sectors; j++) {
                va += vaShare[j] * production[j];
            }
            regionValueAdded[r] = va;
        }
        double inventoryBefore = inventoryTotal;
        inventoryTotal += deliveredToInventories - usedAnnual * step;
        balance.record(producedTotal * step, deliveredToInventories + deliveredToFinal, usedAnnual * step, inventoryBefore,
                deliveredToInventories, capacityExcess);
        if (neutral && !alwaysCompute && nearBase()) {
            toRest();
            return;
        }
        if (!(change < settleTolerance)) {
            stocksKept = false;
        } else if (!alwaysCompute && stocksUnchanged()) {
            settled = true;
            System.arraycopy(capacity, 0, settledCapacity, 0, capacity.length);
            System.arraycopy(shocks.demand, 0, settledDemand, 0, settledDemand.length);
        }
    }

    /**
     * Whether no stock moved by more than the settle tolerance (relative to its target) since the
     * last week whose outputs and orders were already within it; keeps this week's stocks to
     * compare with next week otherwise. Runs only in weeks that are close to a fixed point.
     */
    private boolean stocksUnchanged() {
        boolean unchanged = stocksKept;
        if (unchanged) {
            for (int k = 0; k < inventory.length; k++) {
                if (Math.abs(inventory[k] - keptStocks[k]) * inverseTarget[k] >= settleTolerance) {
                    unchanged = false;
                    break;
                }
            }
        }
        if (!unchanged) {
            System.arraycopy(inventory, 0, keptStocks, 0, inventory.length);
            stocksKept = true;
        }
        return unchanged;
    }

    /** Whether this week's capacity and demand factors are those the model settled under. */
    private boolean sameFactors(Shocks shocks) {
        if (Arrays.equals(shocks.capacity, settledCapacity) && Arrays.equals(shocks.demand, settledDemand)) {
            return true;
        }
        settled = false;
        return false;
    }

    private boolean nearBase() {
        double[] x = base.output;
        for (int j = 0; j < nodes; j++) {
            if (x[j] > 0 && (Math.abs(production[j] - x[j]) >= REST_TOLERANCE * x[j]
                    || Math.abs(ordersReceived[j] - x[j]) >= REST_TOLERANCE * x[j])) {
                return false;
            }
        }
        return inventoryNearTarget();
    }

    private boolean inventoryNearTarget() {
        for (int k = 0; k < inventory.length; k++) {
            if (Math.abs(inventory[k] - inventoryTarget[k]) > REST_TOLERANCE * (inventoryTarget[k] + 1e-300)) {
                return false;
            }
        }
        return true;
    }

    private void updateShares(Shocks shocks) {
        if (!previousDiffers) {
            double[] swap = previousShare;
            previousShare = effectiveShare;
            effectiveShare = swap;
            System.arraycopy(keptShare, 0, previousKeptShare, 0, keptShare.length);
            previousDiffers = true;
        }
        double[] t = base.supplyShare;
        double[] open = shocks.tradeOpen;
        double[] e = effectiveShare;
        for (int s = 0; s < sectors; s++) {
            for (int to = 0; to < regions; to++) {
                double kept = 0;
                for (int from = 0; from < regions; from++) {
                    int k = (s * regions + from) * regions + to;
                    e[k] = t[k] * open[k];
                    kept += e[k];
                }
                double blocked = 1 - kept;
                double scale = kept > 0 && blocked > 0 ? 1 + substitution * blocked / kept : 1;
                if (scale != 1) {
                    for (int from = 0; from < regions; from++) {
                        e[(s * regions + from) * regions + to] *= scale;
                    }
                }
            }
        }
        transposeShares();
    }

    private void transposeShares() {
        double[] e = effectiveShare;
        Arrays.fill(keptShare, 0);
        for (int s = 0; s < sectors; s++) {
            for (int from = 0; from < regions; from++) {
                for (int to = 0; to < regions; to++) {
                    keptShare[s * regions + to] += e[(s * regions + from) * regions + to];
                }
            }
        }
        for (int s = 0; s < sectors; s++) {
            for (int from = 0; from < regions; from++) {
                for (int to = 0; to < regions; to++) {
                    effectiveShareByDestination[(s * regions + to) * regions + from] = e[(s * regions + from) * regions + to];
                }
            }
        }
    }

    /** Value added of a region this week, annualised (table unit per year). */
    public double regionValueAdded(int region) {
        return regionValueAdded[region];
    }

    /** Value added of a region this week over its base. */
    public double valueAddedRatio(int region) {
        double b = base.regionValueAdded[region];
        return b > 0 ? regionValueAdded[region] / b : 1;
    }

    /** Gross output of a node this week, annualised. */
    public double production(int node) {
        return production[node];
    }

    public boolean atRest() {
        return atRest;
    }

    /** Weeks computed so far (not at rest, not settled). */
    public int computedWeeks() {
        return computedWeeks;
    }

    /** Weeks skipped so far because the model had settled under the same shocks. */
    public int skippedWeeks() {
        return skippedWeeks;
    }

    public double inventoryWeeks() {
        return inventoryWeeks;
    }

    public double substitution() {
        return substitution;
    }

    /** The flows of the last computed week, for the balance invariant. */
    public Balance balance() {
        return balance;
    }

    /**
     * The week's totals that must balance (all in table unit, weekly amounts): production is
     * all delivered, inventories change by deliveries in minus inputs used, none negative, no
     * node beyond its capacity. Mutable view, rewritten each computed week.
     */
    public static final class Balance {
        private double produced;
        private double delivered;
        private double inputsUsed;
        private double inventoryBefore;
        private final double[] stocks;
        private boolean computed;
        private double deliveredToInventories;
        private double capacityExcess;

        Balance(double[] stocks) {
            this.stocks = stocks;
        }

        void atRest(DynamicStructure base) {
            computed = false;
            produced = 0;
            for (double x : base.output) {
                produced += x / 52.0;
            }
            delivered = produced;
            inputsUsed = deliveredToInventories = inventoryBefore = 0;
            capacityExcess = 0;
        }

        void record(double produced, double delivered, double inputsUsed, double inventoryBefore,
                    double deliveredToInventories, double capacityExcess) {
            this.computed = true;
            this.produced = produced;
            this.delivered = delivered;
            this.inputsUsed = inputsUsed;
            this.inventoryBefore = inventoryBefore;
            this.deliveredToInventories = deliveredToInventories;
            this.capacityExcess = capacityExcess;
        }

        /** A skipped (settled) week: the same production and deliveries, stocks unchanged. */
        void stationary(double inventoryTotal) {
            this.inventoryBefore = inventoryTotal;
            this.deliveredToInventories = inputsUsed;
        }

        /** What is out of balance, empty when the week balances (relative tolerance 1e-9). */
        public java.util.List<String> violations() {
            java.util.List<String> out = new java.util.ArrayList<>();
            double tol = 1e-9 * Math.max(1, produced);
            if (Math.abs(delivered - produced) > tol) {
                out.add("economy: delivered " + delivered + " but produced " + produced + " (output from nothing)");
            }
            double stockTol = 1e-9 * Math.max(1, inventoryBefore);
            // The stocks summed now, independently of the sums the step kept while changing them.
            double inventoryAfter = 0;
            double minInventory = Double.POSITIVE_INFINITY;
            for (double v : stocks) {
                inventoryAfter += v;
                minInventory = Math.min(minInventory, v);
            }
            if (computed && Math.abs(inventoryAfter - inventoryBefore - deliveredToInventories + inputsUsed) > stockTol) {
                out.add("economy: inventories changed by " + (inventoryAfter - inventoryBefore) + " but deliveries "
                        + deliveredToInventories + " minus use " + inputsUsed + " differ");
            }
            if (minInventory < -stockTol) {
                out.add("economy: an inventory is negative (" + minInventory + ")");
            }
            if (capacityExcess > tol) {
                out.add("economy: a node produced " + capacityExcess + " above its capacity");
            }
            return out;
        }

        public double produced() {
            return produced;
        }

        public double delivered() {
            return delivered;
        }
    }
}
