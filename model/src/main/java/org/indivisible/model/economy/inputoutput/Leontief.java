package org.indivisible.model.economy.inputoutput;

/**
 * The static quantity models of a table (Miller and Blair 2009): the demand-driven Leontief
 * model x = (I - A)^-1 f (ch. 2), output and value-added multipliers (ch. 6), the
 * supply-driven Ghosh model x' = v' (I - B)^-1 (ch. 12.1) and hypothetical extraction
 * (ch. 12.2). (I - A) and (I - B) are factorised once, at construction; multipliers come from
 * transposed solves, never from an explicit inverse. Immutable and thread safe if the
 * solver's factorisations are.
 */
public final class Leontief {

    private final IoTable table;
    private final LinearSolver solver;
    private final LinearSolver.Factorization leontief;
    private final LinearSolver.Factorization ghosh;

    public Leontief(IoTable table, LinearSolver solver) {
        this.table = table;
        this.solver = solver;
        int n = table.nodes();
        this.leontief = solver.factor(n, identityMinus(table.technicalCoefficients(), n));
        this.ghosh = solver.factor(n, identityMinus(table.allocationCoefficients(), n));
    }

    static double[] identityMinus(double[] m, int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            out[i] = -m[i];
        }
        for (int i = 0; i < n; i++) {
            out[i * n + i] += 1;
        }
        return out;
    }

    public IoTable table() {
        return table;
    }

    /** Gross output that satisfies final demand f: x = (I - A)^-1 f. */
    public double[] outputFor(double[] finalDemand) {
        return leontief.solve(finalDemand);
    }

    /** Simple output multipliers: column sums of L, m' = 1' (I - A)^-1. */
    public double[] outputMultipliers() {
        double[] ones = new double[table.nodes()];
        java.util.Arrays.fill(ones, 1);
        return leontief.solveTransposed(ones);
    }

    /** Value-added multipliers: v_c' (I - A)^-1 with v_c the value-added coefficients (VA / x). */
    public double[] valueAddedMultipliers() {
        double[] va = table.valueAdded();
        double[] x = table.output();
        for (int j = 0; j < va.length; j++) {
            va[j] = x[j] > 0 ? va[j] / x[j] : 0;
        }
        return leontief.solveTransposed(va);
    }

    /** Ghosh: gross output supported by primary inputs v, x' = v' (I - B)^-1. */
    public double[] outputForPrimaryInputs(double[] valueAdded) {
        return ghosh.solveTransposed(valueAdded);
    }

    /** Ghosh output multipliers (forward linkages): row sums of G = (I - B)^-1. */
    public double[] ghoshMultipliers() {
        double[] ones = new double[table.nodes()];
        java.util.Arrays.fill(ones, 1);
        return ghosh.solve(ones);
    }

    /**
     * Hypothetical extraction (Miller and Blair 12.2, total extraction): the nodes' rows and
     * columns of A and their final demand are removed and the rest of the economy is solved
     * again. Returns the loss of the remaining nodes' output, sum(x) - sum(x of the extracted)
     * - sum(x-bar), with f the final demand that closes the rows.
     */
    public double extractionLoss(int... extracted) {
        int n = table.nodes();
        boolean[] out = new boolean[n];
        for (int e : extracted) {
            out[e] = true;
        }
        double[] a = table.technicalCoefficients();
        double[] f = table.finalDemandClosingRows();
        double[] x = table.output();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (out[i] || out[j]) {
                    a[i * n + j] = 0;
                }
            }
            if (out[i]) {
                f[i] = 0;
            }
        }
        double[] xBar = solver.factor(n, identityMinus(a, n)).solve(f);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            if (!out[i]) {
                loss += x[i] - xBar[i];
            }
        }
        return loss;
    }
}
