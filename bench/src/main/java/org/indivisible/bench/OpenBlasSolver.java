package org.indivisible.bench;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;
import org.indivisible.model.economy.inputoutput.LinearSolver;

/**
 * {@link LinearSolver} on OpenBLAS's LAPACK (dgetrf/dgetrs through JavaCPP), kept out of the
 * model so that the core needs no native code. Multithreaded OpenBLAS crashes the JVM when the
 * calling thread's stack is under 8 MiB: call it with -Xss16m (the benchmarks do) or one thread
 * ({@link #threads}). Factorisations hold native memory until garbage collected.
 */
public final class OpenBlasSolver implements LinearSolver {

    /**
     * A row-major matrix read as column-major is its transpose: factorising that with LAPACK's
     * native column-major layout avoids the transposed copy LAPACKE makes for row-major input;
     * solves then use the transposed operation.
     */
    private static final int COL_MAJOR = openblas.LAPACK_COL_MAJOR;

    /** Sets OpenBLAS's thread count for the whole process. */
    public static void threads(int count) {
        openblas.blas_set_num_threads(count);
    }

    @Override
    public Factorization factor(int n, double[] rowMajor) {
        DoublePointer a = new DoublePointer(rowMajor);
        IntPointer pivot = new IntPointer(n);
        int info = openblas.LAPACKE_dgetrf(COL_MAJOR, n, n, a, n, pivot);
        if (info != 0) {
            throw new IllegalArgumentException("dgetrf: matrix is singular or invalid (info " + info + ")");
        }
        return new Lu(n, a, pivot);
    }

    /** One LU factorisation (dgetrf) and one solve (dgetrs), what numpy.linalg.solve does with dgesv. */
    public static double[] solveOnce(int n, double[] rowMajor, double[] b) {
        DoublePointer a = new DoublePointer(rowMajor);
        IntPointer pivot = new IntPointer(n);
        DoublePointer x = new DoublePointer(b);
        int info = openblas.LAPACKE_dgetrf(COL_MAJOR, n, n, a, n, pivot);
        if (info == 0) {
            info = openblas.LAPACKE_dgetrs(COL_MAJOR, (byte) 'T', n, 1, a, n, pivot, x, n);
        }
        if (info != 0) {
            throw new IllegalArgumentException("dgetrf/dgetrs failed (info " + info + ")");
        }
        double[] out = new double[n];
        x.get(out);
        a.close();
        pivot.close();
        x.close();
        return out;
    }

    private record Lu(int order, DoublePointer lu, IntPointer pivot) implements Factorization {

        @Override
        public double[] solve(double[] b) {
            return solve(b, (byte) 'T');
        }

        @Override
        public double[] solveTransposed(double[] b) {
            return solve(b, (byte) 'N');
        }

        private double[] solve(double[] b, byte trans) {
            DoublePointer x = new DoublePointer(b);
            int info = openblas.LAPACKE_dgetrs(COL_MAJOR, trans, order, 1, lu, order, pivot, x, order);
            if (info != 0) {
                throw new IllegalArgumentException("dgetrs failed (info " + info + ")");
            }
            double[] out = new double[order];
            x.get(out);
            x.close();
            return out;
        }
    }
}
