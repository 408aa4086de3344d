package org.indivisible.model.economy.inputoutput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vector kernels give bit for bit what the plain ones give (so a run does not depend on the
 * JVM's flags), and the plain ones are the products they claim to be, summed independently here.
 */
class StepKernelsTest {

    @ParameterizedTest
    @CsvSource({"11, 45, 1", "3, 5, 2", "35, 45, 3", "2, 9, 4", "4, 16, 5"})
    void vectorKernelsEqualPlainOnesBitForBit(int sectors, int regions, long seed) {
        assertTrue(StepKernels.INSTANCE instanceof VectorStepKernels,
                "tests run with --add-modules=jdk.incubator.vector (pom.xml); kernels: " + StepKernels.description());
        int stride = StepKernels.stride(regions);
        SplittableRandom random = new SplittableRandom(seed);
        double[] share = new double[sectors * regions * stride];
        for (int row = 0; row < sectors * regions; row++) {
            for (int i = 0; i < regions; i++) {
                share[row * stride + i] = random.nextDouble() < 0.15 ? 0 : random.nextDouble() / regions;
            }
        }
        double[] orders = new double[sectors * regions];
        double[] fillRate = new double[sectors * stride];
        double[] filled = new double[sectors * regions];
        java.util.Arrays.fill(fillRate, 1);
        for (int i = 0; i < orders.length; i++) {
            orders[i] = random.nextDouble(0, 1e6);
            filled[i] = random.nextDouble(0.9, 1);
            // fill rates sector-major (s * stride + supplier), 1 in the padding
            fillRate[i / regions * stride + i % regions] = random.nextDouble() < 0.4 ? random.nextDouble(0.5, 1) : 1;
        }
        StepKernels plain = new StepKernels.Plain();
        double[] expectedOrders = new double[sectors * stride];
        double[] actualOrders = new double[sectors * stride];
        plain.orders(share, orders, expectedOrders, sectors, regions, stride, new double[stride]);
        StepKernels.INSTANCE.orders(share, orders, actualOrders, sectors, regions, stride, new double[stride]);
        assertArrayEquals(expectedOrders, actualOrders, 0.0);
        double[] expectedFilled = filled.clone();
        double[] actualFilled = filled.clone();
        plain.ration(share, fillRate, expectedFilled, sectors, regions, stride, new double[2 * stride],
                new int[regions]);
        StepKernels.INSTANCE.ration(share, fillRate, actualFilled, sectors, regions, stride, new double[2 * stride],
                new int[regions]);
        assertArrayEquals(expectedFilled, actualFilled, 0.0);

        // What the products are, summed in the plainest way.
        for (int s = 0; s < sectors; s++) {
            for (int from = 0; from < regions; from++) {
                double o = 0;
                double ration = filled[s * regions + from];
                for (int to = 0; to < regions; to++) {
                    o += share[(s * regions + to) * stride + from] * orders[s * regions + to];
                    ration -= (1 - fillRate[s * stride + to]) * share[(s * regions + to) * stride + from];
                }
                assertEquals(o, expectedOrders[s * stride + from], 1e-12 * Math.abs(o));
                assertEquals(ration, expectedFilled[s * regions + from], 1e-12);
            }
            for (int pad = regions; pad < stride; pad++) {
                assertEquals(0.0, expectedOrders[s * stride + pad], "no orders to padding");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"11, 45, 1", "35, 45, 2", "3, 3, 3", "11, 1, 4", "2, 9, 5"})
    void stockPassEqualsThePlainOneAndItsDefinition(int sectors, int regions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int stride = StepKernels.stride(regions);
        int stocks = sectors * sectors * stride;
        double[] production = new double[sectors * stride];
        double[] output = new double[sectors * stride];
        double[] filled = new double[sectors * stride];
        double[] inventory = new double[stocks];
        double[] limit = new double[stocks];
        double[] a = new double[stocks];
        double[] orders = new double[stocks];
        for (int l = 0; l < sectors; l++) {
            for (int r = 0; r < regions; r++) {
                production[l * stride + r] = random.nextDouble(0, 100);
                // some outputs (so targets) far below the stocks, so that the order max(0, .) is 0
                output[l * stride + r] = random.nextDouble() < 0.2 ? 0 : random.nextDouble(0, 200);
                filled[l * stride + r] = random.nextDouble(0.5, 1);
                for (int s = 0; s < sectors; s++) {
                    int k = (s * sectors + l) * stride + r;
                    boolean used = random.nextDouble() > 0.05;
                    a[k] = used ? random.nextDouble(0, 0.2) : 0;
                    inventory[k] = used ? random.nextDouble(0, 3) : 0;
                    limit[k] = used ? 52 / a[k] : 0;
                    orders[k] = used ? random.nextDouble(0, 10) : 0;
                }
            }
        }
        StepKernels plain = new StepKernels.Plain();
        double step = 1 / 52.0;
        double[] inventoryPlain = inventory.clone();
        double[] ordersPlain = orders.clone();
        double[] allowsPlain = new double[sectors * stride];
        double[] totalsPlain = new double[sectors * stride];
        double[] inventoryVector = inventory.clone();
        double[] ordersVector = orders.clone();
        double[] allowsVector = new double[sectors * stride];
        double[] totalsVector = new double[sectors * stride];
        plain.stocks(a, production, filled, step, inventoryPlain, ordersPlain, 9 / 52.0, output, 13, limit,
                allowsPlain, totalsPlain, sectors, stride);
        StepKernels.INSTANCE.stocks(a, production, filled, step, inventoryVector, ordersVector, 9 / 52.0, output, 13, limit,
                allowsVector, totalsVector, sectors, stride);
        for (int k = 0; k < stocks; k++) {
            // bit for bit, zeros' signs included
            assertEquals(Double.doubleToRawLongBits(inventoryPlain[k]), Double.doubleToRawLongBits(inventoryVector[k]), "stock " + k);
            assertEquals(Double.doubleToRawLongBits(ordersPlain[k]), Double.doubleToRawLongBits(ordersVector[k]), "order " + k);
        }
        assertArrayEquals(allowsPlain, allowsVector, 0.0);
        assertArrayEquals(totalsPlain, totalsVector, 0.0);
        // the definitions, written out by region, sector and product
        for (int r = 0; r < regions; r++) {
            for (int s = 0; s < sectors; s++) {
                double industry = 0;
                for (int l = 0; l < sectors; l++) {
                    int k = (s * sectors + l) * stride + r;
                    int n = l * stride + r;
                    double use = a[k] * production[n];
                    double stock = inventory[k] - use / 52 + filled[s * stride + r] / 52 * orders[k];
                    assertEquals(stock, inventoryPlain[k], 1e-12);
                    double order = Math.max(0, use + (9 / 52.0 * a[k] * output[n] - stock) * 13);
                    assertEquals(order, ordersPlain[k], 1e-9);
                    industry += order;
                }
                assertEquals(industry, totalsPlain[s * stride + r], 1e-9);
            }
            for (int l = 0; l < sectors; l++) {
                double least = Double.POSITIVE_INFINITY;
                for (int s = 0; s < sectors; s++) {
                    int k = (s * sectors + l) * stride + r;
                    if (a[k] > 0) {
                        least = Math.min(least, inventoryPlain[k] * 52 / a[k]);
                    }
                }
                assertEquals(least, allowsPlain[l * stride + r], 1e-12 * Math.abs(least));
            }
        }
        for (int n = regions; n < stride; n++) {
            assertEquals(Double.POSITIVE_INFINITY, allowsPlain[n], "padding allows anything");
        }
    }
}
