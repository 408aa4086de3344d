package org.indivisible.model.economy.inputoutput;

/**
 * The loops of the weekly step that the JIT does not vectorise well by itself: the two dense
 * products, one 45 x 45 product per sector group and week (the orders each supplier receives,
 * o = E d, and under rationing the share of its orders each region receives,
 * phi = kept - E' shortfall), and the stock pass (every stock's use, deliveries and new order,
 * the output the stocks allow next week, the regions' order totals). They have a SIMD
 * implementation on the JDK's Vector API ({@code jdk.incubator.vector}, used when the JVM runs
 * with {@code --add-modules jdk.incubator.vector}, as the launcher, tests and benchmarks do) and
 * a plain Java one otherwise (about 2.4x slower, docs/economy.md section 8.5).
 *
 * <p>Both give bit-identical results: every element is computed with the same operations in
 * the same order, with separate multiplications and additions (no fused multiply-add), so a run
 * does not depend on which one ran (the stock limit may differ in the sign of a zero, which the
 * step's max(0, y) removes). {@code -Dindivisible.vector=false} forces the plain one.
 *
 * <p>Layouts are padded: a row of {@code stride} doubles per (sector, region) in the shares, per
 * sector in node values, per (product, sector) in stocks, zeros past {@code regions}, so that
 * lane groups never cross rows.
 */
public abstract class StepKernels {

    /** The kernels this JVM uses. */
    static final StepKernels INSTANCE = choose();

    /** Row length of the padded share layouts: regions rounded up to a multiple of 8 doubles. */
    static int stride(int regions) {
        return (regions + 7) / 8 * 8;
    }

    /** "vector (N doubles a lane group)" or "plain Java": which implementation this JVM runs. */
    public static String description() {
        return INSTANCE.name();
    }

    abstract String name();

    /**
     * Orders received by every supplier: for each sector s and supplying region f,
     * {@code ordersReceived[s * stride + f] = sum over to of byDestination[(s * regions + to) * stride + f]
     * x regionOrders[s * regions + to]}, summed over destinations in order, four at a time as
     * ((d0 e0 + d1 e1) + d2 e2) + d3 e3; the padding (f past the regions) gets 0.
     *
     * @param scratch at least {@code stride} doubles
     */
    abstract void orders(double[] byDestination, double[] regionOrders, double[] ordersReceived, int sectors, int regions,
                         int stride, double[] scratch);

    /**
     * Proportional rationing: for each sector s, every supplier f that filled less than its orders
     * (shortfall 1 - fillRate[s * stride + f] > 0), in order of f, lowers what each destination
     * receives: {@code filled[s * regions + to] -= shortfall x rows[(s * regions + f) * stride + to]}.
     *
     * @param scratch at least {@code 2 * stride} doubles
     * @param suppliers at least {@code regions} ints (scratch too: the step allocates nothing)
     */
    abstract void ration(double[] rows, double[] fillRate, double[] filled, int sectors, int regions, int stride,
                         double[] scratch, int[] suppliers);

    /**
     * The stock pass, in the stock layout of {@link DynamicStructure#stocks}: for every stock
     * k = (s * sectors + l) * stride + r of product s held by node n = l * stride + r,
     * ay = a[k] y[n]; stock = inventory[k] - ay step + filled[s * stride + r] step ordersPlaced[k];
     * the new order max(0, ay + (targetYears a[k] output[n] - stock) refillRate); for each node the
     * output its new stocks allow next week, allows[n] = min over s in order of stock x limit[k]
     * over the products it uses, a[k] > 0 ({@link Math#min}); and each region's industries' orders
     * of each product, industryOrders[s * stride + r] = sum over l in order of the new orders.
     * Padding stocks (r past the regions) hold zeros and allow any output.
     */
    abstract void stocks(double[] a, double[] y, double[] filled, double step, double[] inventory, double[] ordersPlaced,
                         double targetYears, double[] output, double refillRate, double[] limit, double[] allows,
                         double[] industryOrders, int sectors, int stride);

    private static StepKernels choose() {
        if (!Boolean.parseBoolean(System.getProperty("indivisible.vector", "true"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return new Plain();
        }
        try {
            // Loaded by name: the class links against the incubator module, absent without the flag.
            return (StepKernels) Class.forName(StepKernels.class.getPackageName() + ".VectorStepKernels")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new Plain();
        }
    }

    /** The plain Java kernels (also the reference the vector ones are tested against). */
    static final class Plain extends StepKernels {

        @Override
        String name() {
            return "plain Java";
        }

        @Override
        void orders(double[] byDestination, double[] regionOrders, double[] ordersReceived, int sectors, int regions,
                    int stride, double[] o) {
            for (int s = 0; s < sectors; s++) {
                int row = s * regions;
                java.util.Arrays.fill(o, 0, regions, 0);
                int to = 0;
                for (; to + 3 < regions; to += 4) {
                    double d0 = regionOrders[row + to];
                    double d1 = regionOrders[row + to + 1];
                    double d2 = regionOrders[row + to + 2];
                    double d3 = regionOrders[row + to + 3];
                    int k0 = (row + to) * stride;
                    int k1 = k0 + stride;
                    int k2 = k1 + stride;
                    int k3 = k2 + stride;
                    for (int from = 0; from < regions; from++) {
                        o[from] += d0 * byDestination[k0 + from] + d1 * byDestination[k1 + from]
                                + d2 * byDestination[k2 + from] + d3 * byDestination[k3 + from];
                    }
                }
                for (; to < regions; to++) {
                    double d = regionOrders[row + to];
                    int k = (row + to) * stride;
                    for (int from = 0; from < regions; from++) {
                        o[from] += d * byDestination[k + from];
                    }
                }
                System.arraycopy(o, 0, ordersReceived, s * stride, regions);
            }
        }

        @Override
        void stocks(double[] a, double[] y, double[] filled, double step, double[] inventory, double[] ordersPlaced,
                    double targetYears, double[] output, double refillRate, double[] limit, double[] allows,
                    double[] industryOrders, int sectors, int stride) {
            java.util.Arrays.fill(allows, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(industryOrders, 0);
            for (int s = 0; s < sectors; s++) {
                for (int l = 0; l < sectors; l++) {
                    int row = (s * sectors + l) * stride;
                    for (int r = 0; r < stride; r++) {
                        int k = row + r;
                        int n = l * stride + r;
                        double ay = a[k] * y[n];
                        double stock = inventory[k] - ay * step + filled[s * stride + r] * step * ordersPlaced[k];
                        inventory[k] = stock;
                        double order = Math.max(0, ay + (targetYears * a[k] * output[n] - stock) * refillRate);
                        ordersPlaced[k] = order;
                        if (a[k] > 0) {
                            allows[n] = Math.min(allows[n], stock * limit[k]);
                        }
                        industryOrders[s * stride + r] += order;
                    }
                }
            }
        }

        @Override
        void ration(double[] rows, double[] fillRate, double[] filled, int sectors, int regions, int stride,
                    double[] scratch, int[] suppliers) {
            for (int from = 0; from < regions; from++) {
                for (int s = 0; s < sectors; s++) {
                    double shortfall = 1 - fillRate[s * stride + from];
                    if (shortfall == 0) {
                        continue;
                    }
                    int row = s * regions;
                    int k = (row + from) * stride;
                    for (int to = 0; to < regions; to++) {
                        filled[row + to] -= shortfall * rows[k + to];
                    }
                }
            }
        }
    }
}
