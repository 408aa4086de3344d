package org.indivisible.analysis.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9: 123-143), as scenario discovery uses it
 * (Bryant and Lempert 2010): find a box of input space where an outcome of interest is
 * concentrated.
 *
 * <p><b>Peeling.</b> From the box that holds every point, each step considers, for every input,
 * removing the {@code alpha} share of the box's points with the lowest or the highest values of
 * that input, and takes the removal that leaves the highest mean outcome inside the box
 * (Friedman and Fisher's original criterion). Peeling stops when the box would hold fewer than
 * {@code minMass} of all points. Every box on the way is kept: the peeling trajectory, from high
 * coverage and low density to low coverage and high density.
 *
 * <p><b>Pasting.</b> The chosen box is then widened, one input edge at a time, by the next
 * {@code alpha} share of points outside it, as long as that raises the mean.
 *
 * <p><b>Measures.</b> For an outcome y in [0, 1] (1 = the case of interest): coverage = sum of y in
 * the box over sum of y overall; density = mean of y in the box; mass = share of points in the
 * box. Stateless; deterministic (ties go to the lower input index, lower edge first).
 */
public final class Prim {

    /** A box: per input, the lowest and highest value allowed ({@code -inf}/{@code +inf}: unrestricted). */
    public record Box(double[] lower, double[] upper, double coverage, double density, double mass, int points) {

        /** Inputs whose range the box restricts. */
        public int[] restricted() {
            List<Integer> out = new ArrayList<>();
            for (int j = 0; j < lower.length; j++) {
                if (lower[j] != Double.NEGATIVE_INFINITY || upper[j] != Double.POSITIVE_INFINITY) {
                    out.add(j);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        public boolean contains(double[] x) {
            for (int j = 0; j < lower.length; j++) {
                if (x[j] < lower[j] || x[j] > upper[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What one search found: the peeling trajectory and the chosen box after pasting. */
    public record Result(List<Box> trajectory, int chosenStep, Box box) {
    }

    private final double alpha;
    private final double minMass;

    /**
     * @param alpha share of the box's points each peel removes (Friedman and Fisher suggest 0.05 to 0.10)
     * @param minMass smallest share of all points a box may hold
     */
    public Prim(double alpha, double minMass) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("peeling alpha must lie in (0, 0.5), got " + alpha);
        }
        if (!(minMass > 0 && minMass < 1)) {
            throw new IllegalArgumentException("minimum mass must lie in (0, 1), got " + minMass);
        }
        this.alpha = alpha;
        this.minMass = minMass;
    }

    /**
     * Peels, chooses the box with the highest density among those with coverage at least
     * {@code minCoverage} (the first box when none has), and pastes it.
     *
     * @param x inputs, one row per point
     * @param y outcome per point, in [0, 1]
     */
    public Result find(double[][] x, double[] y, double minCoverage) {
        check(x, y);
        List<Box> trajectory = peel(x, y);
        int chosen = 0;
        for (int s = 0; s < trajectory.size(); s++) {
            Box b = trajectory.get(s);
            if (b.coverage() >= minCoverage && b.density() > trajectory.get(chosen).density()) {
                chosen = s;
            }
        }
        return new Result(trajectory, chosen, paste(x, y, trajectory.get(chosen)));
    }

    /** The peeling trajectory, starting with the box that holds every point. */
    public List<Box> peel(double[][] x, double[] y) {
        check(x, y);
        int n = x.length;
        int k = x[0].length;
        double total = sum(y, all(n));
        double[] lower = new double[k];
        double[] upper = new double[k];
        Arrays.fill(lower, Double.NEGATIVE_INFINITY);
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        boolean[] in = all(n);
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(measure(lower, upper, in, y, total));
        int minPoints = (int) Math.ceil(minMass * n);
        while (true) {
            int inside = count(in);
            int remove = Math.max(1, (int) Math.floor(alpha * inside));
            double best = Double.NEGATIVE_INFINITY;
            int bestInput = -1;
            boolean bestLow = true;
            double bestEdge = 0;
            for (int j = 0; j < k; j++) {
                double[] values = column(x, j, in);
                Arrays.sort(values);
                // Low peel: keep values above the remove-th smallest; high peel: below the remove-th largest.
                double lowEdge = values[remove - 1];
                double highEdge = values[values.length - remove];
                for (int side = 0; side < 2; side++) {
                    boolean low = side == 0;
                    double edge = low ? lowEdge : highEdge;
                    double s = 0;
                    int c = 0;
                    for (int i = 0; i < n; i++) {
                        if (in[i] && (low ? x[i][j] > edge : x[i][j] < edge)) {
                            s += y[i];
                            c++;
                        }
                    }
                    if (c < minPoints || c == inside) {
                        continue;
                    }
                    double mean = s / c;
                    if (mean > best) {
                        best = mean;
                        bestInput = j;
                        bestLow = low;
                        bestEdge = edge;
                    }
                }
            }
            if (bestInput < 0) {
                break;
            }
            lower = lower.clone();
            upper = upper.clone();
            if (bestLow) {
                lower[bestInput] = Math.nextUp(bestEdge);
            } else {
                upper[bestInput] = Math.nextDown(bestEdge);
            }
            for (int i = 0; i < n; i++) {
                in[i] = in[i] && x[i][bestInput] >= lower[bestInput] && x[i][bestInput] <= upper[bestInput];
            }
            trajectory.add(measure(lower, upper, in, y, total));
        }
        return trajectory;
    }

    /** Widens a box edge by edge while the mean inside rises. */
    public Box paste(double[][] x, double[] y, Box box) {
        int n = x.length;
        int k = x[0].length;
        double total = sum(y, all(n));
        Box current = box;
        while (true) {
            Box best = null;
            for (int j = 0; j < k; j++) {
                for (int side = 0; side < 2; side++) {
                    boolean low = side == 0;
                    double bound = low ? current.lower()[j] : current.upper()[j];
                    if (Double.isInfinite(bound)) {
                        continue;
                    }
                    // Outside points that meet every other edge, nearest first along input j.
                    List<double[]> candidates = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        double v = x[i][j];
                        if ((low ? v < bound : v > bound) && containsExcept(current, x[i], j)) {
                            candidates.add(new double[] {v});
                        }
                    }
                    if (candidates.isEmpty()) {
                        continue;
                    }
                    candidates.sort((a, b) -> low ? Double.compare(b[0], a[0]) : Double.compare(a[0], b[0]));
                    int add = Math.max(1, (int) Math.floor(alpha * current.points()));
                    double edge = candidates.get(Math.min(add, candidates.size()) - 1)[0];
                    double[] lower = current.lower().clone();
                    double[] upper = current.upper().clone();
                    if (low) {
                        lower[j] = edge;
                    } else {
                        upper[j] = edge;
                    }
                    Box wider = measure(lower, upper, inside(x, lower, upper), y, total);
                    if (wider.density() > current.density() && (best == null || wider.density() > best.density())) {
                        best = wider;
                    }
                }
            }
            if (best == null) {
                return current;
            }
            current = best;
        }
    }

    private static boolean containsExcept(Box box, double[] x, int except) {
        for (int j = 0; j < x.length; j++) {
            if (j != except && (x[j] < box.lower()[j] || x[j] > box.upper()[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] inside(double[][] x, double[] lower, double[] upper) {
        boolean[] in = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean ok = true;
            for (int j = 0; j < lower.length && ok; j++) {
                ok = x[i][j] >= lower[j] && x[i][j] <= upper[j];
            }
            in[i] = ok;
        }
        return in;
    }

    private static Box measure(double[] lower, double[] upper, boolean[] in, double[] y, double total) {
        int c = count(in);
        double s = sum(y, in);
        return new Box(lower, upper, total == 0 ? 0 : s / total, c == 0 ? 0 : s / c, (double) c / in.length, c);
    }

    private static void check(double[][] x, double[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("PRIM needs one outcome per point and at least one point; got "
                    + x.length + " points and " + y.length + " outcomes");
        }
        for (double v : y) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("PRIM outcomes must lie in [0, 1], got " + v);
            }
        }
    }

    private static double[] column(double[][] x, int j, boolean[] in) {
        double[] out = new double[count(in)];
        int c = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                out[c++] = x[i][j];
            }
        }
        return out;
    }

    private static boolean[] all(int n) {
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        return in;
    }

    private static int count(boolean[] in) {
        int c = 0;
        for (boolean b : in) {
            c += b ? 1 : 0;
        }
        return c;
    }

    private static double sum(double[] y, boolean[] in) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            if (in[i]) {
                s += y[i];
            }
        }
        return s;
    }
}
