package org.indivisible.model.economy.inputoutput;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StepKernels} on the Vector API: each padded row is cut in lane groups; in the products,
 * six groups of outputs stay in registers while the sum over regions runs, each lane in the
 * plain kernels' order. Loaded only when the JVM has {@code jdk.incubator.vector}.
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
            int c = 0;
            // Six lane groups at a time, each summing in its own register while the destinations
            // go by (1.8x faster than one group after the other, measured); the same order per lane.
            for (; c + 6 * LANES <= stride; c += 6 * LANES) {
                DoubleVector a0 = DoubleVector.zero(SPECIES);
                DoubleVector a1 = a0;
                DoubleVector a2 = a0;
                DoubleVector a3 = a0;
                DoubleVector a4 = a0;
                DoubleVector a5 = a0;
                int to = 0;
                for (; to + 3 < regions; to += 4) {
                    int k = (row + to) * stride + c;
                    double d0 = regionOrders[row + to];
                    double d1 = regionOrders[row + to + 1];
                    double d2 = regionOrders[row + to + 2];
                    double d3 = regionOrders[row + to + 3];
                    // ((d0 e0 + d1 e1) + d2 e2) + d3 e3 per group, written out: the JIT boxes vectors
                    // passed through calls it does not inline
                    int k0 = k;
                    a0 = a0.add(DoubleVector.fromArray(SPECIES, byDestination, k0).mul(d0)
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k0 + stride).mul(d1))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k0 + 2 * stride).mul(d2))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k0 + 3 * stride).mul(d3)));
                    int k1 = k + LANES;
                    a1 = a1.add(DoubleVector.fromArray(SPECIES, byDestination, k1).mul(d0)
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k1 + stride).mul(d1))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k1 + 2 * stride).mul(d2))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k1 + 3 * stride).mul(d3)));
                    int k2 = k + 2 * LANES;
                    a2 = a2.add(DoubleVector.fromArray(SPECIES, byDestination, k2).mul(d0)
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k2 + stride).mul(d1))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k2 + 2 * stride).mul(d2))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k2 + 3 * stride).mul(d3)));
                    int k3 = k + 3 * LANES;
                    a3 = a3.add(DoubleVector.fromArray(SPECIES, byDestination, k3).mul(d0)
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k3 + stride).mul(d1))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k3 + 2 * stride).mul(d2))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k3 + 3 * stride).mul(d3)));
                    int k4 = k + 4 * LANES;
                    a4 = a4.add(DoubleVector.fromArray(SPECIES, byDestination, k4).mul(d0)
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k4 + stride).mul(d1))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k4 + 2 * stride).mul(d2))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k4 + 3 * stride).mul(d3)));
                    int k5 = k + 5 * LANES;
                    a5 = a5.add(DoubleVector.fromArray(SPECIES, byDestination, k5).mul(d0)
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k5 + stride).mul(d1))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k5 + 2 * stride).mul(d2))
                            .add(DoubleVector.fromArray(SPECIES, byDestination, k5 + 3 * stride).mul(d3)));
                }
                for (; to < regions; to++) {
                    int k = (row + to) * stride + c;
                    double d = regionOrders[row + to];
                    a0 = a0.add(DoubleVector.fromArray(SPECIES, byDestination, k).mul(d));
                    a1 = a1.add(DoubleVector.fromArray(SPECIES, byDestination, k + LANES).mul(d));
                    a2 = a2.add(DoubleVector.fromArray(SPECIES, byDestination, k + 2 * LANES).mul(d));
                    a3 = a3.add(DoubleVector.fromArray(SPECIES, byDestination, k + 3 * LANES).mul(d));
                    a4 = a4.add(DoubleVector.fromArray(SPECIES, byDestination, k + 4 * LANES).mul(d));
                    a5 = a5.add(DoubleVector.fromArray(SPECIES, byDestination, k + 5 * LANES).mul(d));
                }
                int out = s * stride + c;
                a0.intoArray(ordersReceived, out);
                a1.intoArray(ordersReceived, out + LANES);
                a2.intoArray(ordersReceived, out + 2 * LANES);
                a3.intoArray(ordersReceived, out + 3 * LANES);
                a4.intoArray(ordersReceived, out + 4 * LANES);
                a5.intoArray(ordersReceived, out + 5 * LANES);
            }
            for (; c < stride; c += LANES) {
                DoubleVector acc = DoubleVector.zero(SPECIES);
                int to = 0;
                for (; to + 3 < regions; to += 4) {
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
    void ration(double[] rows, double[] fillRate, double[] filled, int sectors, int regions, int stride,
                double[] scratch, int[] shortRow) {
        // scratch: the destination row being rationed, then the shortfalls
        double[] row = scratch;
        for (int s = 0; s < sectors; s++) {
            // The suppliers that fell short, in order: the vector loops then run without branches.
            int n = 0;
            for (int from = 0; from < regions; from++) {
                double shortfall = 1 - fillRate[s * stride + from];
                if (shortfall != 0) {
                    shortRow[n] = (s * regions + from) * stride;
                    scratch[stride + n++] = shortfall;
                }
            }
            if (n == 0) {
                continue;
            }
            int first = s * regions;
            System.arraycopy(filled, first, row, 0, regions);
            int c = 0;
            // six lane groups in registers at a time, as in orders
            for (; c + 6 * LANES <= stride; c += 6 * LANES) {
                DoubleVector a0 = DoubleVector.fromArray(SPECIES, row, c);
                DoubleVector a1 = DoubleVector.fromArray(SPECIES, row, c + LANES);
                DoubleVector a2 = DoubleVector.fromArray(SPECIES, row, c + 2 * LANES);
                DoubleVector a3 = DoubleVector.fromArray(SPECIES, row, c + 3 * LANES);
                DoubleVector a4 = DoubleVector.fromArray(SPECIES, row, c + 4 * LANES);
                DoubleVector a5 = DoubleVector.fromArray(SPECIES, row, c + 5 * LANES);
                for (int i = 0; i < n; i++) {
                    int k = shortRow[i] + c;
                    double shortfall = scratch[stride + i];
                    a0 = a0.sub(DoubleVector.fromArray(SPECIES, rows, k).mul(shortfall));
                    a1 = a1.sub(DoubleVector.fromArray(SPECIES, rows, k + LANES).mul(shortfall));
                    a2 = a2.sub(DoubleVector.fromArray(SPECIES, rows, k + 2 * LANES).mul(shortfall));
                    a3 = a3.sub(DoubleVector.fromArray(SPECIES, rows, k + 3 * LANES).mul(shortfall));
                    a4 = a4.sub(DoubleVector.fromArray(SPECIES, rows, k + 4 * LANES).mul(shortfall));
                    a5 = a5.sub(DoubleVector.fromArray(SPECIES, rows, k + 5 * LANES).mul(shortfall));
                }
                a0.intoArray(row, c);
                a1.intoArray(row, c + LANES);
                a2.intoArray(row, c + 2 * LANES);
                a3.intoArray(row, c + 3 * LANES);
                a4.intoArray(row, c + 4 * LANES);
                a5.intoArray(row, c + 5 * LANES);
            }
            for (; c < stride; c += LANES) {
                DoubleVector acc = DoubleVector.fromArray(SPECIES, row, c);
                for (int i = 0; i < n; i++) {
                    acc = acc.sub(DoubleVector.fromArray(SPECIES, rows, shortRow[i] + c).mul(scratch[stride + i]));
                }
                acc.intoArray(row, c);
            }
            System.arraycopy(row, 0, filled, first, regions);
        }
    }
}
