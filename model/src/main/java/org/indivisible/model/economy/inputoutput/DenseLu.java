package org.indivisible.model.economy.inputoutput;

/**
 * Pure-Java LU factorisation with partial pivoting (Golub and Van Loan, Matrix Computations,
 * algorithm 3.4.1), row-major, right-looking with the innermost loop over contiguous rows so
 * that the JIT vectorises it. About 2 GFLOP/s on one core here: fine for the aggregated
 * tables, slow for the full 1,435-sector table (see docs/economy.md for the OpenBLAS one).
 * Stateless and thread safe.
 */
public final class DenseLu implements LinearSolver {

    /** Pivots smaller than this (relative to the largest entry) count as singular. */
    private static final double SINGULAR = 1e-14;

    @Override
    public Factorization factor(int n, double[] rowMajor) {
        if (rowMajor.length != n * n) {
            throw new IllegalArgumentException("matrix has " + rowMajor.length + " entries, expected " + n + " x " + n);
        }
        double[] lu = rowMajor.clone();
        int[] pivot = new int[n];
        double scale = 0;
        for (double v : lu) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(lu[k * n + k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(lu[i * n + k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (!(best > SINGULAR * scale)) {
                throw new IllegalArgumentException("matrix is singular at column " + k);
            }
            pivot[k] = p;
            if (p != k) {
                for (int j = 0; j < n; j++) {
                    double t = lu[k * n + j];
                    lu[k * n + j] = lu[p * n + j];
                    lu[p * n + j] = t;
                }
            }
            double diag = lu[k * n + k];
            int rowK = k * n;
            for (int i = k + 1; i < n; i++) {
                int rowI = i * n;
                double m = lu[rowI + k] / diag;
                lu[rowI + k] = m;
                if (m != 0) {
                    for (int j = k + 1; j < n; j++) {
                        lu[rowI + j] -= m * lu[rowK + j];
                    }
                }
            }
        }
        return new Lu(n, lu, pivot);
    }

    private record Lu(int order, double[] lu, int[] pivot) implements Factorization {

        @Override
        public double[] solve(double[] b) {
            int n = order;
            double[] x = b.clone();
            for (int k = 0; k < n; k++) {
                int p = pivot[k];
                if (p != k) {
                    double t = x[k];
                    x[k] = x[p];
                    x[p] = t;
                }
            }
            for (int i = 0; i < n; i++) {
                double s = x[i];
                int row = i * n;
                for (int j = 0; j < i; j++) {
                    s -= lu[row + j] * x[j];
                }
                x[i] = s;
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = x[i];
                int row = i * n;
                for (int j = i + 1; j < n; j++) {
                    s -= lu[row + j] * x[j];
                }
                x[i] = s / lu[row + i];
            }
            return x;
        }

        @Override
        public double[] solveTransposed(double[] b) {
            // (P^T L U)^T y = b: U^T z = b, L^T w = z, y = P^T w.
            int n = order;
            double[] x = b.clone();
            for (int j = 0; j < n; j++) {
                double xj = x[j] / lu[j * n + j];
                x[j] = xj;
                int row = j * n;
                for (int i = j + 1; i < n; i++) {
                    x[i] -= lu[row + i] * xj;
                }
            }
            for (int j = n - 1; j >= 0; j--) {
                double xj = x[j];
                int row = j * n;
                for (int i = 0; i < j; i++) {
                    x[i] -= lu[row + i] * xj;
                }
            }
            for (int k = n - 1; k >= 0; k--) {
                int p = pivot[k];
                if (p != k) {
                    double t = x[k];
                    x[k] = x[p];
                    x[p] = t;
                }
            }
            return x;
        }
    }
}
