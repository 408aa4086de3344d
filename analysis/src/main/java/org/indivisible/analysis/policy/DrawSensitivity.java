package org.indivisible.analysis.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.random.RandomStreams;

/**
 * Which parameters a result rests on most, from the study's own replications: each replication k
 * drew parameter p from its own stream ({@code parameter.<id>} of replication k under the study's
 * seed, as the model's World does), so the draws are made again here, without running the model,
 * and ranked by the absolute Spearman rank correlation between the draw and the result across
 * replications (a first-order, global screen; Saltelli et al. 2008, ch. 1). Parameters whose range
 * is a point are left out. Deterministic.
 *
 * @param id the parameter
 * @param spearman rank correlation between its draw and the result
 */
public record DrawSensitivity(String id, double spearman) {

    /** The {@code top} parameters by |rho|, most influential first. */
    public static List<DrawSensitivity> top(List<UncertainParameter> parameters, SortedMap<Integer, Double> result, long seed,
                                            int top) {
        int n = result.size();
        if (n < 3) {
            return List.of();
        }
        int[] reps = result.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[] y = ranks(result.values().stream().mapToDouble(Double::doubleValue).toArray());
        RandomStreams[] streams = new RandomStreams[n];
        for (int i = 0; i < n; i++) {
            streams[i] = new RandomStreams(seed, reps[i]);
        }
        List<DrawSensitivity> out = new ArrayList<>();
        for (UncertainParameter p : parameters) {
            if (!(p.distribution().high() > p.distribution().low())) {
                continue;
            }
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = p.draw(streams[i].stream("parameter." + p.id()));
            }
            double rho = pearson(ranks(x), y);
            if (Double.isFinite(rho)) {
                out.add(new DrawSensitivity(p.id(), rho));
            }
        }
        out.sort(Comparator.comparingDouble((DrawSensitivity s) -> -Math.abs(s.spearman())).thenComparing(DrawSensitivity::id));
        return List.copyOf(out.subList(0, Math.min(top, out.size())));
    }

    /** Mid-ranks (ties share their mean rank). */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mid;
            }
            i = j + 1;
        }
        return r;
    }

    static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }
}
