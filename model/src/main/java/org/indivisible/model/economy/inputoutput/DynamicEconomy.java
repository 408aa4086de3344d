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

    private static final StepKernels KERNELS = StepKernels.INSTANCE;

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
    /** 1 / target stock (0 where the target is 0), by stock. */
    private final double[] inverseTarget;
    private final double[] ordersPlaced;
    private final double[] finalOrders;
    private final double[] regionOrders;
    // Node values are kept sector-major (index l * stride + r, DynamicStructure.outputBySector).
    private double[] ordersReceived;
    /** Last week's orders received, kept to measure the weekly change (swapped with {@link #ordersReceived}). */
    private double[] lastOrdersReceived;
    private double[] production;
    /** Production of the last computed week, by node (swapped with {@link #production}). */
    private double[] lastProduction;
    private final double[] fillRate;
    private final double[] filled;
    /** Output each node's stocks allow (min over products of stock x 52 / a_sj), from the last stock pass, index l * stride + r. */
    private final double[] allows;
    /** What the target stocks allow (the rest state's {@link #allows}). */
    private final double[] restAllows;
    // The stock pass works in the sector-major layout (DynamicStructure.stocks): these carry its
    // per-node and per-region values across.
    /** This week's capacity factors, sector-major. */
    private final double[] capacityBySector;
    /** The filled shares, index s * stride + r. */
    private final double[] filledPadded;
    /** Each region's industries' new orders, index s * stride + r. */
    private final double[] industryOrders;
    private final double[] regionValueAdded;
    /** Scratch for the kernels: two padded rows, and the rationed suppliers. */
    private final double[] scratch;
    private final int[] suppliers;

    // Supply shares, in the kernels' padded layouts: the base's (shared, read-only) until a
    // trade shock, then this run's own.
    /** Effective shares, index (s * regions + from) * stride + to (the rationing's rows). */
    private double[] share;
    /** The same transposed, index (s * regions + to) * stride + from (the orders' rows). */
    private double[] shareByDestination;
    /** Sum over suppliers of the effective shares, index s * regions + to. */
    private double[] keptShare;
    /** The shares (and their sums) last week's orders went out with, when they differ from {@link #share}. */
    private double[] previousShare;
    private double[] previousKeptShare;
    private boolean previousDiffers;
    /** This run's own share arrays, allocated at its first trade shock: two generations of each. */
    private double[][] ownShare;
    private double[][] ownKept;
    private double[] ownByDestination;
    private int tradeVersionSeen = Integer.MIN_VALUE;

    private boolean atRest = true;
    private final Balance balance;
    /** Sum of all stocks, kept from the flows (the balance invariant sums the stocks independently). */
    private double inventoryTotal;
    /** The shocks of the last computed week, to tell a week under unchanged shocks. */
    private final double[] lastCapacity;
    private final double[] lastDemand;
    private final double[] lastInvestment;
    private int lastTradeVersion = Integer.MIN_VALUE;
    /** Whether the last computed week changed nothing by more than the settle tolerance. */
    private boolean settled;
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
        inventory = new double[base.stocks];
        balance = new Balance(inventory);
        inventoryTarget = new double[base.stocks];
        inverseTarget = new double[base.stocks];
        int stride = base.stride;
        restAllows = new double[sectors * stride];
        Arrays.fill(restAllows, Double.POSITIVE_INFINITY);
        for (int s = 0; s < sectors; s++) {
            for (int l = 0; l < sectors; l++) {
                for (int r = 0; r < stride; r++) {
                    int k = (s * sectors + l) * stride + r;
                    int n = l * stride + r;
                    inventoryTarget[k] = inventoryWeeks / 52.0 * base.stockCoefficient[k] * base.outputBySector[n];
                    inverseTarget[k] = inventoryTarget[k] > 0 ? 1 / inventoryTarget[k] : 0;
                    if (base.stockCoefficient[k] > 0) {
                        restAllows[n] = Math.min(restAllows[n], inventoryTarget[k] * base.stockLimit[k]);
                    }
                }
            }
        }
        ordersPlaced = new double[base.stocks];
        finalOrders = new double[sectors * regions];
        regionOrders = new double[sectors * regions];
        int units = sectors * base.stride;
        ordersReceived = new double[units];
        lastOrdersReceived = new double[units];
        production = new double[units];
        lastProduction = new double[units];
        fillRate = new double[units];
        filled = new double[sectors * regions];
        allows = new double[sectors * base.stride];
        capacityBySector = new double[units];
        filledPadded = new double[sectors * base.stride];
        industryOrders = new double[sectors * base.stride];
        regionValueAdded = new double[regions];
        scratch = new double[2 * base.stride];
        suppliers = new int[regions];
        lastCapacity = new double[nodes];
        lastDemand = new double[regions];
        lastInvestment = new double[regions];
        keptStocks = new double[base.stocks];
        toRest();
    }

    private void toRest() {
        System.arraycopy(inventoryTarget, 0, inventory, 0, inventory.length);
        System.arraycopy(restAllows, 0, allows, 0, allows.length);
        System.arraycopy(base.restOrders, 0, ordersPlaced, 0, ordersPlaced.length);
        System.arraycopy(base.finalDemand, 0, finalOrders, 0, finalOrders.length);
        System.arraycopy(base.restRegionOrders, 0, regionOrders, 0, regionOrders.length);
        System.arraycopy(base.outputBySector, 0, ordersReceived, 0, ordersReceived.length);
        System.arraycopy(base.outputBySector, 0, production, 0, production.length);
        System.arraycopy(base.outputBySector, 0, lastProduction, 0, lastProduction.length);
        System.arraycopy(base.regionValueAdded, 0, regionValueAdded, 0, regions);
        Arrays.fill(fillRate, 1);
        Arrays.fill(filled, 1);
        share = base.supplyShareRows;
        shareByDestination = base.supplyShareByDestination;
        keptShare = base.keptShare;
        previousDiffers = false;
        inventoryTotal = 0;
        for (double stock : inventory) {
            inventoryTotal += stock;
        }
        settled = false;
        stocksKept = false;
        lastTradeVersion = Integer.MIN_VALUE;
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
        // Whether the shocks are last computed week's: only then can the model be at a fixed point.
        boolean unchanged = shocks.tradeVersion() == lastTradeVersion && Arrays.equals(shocks.capacity, lastCapacity)
                && Arrays.equals(shocks.demand, lastDemand) && Arrays.equals(shocks.investment, lastInvestment);
        if (settled && unchanged) {
            // A fixed point under the same shocks: next week is this week again.
            skippedWeeks++;
            balance.stationary(inventoryTotal);
            return;
        }
        settled = false;
        if (!unchanged) {
            stocksKept = false;
            System.arraycopy(shocks.capacity, 0, lastCapacity, 0, nodes);
            System.arraycopy(shocks.demand, 0, lastDemand, 0, regions);
            System.arraycopy(shocks.investment, 0, lastInvestment, 0, regions);
            lastTradeVersion = shocks.tradeVersion();
        }
        if (shocks.tradeVersion() != tradeVersionSeen) {
            if (shocks.tradeNeutral()) {
                baseShares();
            } else {
                updateShares(shocks);
            }
            tradeVersionSeen = shocks.tradeVersion();
        }
        computedWeeks++;
        double[] swap = lastProduction;
        lastProduction = production;
        production = swap;
        double step = 1 / 52.0; // one week, in years
        int stride = base.stride;
        double[] x = base.outputBySector;
        double[] capacity = capacityBySector;
        for (int r = 0; r < regions; r++) {
            for (int l = 0; l < sectors; l++) {
                capacity[l * stride + r] = shocks.capacity[r * sectors + l];
            }
        }
        // 1. production: capacity, last week's orders, and what the input stocks allow
        for (int n = 0; n < production.length; n++) {
            production[n] = Math.min(Math.min(x[n] * capacity[n], ordersReceived[n]), allows[n]);
        }
        double producedTotal = 0;
        double usedAnnual = 0;
        double capacityExcess = 0;
        double[] inputShare = base.inputShareBySector;
        for (int n = 0; n < production.length; n++) {
            double y = Math.max(0, production[n]);
            production[n] = y;
            producedTotal += y;
            usedAnnual += inputShare[n] * y;
            capacityExcess = Math.max(capacityExcess, y - x[n] * capacity[n]);
            fillRate[n] = ordersReceived[n] > 0 ? y / ordersReceived[n] : 1;
        }
        // 2. the share of its last orders each region receives, by product (proportional rationing)
        // filled = sum_from rho E = kept - sum over rationed suppliers of (1 - rho) E: only the few
        // suppliers that could not fill their orders are visited.
        System.arraycopy(previousDiffers ? previousKeptShare : keptShare, 0, filled, 0, filled.length);
        KERNELS.ration(previousDiffers ? previousShare : share, fillRate, filled, sectors, regions, base.stride, scratch,
                suppliers);
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
                // (i - 1) is 0 without an investment shock: the orders are then f d exactly
                finalOrders[row + r] = base.finalDemand[row + r] * shocks.demand[r]
                        * (1 + base.investmentShare[row + r] * (shocks.investment[r] - 1));
                regionOrders[row + r] = finalOrders[row + r];
            }
        }
        // 3. every stock: inputs used, deliveries into stocks, new orders (use + refill of the
        // gap), what the new stocks allow next week; then each region's orders
        for (int s = 0; s < sectors; s++) {
            System.arraycopy(filled, s * regions, filledPadded, s * stride, regions);
        }
        KERNELS.stocks(base.stockCoefficient, production, filledPadded, step, inventory, ordersPlaced,
                inventoryWeeks / 52.0, base.outputBySector, 52.0 / refillWeeks, base.stockLimit, allows,
                industryOrders, sectors, stride);
        for (int s = 0; s < sectors; s++) {
            for (int r = 0; r < regions; r++) {
                regionOrders[s * regions + r] += industryOrders[s * stride + r];
            }
        }
        // 4. orders to suppliers by the effective shares
        swap = lastOrdersReceived;
        lastOrdersReceived = ordersReceived;
        ordersReceived = swap;
        KERNELS.orders(shareByDestination, regionOrders, ordersReceived, sectors, regions, base.stride, scratch);
        previousDiffers = false;
        // value added
        double[] vaShare = base.valueAddedShareBySector;
        for (int r = 0; r < regions; r++) {
            double va = 0;
            for (int l = 0; l < sectors; l++) {
                va += vaShare[l * stride + r] * production[l * stride + r];
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
        if (unchanged && !alwaysCompute && settleTolerance > 0) {
            settle();
        }
    }

    /**
     * Under the same shocks as last week: whether every output and order moved by less than the
     * settle tolerance this week and no stock since the last such week (relative to its base or
     * target); if so the model is at its fixed point until the shocks change.
     */
    private void settle() {
        double[] inverseOutput = base.inverseOutputBySector;
        double change = 0;
        for (int j = 0; j < production.length; j++) {
            change = Math.max(change, Math.max(Math.abs(production[j] - lastProduction[j]),
                    Math.abs(ordersReceived[j] - lastOrdersReceived[j])) * inverseOutput[j]);
        }
        if (!(change < settleTolerance)) {
            stocksKept = false;
        } else if (stocksUnchanged()) {
            settled = true;
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

    private boolean nearBase() {
        double[] x = base.outputBySector;
        for (int j = 0; j < production.length; j++) {
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

    /** Back to the base shares (every flow open), keeping the shares last week's orders went out with. */
    private void baseShares() {
        if (share == base.supplyShareRows) {
            return;
        }
        if (!previousDiffers) {
            previousShare = share;
            previousKeptShare = keptShare;
            previousDiffers = true;
        }
        share = base.supplyShareRows;
        shareByDestination = base.supplyShareByDestination;
        keptShare = base.keptShare;
    }

    /**
     * Recomputes the effective shares from the trade factors into this run's own arrays, keeping the
     * shares last week's orders went out with for this week's rationing.
     */
    private void updateShares(Shocks shocks) {
        if (ownShare == null) {
            int length = sectors * regions * base.stride;
            ownShare = new double[][] {new double[length], new double[length]};
            // two generations of kept shares, and a scratch row for the substitution's scale
            ownKept = new double[][] {new double[sectors * regions], new double[sectors * regions],
                new double[sectors * regions]};
            ownByDestination = new double[length];
        }
        if (!previousDiffers) {
            previousShare = share;
            previousKeptShare = keptShare;
            previousDiffers = true;
        }
        double[] t = base.supplyShare;
        double[] open = shocks.tradeOpen();
        // Into whichever own generation is not holding the shares last week's orders went out with.
        int g = previousShare == ownShare[0] ? 1 : 0;
        double[] rows = ownShare[g];
        double[] kept = ownKept[g];
        double[] byDestination = ownByDestination;
        double[] scale = ownKept[2];
        int stride = base.stride;
        // Two passes row by row (contiguous): the open shares and what each destination keeps
        // (summed over suppliers in order); then the substitution's scale on the open suppliers,
        // laid out in the kernels' padded rows, and the kept shares summed again after it.
        Arrays.fill(scale, 0);
        for (int s = 0; s < sectors; s++) {
            for (int from = 0; from < regions; from++) {
                int row = (s * regions + from) * regions;
                for (int to = 0; to < regions; to++) {
                    scale[s * regions + to] += t[row + to] * open[row + to];
                }
            }
        }
        for (int q = 0; q < scale.length; q++) {
            double keptBefore = scale[q];
            double blocked = 1 - keptBefore;
            scale[q] = keptBefore > 0 && blocked > 0 ? 1 + substitution * blocked / keptBefore : 1;
        }
        Arrays.fill(kept, 0);
        for (int s = 0; s < sectors; s++) {
            for (int from = 0; from < regions; from++) {
                int row = (s * regions + from) * regions;
                int padded = (s * regions + from) * stride;
                for (int to = 0; to < regions; to++) {
                    double v = t[row + to] * open[row + to] * scale[s * regions + to];
                    rows[padded + to] = v;
                    byDestination[(s * regions + to) * stride + from] = v;
                    kept[s * regions + to] += v;
                }
            }
        }
        share = rows;
        keptShare = kept;
        shareByDestination = byDestination;
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
        return production[node % sectors * base.stride + node / sectors];
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
