package org.indivisible.model.economy.inputoutput;

import java.util.List;

/**
 * A multi-region input-output table in one currency unit per year (the WIOD tables: millions of
 * US$). Nodes are region-sector pairs, node {@code r * sectors + s}. Immutable: arrays are
 * copied in and handed out only as copies, except through the package-private accessors the
 * solvers use. Refuses, at construction, a table that is not productive (a node whose inputs
 * reach or exceed its output, i.e. value added <= 0 where the spectral radius of A could reach 1),
 * naming the region and sector.
 *
 * @see Leontief
 */
public final class IoTable {

    /** Value added below this share of output is refused (spectral radius of A would near 1). */
    public static final double MIN_VALUE_ADDED_SHARE = 1e-9;

    private final List<String> regions;
    private final List<String> sectors;
    private final double[] intermediate;
    private final double[] finalDemand;
    private final double[] output;

    /**
     * @param regions region ids (ISO3 or WIOD codes), in node order
     * @param sectors sector ids, in node order within a region
     * @param intermediate Z, n x n row-major: sales of node i to node j (per year)
     * @param finalDemand F, n x regions row-major: sales of node i to final users of region r
     * @param output gross output x, n (per year); the identity x = Z 1 + F 1 may carry the
     *               source's rounding: see {@link #maxRowImbalance()}
     */
    public IoTable(List<String> regions, List<String> sectors, double[] intermediate, double[] finalDemand,
                   double[] output) {
        this.regions = List.copyOf(regions);
        this.sectors = List.copyOf(sectors);
        int n = this.regions.size() * this.sectors.size();
        if (intermediate.length != n * n || finalDemand.length != n * this.regions.size() || output.length != n) {
            throw new IllegalArgumentException("table sizes do not match " + this.regions.size() + " regions x "
                    + this.sectors.size() + " sectors");
        }
        this.intermediate = intermediate.clone();
        this.finalDemand = finalDemand.clone();
        this.output = output.clone();
        checkProductive();
    }

    private void checkProductive() {
        int n = nodes();
        double[] inputs = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double z = intermediate[i * n + j];
                if (!(z >= 0) || !Double.isFinite(z)) {
                    throw new IllegalArgumentException("intermediate flow from " + label(i) + " to " + label(j)
                            + " is " + z + ": flows must be finite and non-negative");
                }
                inputs[j] += z;
            }
        }
        for (int j = 0; j < n; j++) {
            double x = output[j];
            if (!(x >= 0) || !Double.isFinite(x)) {
                throw new IllegalArgumentException("output of " + label(j) + " is " + x + ": must be finite and >= 0");
            }
            if (x == 0 ? inputs[j] > 0 : inputs[j] >= x * (1 - MIN_VALUE_ADDED_SHARE)) {
                throw new IllegalArgumentException("table is not productive: " + label(j) + " uses inputs of "
                        + inputs[j] + " for an output of " + x + " (value added " + (x - inputs[j])
                        + " <= 0, so the spectral radius of A can reach 1)");
            }
        }
    }

    /** "region RRR sector S" for node i, as used in error messages. */
    public String label(int node) {
        return "region " + regions.get(node / sectors.size()) + " sector " + sectors.get(node % sectors.size());
    }

    public List<String> regions() {
        return regions;
    }

    public List<String> sectors() {
        return sectors;
    }

    public int nodes() {
        return regions.size() * sectors.size();
    }

    public double intermediate(int from, int to) {
        return intermediate[from * nodes() + to];
    }

    public double finalDemand(int from, int region) {
        return finalDemand[from * regions.size() + region];
    }

    /** Gross output x (copy). */
    public double[] output() {
        return output.clone();
    }

    /** Value added v_j = x_j - sum_i z_ij (copy). */
    public double[] valueAdded() {
        int n = nodes();
        double[] v = output.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[j] -= intermediate[i * n + j];
            }
        }
        return v;
    }

    /** Total final demand per node, f_i = sum_r F_ir (copy). */
    public double[] totalFinalDemand() {
        int n = nodes();
        int r = regions.size();
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < r; k++) {
                f[i] += finalDemand[i * r + k];
            }
        }
        return f;
    }

    /** Final demand that closes each row exactly, f_i = x_i - sum_j z_ij (copy). */
    public double[] finalDemandClosingRows() {
        int n = nodes();
        double[] f = output.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i] -= intermediate[i * n + j];
            }
        }
        return f;
    }

    /** Largest |x_i - sum_j z_ij - sum_r F_ir|: the source's rounding. */
    public double maxRowImbalance() {
        double[] f = totalFinalDemand();
        double[] closing = finalDemandClosingRows();
        double worst = 0;
        for (int i = 0; i < f.length; i++) {
            worst = Math.max(worst, Math.abs(f[i] - closing[i]));
        }
        return worst;
    }

    /** Technical coefficients A = Z diag(x)^-1, row-major (columns of zero output are zero). */
    public double[] technicalCoefficients() {
        int n = nodes();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = output[j] > 0 ? intermediate[i * n + j] / output[j] : 0;
            }
        }
        return a;
    }

    /** Allocation coefficients B = diag(x)^-1 Z, row-major (rows of zero output are zero). */
    public double[] allocationCoefficients() {
        int n = nodes();
        double[] b = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i * n + j] = output[i] > 0 ? intermediate[i * n + j] / output[i] : 0;
            }
        }
        return b;
    }
}
