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
        double[] fillRate = new double[sectors * regions];
        double[] filled = new double[sectors * regions];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = random.nextDouble(0, 1e6);
            fillRate[i] = random.nextDouble() < 0.4 ? random.nextDouble(0.5, 1) : 1;
            filled[i] = random.nextDouble(0.9, 1);
        }
        StepKernels plain = new StepKernels.Plain();
        double[] expectedOrders = new double[sectors * regions];
        double[] actualOrders = new double[sectors * regions];
        plain.orders(share, orders, expectedOrders, sectors, regions, stride, new double[stride]);
        StepKernels.INSTANCE.orders(share, orders, actualOrders, sectors, regions, stride, new double[stride]);
        assertArrayEquals(expectedOrders, actualOrders, 0.0);
        double[] expectedFilled = filled.clone();
        double[] actualFilled = filled.clone();
        plain.ration(share, fillRate, expectedFilled, sectors, regions, stride, new double[stride]);
        StepKernels.INSTANCE.ration(share, fillRate, actualFilled, sectors, regions, stride, new double[stride]);
        assertArrayEquals(expectedFilled, actualFilled, 0.0);

        // What the products are, summed in the plainest way.
        for (int s = 0; s < sectors; s++) {
            for (int from = 0; from < regions; from++) {
                double o = 0;
                double ration = filled[s * regions + from];
                for (int to = 0; to < regions; to++) {
                    o += share[(s * regions + to) * stride + from] * orders[s * regions + to];
                    ration -= (1 - fillRate[to * sectors + s]) * share[(s * regions + to) * stride + from];
                }
                assertEquals(o, expectedOrders[from * sectors + s], 1e-12 * Math.abs(o));
                assertEquals(ration, expectedFilled[s * regions + from], 1e-12);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"11, 495, 1", "35, 1575, 2", "3, 7, 3", "11, 8, 4"})
    void stockLimitAndSpreadEqualPlainOnesAndTheirDefinitions(int sectors, int nodes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] production = new double[nodes];
        double[] allows = new double[sectors * nodes];
        for (int j = 0; j < nodes; j++) {
            production[j] = random.nextDouble(0, 100);
        }
        for (int k = 0; k < allows.length; k++) {
            allows[k] = random.nextDouble() < 0.05 ? Double.POSITIVE_INFINITY : random.nextDouble(50, 150);
        }
        double[] expected = production.clone();
        double[] actual = production.clone();
        new StepKernels.Plain().limitByStocks(expected, allows, sectors, nodes);
        StepKernels.INSTANCE.limitByStocks(actual, allows, sectors, nodes);
        assertArrayEquals(expected, actual, 0.0);
        for (int j = 0; j < nodes; j++) {
            double min = production[j];
            for (int s = 0; s < sectors; s++) {
                min = Math.min(min, allows[s * nodes + j]);
            }
            assertEquals(min, expected[j], 0.0);
        }
        double[] perBlock = new double[nodes / sectors + 3];
        for (int q = 0; q < perBlock.length; q++) {
            perBlock[q] = random.nextDouble();
        }
        double[] spreadPlain = new double[perBlock.length * sectors];
        double[] spreadVector = new double[perBlock.length * sectors];
        new StepKernels.Plain().spread(perBlock, 1 / 52.0, spreadPlain, sectors);
        StepKernels.INSTANCE.spread(perBlock, 1 / 52.0, spreadVector, sectors);
        assertArrayEquals(spreadPlain, spreadVector, 0.0);
        for (int k = 0; k < spreadPlain.length; k++) {
            assertEquals(perBlock[k / sectors] * (1 / 52.0), spreadPlain[k], 0.0);
        }
    }
}
