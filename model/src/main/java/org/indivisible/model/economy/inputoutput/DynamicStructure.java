package org.indivisible.model.economy.inputoutput;

/**
 * What every replication of the dynamic model shares, worked out once from a table: base
 * output, value-added shares, product-level input coefficients, base final demand, and the
 * base supply shares of each product into each destination region. Immutable and thread safe.
 *
 * <p>Units: flows are annual rates in the table's unit (millions of US$ per year); one step is
 * a week, 1/52 of a year.
 *
 * <p>Regional sourcing: every user in region r (industries and final users) buys product s from
 * the supplying regions in the same proportions, the region's base-year import mix for s
 * (the proportionality assumption of Miller and Blair 2009, section 3.4.1, applied by
 * destination region). Output per node and value added per region at rest equal the table
 * exactly; only the split of one region's purchases among its own users is averaged.
 */
public final class DynamicStructure {

    final int regions;
    final int sectors;
    final int nodes;
    /** Base gross output x (annual), by node: the table's row sums, so the base balances exactly. */
    final double[] output;
    /** Value added over output, by node. */
    final double[] valueAddedShare;
    /** Base value added by region (annual). */
    final double[] regionValueAdded;
    /** Product-level input coefficient, index s * nodes + j: inputs of product s (any origin) per unit of j's output. */
    final double[] inputCoefficient;
    /** Base final demand of region r for product s (any origin), index s * regions + r. */
    final double[] finalDemand;
    /** Share of {@link #finalDemand} that is investment (gross fixed capital formation), same index. */
    final double[] investmentShare;
    /** Base supply share of region `from` in region `to`'s purchases of s, index (s * regions + from) * regions + to. */
    final double[] supplyShare;
    /** Whether sector s's goods travel by sea (sea-lane channels act on these only). */
    final boolean[] seaborne;

    // Derived once here, shared read-only by every run of every replication (the weekly step's constants).
    /**
     * Number of stocks in the stock layout: index (s * sectors + l) * stride + r for the stock of
     * product s held by node r * sectors + l (sector l of region r), padded to {@link #stride}
     * regions. A row of regions then shares the product's filled share and adds up to each
     * region's orders lanewise: no per-region spreading or gathering.
     */
    final int stocks;
    /** a_sj in the stock layout (0 in the padding). */
    final double[] stockCoefficient;
    /** 52 / a_sj where a_sj > 0, else 0, in the stock layout: a stock in weeks of use to the annual output it allows. */
    final double[] stockLimit;
    /** The orders of the base year, a_sj x_j, in the stock layout (every run's rest state). */
    final double[] restOrders;
    /** The base year's orders of each product by region, final and industries', index s * regions + r. */
    final double[] restRegionOrders;
    // The weekly step keeps nodes sector-major, index l * stride + r for sector l of region r
    // (padding past the regions: 0), so that its node loops run over whole rows.
    /** Base output x, sector-major. */
    final double[] outputBySector;
    /** Value added over output, sector-major. */
    final double[] valueAddedShareBySector;
    /** Sum over products of a_sj, sector-major. */
    final double[] inputShareBySector;
    /** 1 / x (0 where x = 0), sector-major. */
    final double[] inverseOutputBySector;
    /** Row length of the padded share layouts ({@link StepKernels#stride}). */
    final int stride;
    /** {@link #supplyShare} padded, index (s * regions + from) * stride + to (the rationing's rows). */
    final double[] supplyShareRows;
    /** {@link #supplyShare} transposed and padded, index (s * regions + to) * stride + from (the orders' rows). */
    final double[] supplyShareByDestination;
    /** Sum over suppliers of the supply shares of each product and destination (1, or 0 where nothing is bought), index s * regions + to. */
    final double[] keptShare;

    /**
     * @param table a productive table
     * @param seaborne by sector: whether its trade moves by sea (goods) or not (services)
     */
    public DynamicStructure(IoTable table, boolean[] seaborne) {
        this(table, seaborne, new double[table.sectors().size() * table.regions().size()]);
    }

    /**
     * @param table a productive table
     * @param seaborne by sector: whether its trade moves by sea (goods) or not (services)
     * @param investmentShare share of region r's final demand for product s that is investment, index
     *     s * regions + r (all 0: no split)
     */
    public DynamicStructure(IoTable table, boolean[] seaborne, double[] investmentShare) {
        regions = table.regions().size();
        sectors = table.sectors().size();
        nodes = table.nodes();
        if (seaborne.length != sectors) {
            throw new IllegalArgumentException("seaborne flags for " + seaborne.length + " sectors, table has " + sectors);
        }
        this.seaborne = seaborne.clone();
        if (investmentShare.length != sectors * regions) {
            throw new IllegalArgumentException("investment shares for " + investmentShare.length + " cells, table has "
                    + sectors + " products x " + regions + " regions");
        }
        this.investmentShare = investmentShare.clone();
        double[] flow = new double[sectors * regions * regions];
        output = new double[nodes];
        double[] inputs = new double[sectors * nodes];
        finalDemand = new double[sectors * regions];
        for (int i = 0; i < nodes; i++) {
            int from = i / sectors;
            int s = i % sectors;
            for (int j = 0; j < nodes; j++) {
                double z = table.intermediate(i, j);
                output[i] += z;
                inputs[s * nodes + j] += z;
                flow[(s * regions + from) * regions + j / sectors] += z;
            }
            for (int r = 0; r < regions; r++) {
                // Negative final demand (stock drawdowns) is left out here: the loader clears it.
                double f = Math.max(0, table.finalDemand(i, r));
                output[i] += f;
                finalDemand[s * regions + r] += f;
                flow[(s * regions + from) * regions + r] += f;
            }
        }
        inputCoefficient = new double[sectors * nodes];
        valueAddedShare = new double[nodes];
        regionValueAdded = new double[regions];
        for (int j = 0; j < nodes; j++) {
            double used = 0;
            for (int s = 0; s < sectors; s++) {
                double c = output[j] > 0 ? inputs[s * nodes + j] / output[j] : 0;
                inputCoefficient[s * nodes + j] = c;
                used += c;
            }
            valueAddedShare[j] = output[j] > 0 ? 1 - used : 0;
            if (valueAddedShare[j] < 0) {
                throw new IllegalArgumentException("table is not productive at " + table.label(j));
            }
            regionValueAdded[j / sectors] += valueAddedShare[j] * output[j];
        }
        supplyShare = new double[sectors * regions * regions];
        for (int s = 0; s < sectors; s++) {
            for (int to = 0; to < regions; to++) {
                double total = 0;
                for (int from = 0; from < regions; from++) {
                    total += flow[(s * regions + from) * regions + to];
                }
                for (int from = 0; from < regions; from++) {
                    int k = (s * regions + from) * regions + to;
                    supplyShare[k] = total > 0 ? flow[k] / total : 0;
                }
            }
        }
        stride = StepKernels.stride(regions);
        stocks = sectors * sectors * stride;
        stockCoefficient = new double[stocks];
        stockLimit = new double[stocks];
        restOrders = new double[stocks];
        outputBySector = new double[sectors * stride];
        valueAddedShareBySector = new double[sectors * stride];
        inputShareBySector = new double[sectors * stride];
        inverseOutputBySector = new double[sectors * stride];
        for (int r = 0; r < regions; r++) {
            for (int l = 0; l < sectors; l++) {
                int j = r * sectors + l;
                int n = l * stride + r;
                outputBySector[n] = output[j];
                valueAddedShareBySector[n] = valueAddedShare[j];
                inverseOutputBySector[n] = output[j] > 0 ? 1 / output[j] : 0;
                for (int s = 0; s < sectors; s++) {
                    int k = (s * sectors + l) * stride + r;
                    double a = inputCoefficient[s * nodes + j];
                    inputShareBySector[n] += a;
                    stockCoefficient[k] = a;
                    stockLimit[k] = a > 0 ? 52.0 / a : 0;
                    restOrders[k] = a * output[j];
                }
            }
        }
        restRegionOrders = restRegionOrders(finalDemand, restOrders, sectors, regions, stride);
        supplyShareRows = new double[sectors * regions * stride];
        supplyShareByDestination = new double[sectors * regions * stride];
        keptShare = new double[sectors * regions];
        layOut(supplyShare, supplyShareRows, supplyShareByDestination, keptShare, sectors, regions, stride);
    }

    private static double[] restRegionOrders(double[] finalDemand, double[] restOrders, int sectors, int regions,
                                             int stride) {
        double[] orders = new double[sectors * regions];
        for (int s = 0; s < sectors; s++) {
            for (int r = 0; r < regions; r++) {
                double sum = finalDemand[s * regions + r];
                for (int l = 0; l < sectors; l++) {
                    sum += restOrders[(s * sectors + l) * stride + r];
                }
                orders[s * regions + r] = sum;
            }
        }
        return orders;
    }


    /**
     * Lays shares indexed (s * regions + from) * regions + to out in the kernels' padded rows (by
     * supplier and by destination) and sums them over suppliers (index s * regions + to).
     */
    static void layOut(double[] share, double[] rows, double[] byDestination, double[] kept, int sectors, int regions,
                       int stride) {
        java.util.Arrays.fill(kept, 0);
        for (int s = 0; s < sectors; s++) {
            for (int from = 0; from < regions; from++) {
                int k = (s * regions + from) * regions;
                for (int to = 0; to < regions; to++) {
                    kept[s * regions + to] += share[k + to];
                    rows[(s * regions + from) * stride + to] = share[k + to];
                    byDestination[(s * regions + to) * stride + from] = share[k + to];
                }
            }
        }
    }

    public int regions() {
        return regions;
    }

    public int sectors() {
        return sectors;
    }

    /** Base value added of a region, per year (table unit). */
    public double regionValueAdded(int region) {
        return regionValueAdded[region];
    }

    /** Whether sector s's trade moves by sea. */
    public boolean seaborne(int sector) {
        return seaborne[sector];
    }

    /** Base gross output of a node, per year. */
    public double output(int node) {
        return output[node];
    }
}
