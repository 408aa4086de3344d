package org.indivisible.bench;

import java.util.concurrent.TimeUnit;
import org.indivisible.data.economy.Wiod;
import org.indivisible.model.economy.inputoutput.DenseLu;
import org.indivisible.model.economy.inputoutput.IoTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Leontief solve x = (I - A)^-1 f on the full WIOD 2011 table (1,435 sectors): one LU
 * factorisation and one solve, pure Java ({@link DenseLu}) and OpenBLAS ({@link OpenBlasSolver},
 * dgesv). bench/scripts/leontief_numpy.py times numpy.linalg.solve on the same matrix; the
 * ratio is in docs/economy.md. {@code threads} is OpenBLAS's thread count (the Java LU is
 * single-threaded).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss16m")
public class LeontiefBenchmark extends ModelBenchmark {

    @Param({"1", "2"})
    public int threads;

    private int n;
    private double[] iMinusA;
    private double[] f;

    @Setup
    public void load() {
        IoTable t = Wiod.load().fullTable();
        n = t.nodes();
        double[] a = t.technicalCoefficients();
        iMinusA = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            iMinusA[i] = -a[i];
        }
        for (int i = 0; i < n; i++) {
            iMinusA[i * n + i] += 1;
        }
        f = t.finalDemandClosingRows();
        OpenBlasSolver.threads(threads);
        // Both must reproduce the table's gross output (the Leontief identity) before being timed.
        double[] x = t.output();
        check("OpenBLAS dgetrf/dgetrs", OpenBlasSolver.solveOnce(n, iMinusA, f), x);
        check("OpenBLAS factor/solve", new OpenBlasSolver().factor(n, iMinusA).solve(f), x);
        check("pure Java LU", new DenseLu().factor(n, iMinusA).solve(f), x);
    }

    private static void check(String what, double[] solved, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(solved[i] - x[i]) > 1e-6 * Math.max(1, x[i])) {
                throw new IllegalStateException(what + " does not reproduce output at node " + i + ": " + solved[i]
                        + " vs " + x[i]);
            }
        }
    }

    @Benchmark
    public double[] openBlas() {
        return OpenBlasSolver.solveOnce(n, iMinusA, f);
    }

    @Benchmark
    public double[] pureJava() {
        return new DenseLu().factor(n, iMinusA).solve(f);
    }
}
