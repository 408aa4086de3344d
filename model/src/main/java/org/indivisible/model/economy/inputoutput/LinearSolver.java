package org.indivisible.model.economy.inputoutput;

/**
 * Factorises dense square matrices so that systems with them can be solved. Implementations
 * must be thread safe; a {@link Factorization} is not shared between threads unless it says so.
 */
public interface LinearSolver {

    /**
     * Factorises an n x n matrix.
     *
     * @param n order
     * @param rowMajor the matrix, row-major, length n * n; not modified
     * @throws IllegalArgumentException if the matrix is singular
     */
    Factorization factor(int n, double[] rowMajor);

    /** A factorised matrix M. Immutable once built; solves are thread safe. */
    interface Factorization {

        int order();

        /** Solves M x = b; b is not modified. */
        double[] solve(double[] b);

        /** Solves M^T x = b; b is not modified. */
        double[] solveTransposed(double[] b);
    }
}
