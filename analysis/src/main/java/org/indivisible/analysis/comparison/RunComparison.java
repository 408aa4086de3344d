package org.indivisible.analysis.comparison;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.metric.MetricSelection;

/**
 * Two runs compared cell by cell and metric by metric, with the false discoveries controlled: a run
 * has thousands of metrics, and at 5% each, hundreds cross the line by chance alone (two runs of the
 * same inputs with another seed marked 276 of 7,646). Immutable.
 *
 * <ul>
 *   <li><b>Rounding-level differences are zero.</b> A difference within {@link #RELATIVE_ROUNDING} of
 *       the larger mean (or below {@link #ABSOLUTE_ROUNDING}) comes from the order of floating-point
 *       sums, not from the model: it is reported as 0 and tested as no difference (p = 1).</li>
 *   <li><b>Benjamini-Hochberg.</b> Each difference gets its two-sided p-value (paired-t, Welch, or the
 *       exact McNemar test, as its interval was made); a difference is <i>marked</i> when it is among
 *       the discoveries at false discovery rate {@link #FDR} over every test of the comparison
 *       (Benjamini and Hochberg 1995, step-up: the largest k with p_(k) &lt;= k q / m).</li>
 *   <li><b>Headline metrics first</b> ({@link #HEADLINE}), then the rest by p-value.</li>
 * </ul>
 *
 * @param rows every difference, headline metrics first, then by p-value and metric id
 * @param tests how many differences were tested (m)
 * @param marked how many are marked (discoveries at {@link #FDR})
 * @param roundingZeros how many differences were at rounding level and taken as zero
 * @param unadjusted how many intervals exclude 0 before the adjustment
 */
public record RunComparison(List<Row> rows, int tests, int marked, int roundingZeros, int unadjusted) {

    /** The false discovery rate controlled. */
    public static final double FDR = 0.05;
    /** A difference within this share of the larger mean is floating-point rounding. */
    public static final double RELATIVE_ROUNDING = 1e-9;
    /** ... and one below this, whatever the means. */
    public static final double ABSOLUTE_ROUNDING = 1e-12;
    /** The metrics a reader looks at first (docs/web.md), in this order of families. */
    public static final MetricSelection HEADLINE = MetricSelection.of(Metric.P_WAR_COND, Metric.P_CONFLICT,
                    Metric.P_CONFLICT_INDO_PACIFIC, Metric.P_CONFLICT_NATO_EUROPE_AFTER_INDO_PACIFIC, Metric.EUROPE_GAP_USD,
                    Metric.EUROPE_REPLACE_US_USD_25Y, Metric.POLICY_COST_USD, Metric.POLICY_COST_EUR, Metric.POLICY_COST_EUR_CONST,
                    Metric.POLICY_COST_EUR_PV)
            .and(Metric.GDP_CHANGE_PCT_Y1, "WORLD", "EU27").and(Metric.EUROPE_BALANCE_FLANK_MIN, "30");

    /**
     * One difference of the comparison.
     *
     * @param difference the difference as {@link Comparison} made it (its interval, method and MDE)
     * @param pValue two-sided p-value of no difference (1 for a rounding-level difference)
     * @param roundingZero the difference is floating-point rounding, reported as 0
     * @param markedAfterAdjustment a discovery at {@link #FDR} (Benjamini-Hochberg)
     * @param headline a headline metric
     */
    public record Row(String scenario, String treatment, Difference difference, double pValue, boolean roundingZero,
                      boolean markedAfterAdjustment, boolean headline) {

        /** The difference to show: 0 at rounding level. */
        public double shownDifference() {
            return roundingZero ? 0 : difference.difference();
        }
    }

    /** The comparison of cells already compared ({@link Comparison#of}), with their values for the Welch p-values. */
    public static RunComparison of(List<Cell> cells) {
        List<Row> raw = new ArrayList<>();
        int zeros = 0;
        int unadjusted = 0;
        for (Cell c : cells) {
            for (Difference d : c.comparison().differences()) {
                boolean zero = roundingLevel(d);
                zeros += zero ? 1 : 0;
                unadjusted += !zero && d.significant() ? 1 : 0;
                double p = zero ? 1 : pValue(d, c.a().get(d.metric()), c.b().get(d.metric()));
                raw.add(new Row(c.scenario(), c.treatment(), d, p, zero, false, HEADLINE.contains(d.metric())));
            }
        }
        boolean[] marked = benjaminiHochberg(raw.stream().mapToDouble(Row::pValue).toArray(), FDR);
        List<Row> rows = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < raw.size(); i++) {
            Row r = raw.get(i);
            rows.add(new Row(r.scenario(), r.treatment(), r.difference(), r.pValue(), r.roundingZero(), marked[i], r.headline()));
            count += marked[i] ? 1 : 0;
        }
        rows.sort(Comparator.comparing((Row r) -> !r.headline()).thenComparingDouble(Row::pValue)
                .thenComparing(r -> r.difference().metric()).thenComparing(Row::scenario).thenComparing(Row::treatment));
        return new RunComparison(List.copyOf(rows), raw.size(), count, zeros, unadjusted);
    }

    /** A run as a comparison reads it (store.RunResults): its cells and each cell's values. */
    public interface StoredRun {
        /** (scenario, treatment) pairs in the order of the run's study. */
        List<String[]> cells() throws IOException;

        /** Every value of every metric of a cell: metric -> (replication -> value). */
        SortedMap<String, SortedMap<Integer, Double>> values(String scenario, String treatment) throws IOException;
    }

    /**
     * Two runs compared: the comparison, whether it is paired and the seeds it was decided by.
     *
     * @param cells how many (scenario, treatment) the two runs share (0: nothing was compared)
     */
    public record Between(RunComparison comparison, boolean paired, long seedA, long seedB, int cells) {

        /** How the differences were made, in words (the dashboard's and the command line's). */
        public String pairing() {
            return paired ? "same seed " + seedA + ": paired by replication, paired-t 95% intervals"
                    : "seeds differ (" + seedA + ", " + seedB + "): unpaired, Welch 95% intervals";
        }
    }

    /**
     * Each (scenario, treatment) of run B against the same of run A, for the cells both have, in
     * B's order. Two runs of the same seed share their random numbers replication by replication,
     * so their differences are paired; other seeds give Welch's unpaired intervals. Used by
     * {@code indivisible compare A B} and {@code /api/compare}, so both mark the same differences.
     *
     * @param metrics the metrics compared (the rest are left out before the comparison, and so
     *                from the false discovery rate's count)
     */
    public static Between between(long seedA, StoredRun a, long seedB, StoredRun b, Predicate<String> metrics) throws IOException {
        boolean paired = seedA == seedB;
        List<String[]> cellsA = a.cells();
        List<Cell> cells = new ArrayList<>();
        for (String[] c : b.cells()) {
            if (cellsA.stream().noneMatch(x -> x[0].equals(c[0]) && x[1].equals(c[1]))) {
                continue;
            }
            SortedMap<String, SortedMap<Integer, Double>> va = a.values(c[0], c[1]);
            SortedMap<String, SortedMap<Integer, Double>> vb = b.values(c[0], c[1]);
            va.keySet().removeIf(metrics.negate());
            vb.keySet().removeIf(metrics.negate());
            cells.add(new Cell(c[0], c[1], Comparison.of(c[0], "A:" + c[1], "B:" + c[1], va, vb, paired), va, vb));
        }
        return new Between(of(cells), paired, seedA, seedB, cells.size());
    }

    /** One cell of the two runs: its comparison and the values it was made from (metric -> replication -> value). */
    public record Cell(String scenario, String treatment, Comparison comparison,
                       SortedMap<String, SortedMap<Integer, Double>> a, SortedMap<String, SortedMap<Integer, Double>> b) {
    }

    /** Whether a difference is floating-point rounding rather than a change. */
    static boolean roundingLevel(Difference d) {
        double scale = Math.max(Math.abs(d.baselineMean()), Math.abs(d.treatmentMean()));
        double x = Math.abs(d.difference());
        return x <= ABSOLUTE_ROUNDING || x <= RELATIVE_ROUNDING * scale;
    }

    /**
     * The two-sided p-value of a difference by the method of its interval: exact McNemar; paired-t
     * from the interval (t = d / se, se = half-width / t(0.975, n - 1)); Welch from the values
     * (Welch-Satterthwaite degrees of freedom). A constant paired difference: 1 if it is 0, else 0.
     */
    static double pValue(Difference d, SortedMap<Integer, Double> a, SortedMap<Integer, Double> b) {
        if (d.mcnemar() != null) {
            return d.mcnemar().pValue();
        }
        if (d.constant()) {
            return d.difference() == 0 ? 1 : 0;
        }
        if (d.method() == Difference.Method.PAIRED_T) {
            long n = d.n();
            double half = (d.high() - d.low()) / 2;
            if (n < 2 || !(half > 0)) {
                return 1;
            }
            double se = half / StudentT.quantile(0.975, n - 1);
            return 2 * (1 - StudentT.cdf(Math.abs(d.difference()) / se, n - 1));
        }
        if (a == null || b == null || a.size() < 2 || b.size() < 2) {
            return 1;
        }
        double[] x = a.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.values().stream().mapToDouble(Double::doubleValue).toArray();
        double va = variance(x) / x.length;
        double vb = variance(y) / y.length;
        double se = Math.sqrt(va + vb);
        if (!(se > 0)) {
            return d.difference() == 0 ? 1 : 0;
        }
        double df = (va + vb) * (va + vb) / (va * va / (x.length - 1) + vb * vb / (y.length - 1));
        return 2 * (1 - StudentT.cdf(Math.abs(d.difference()) / se, df));
    }

    /** Sample variance (n - 1). */
    static double variance(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }

    /**
     * Benjamini-Hochberg step-up at rate q: with the m p-values sorted, the largest k such that
     * p_(k) &lt;= k q / m; the k smallest are discoveries. Returns, per input position, whether it is one.
     */
    public static boolean[] benjaminiHochberg(double[] p, double q) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int k = 0;
        for (int r = m; r >= 1; r--) {
            if (p[order[r - 1]] <= (double) r * q / m) {
                k = r;
                break;
            }
        }
        boolean[] out = new boolean[m];
        for (int r = 0; r < k; r++) {
            out[order[r]] = true;
        }
        return out;
    }
}
