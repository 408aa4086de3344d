package org.indivisible.model.economy.inputoutput;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StepKernels} on the Vector API: each padded row is cut in lane groups, and a group of
 * outputs stays in a register while the sum over regions runs, in the plain kernels' order. Loaded only when the JVM has {@code jdk.incubator.vector}.
 */
final class VectorStepKernels extends StepKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    VectorStepKernels() {
        if (stride(1) % LANES != 0) {
            throw new IllegalStateException(LANES + " lanes do not divide the padded stride");
        }
    }

    @Override
    String name() {
        return "vector (" + LANES + " doubles a lane group)";
    }

    @Override
    void orders(double[] byDestination, double[] regionOrders, double[] ordersReceived, int sectors, int regions,
                int stride, double[] o) {
        for (int s = 0; s < sectors; s++) {
            int row = s * regions;
            for (int c = 0; c < stride; c += LANES) {
                DoubleVector acc = DoubleVector.zero(SPECIES);
                int to = 0;
                for (; to + 3 < regions; to += 4) {
                    // ((d0 e0 + d1 e1) + d2 e2) + d3 e3, written out: a vector returned from a call the
                    // JIT does not inline is boxed
                    int k = (row + to) * stride + c;
                    acc = acc.add(DoubleVector.fromArray(SPECIES, byDestination, k).mul(regionOrders[row + to])
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k + stride).mul(regionOrders[row + to + 1]))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k + 2 * stride).mul(regionOrders[row + to + 2]))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k + 3 * stride).mul(regionOrders[row + to + 3])));
                }
                for (; to < regions; to++) {
                    acc = acc.add(DoubleVector.fromArray(SPECIES, byDestination, (row + to) * stride + c).mul(regionOrders[row + to]));
                }
                acc.intoArray(ordersReceived, s * stride + c);
            }
        }
    }

    @Override
    void stocks(double[] a, double[] y, double[] filled, double step, double[] inventory, double[] ordersPlaced,
                double targetYears, double[] output, double refillRate, double[] limit, double[] allows,
                double[] industryOrders, int sectors, int stride) {
        java.util.Arrays.fill(allows, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(industryOrders, 0);
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int s = 0; s < sectors; s++) {
            for (int l = 0; l < sectors; l++) {
                int row = (s * sectors + l) * stride;
                for (int r = 0; r < stride; r += LANES) {
                    int k = row + r;
                    int n = l * stride + r;
                    int q = s * stride + r;
                    DoubleVector av = DoubleVector.fromArray(SPECIES, a, k);
                    DoubleVector ay = av.mul(DoubleVector.fromArray(SPECIES, y, n));
                    DoubleVector fill = DoubleVector.fromArray(SPECIES, filled, q).mul(step);
                    DoubleVector stock = DoubleVector.fromArray(SPECIES, inventory, k).sub(ay.mul(step))
                            .add(fill.mul(DoubleVector.fromArray(SPECIES, ordersPlaced, k)));
                    stock.intoArray(inventory, k);
                    DoubleVector target = av.mul(targetYears).mul(DoubleVector.fromArray(SPECIES, output, n));
                    DoubleVector order = ay.add(target.sub(stock).mul(refillRate));
                    // max(0, order) exactly as Math.max(0, x) for numbers: x where x > 0, else +0.0
                    order = zero.blend(order, order.compare(VectorOperators.GT, 0));
                    order.intoArray(ordersPlaced, k);
                    DoubleVector allowed = stock.mul(DoubleVector.fromArray(SPECIES, limit, k));
                    DoubleVector least = DoubleVector.fromArray(SPECIES, allows, n);
                    // min as compare and blend (lanewise MIN on doubles is not intrinsified in JDK
                    // 17), over the products the node uses only
                    least.blend(allowed, least.compare(VectorOperators.GT, allowed).and(av.compare(VectorOperators.GT, 0)))
                            .intoArray(allows, n);
                    DoubleVector.fromArray(SPECIES, industryOrders, q).add(order).intoArray(industryOrders, q);
                }
            }
        }
    }

    @Override
    void ration(double[] rows, double[] fillRate, double[] filled, int sectors, int regions, int stride, double[] row) {
        int[] shortRow = new int[regions];
        double[] shortfalls = new double[regions];
        for (int s = 0; s < sectors; s++) {
            // The suppliers that fell short, in order: the vector loops then run without branches.
            int n = 0;
            for (int from = 0; from < regions; from++) {
                double shortfall = 1 - fillRate[s * stride + from];
                if (shortfall != 0) {
                    shortRow[n] = (s * regions + from) * stride;
                    shortfalls[n++] = shortfall;
                }
            }
            if (n == 0) {
                continue;
            }
            int first = s * regions;
            System.arraycopy(filled, first, row, 0, regions);
            for (int c = 0; c < stride; c += LANES) {
                DoubleVector acc = DoubleVector.fromArray(SPECIES, row, c);
                for (int i = 0; i < n; i++) {
                    acc = acc.sub(DoubleVector.fromArray(SPECIES, rows, shortRow[i] + c).mul(shortfalls[i]));
                }
                acc.intoArray(row, c);
            }
            System.arraycopy(row, 0, filled, first, regions);
        }
    }
}
