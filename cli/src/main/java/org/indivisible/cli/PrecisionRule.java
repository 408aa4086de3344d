package org.indivisible.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.store.RunResults;

/**
 * {@code run --precision P}: the stopping rule that adds replications until every headline
 * difference is known to within P points (docs/analysis.md, "Precision on demand").
 *
 * <p>Headline differences: in every scenario, every treatment against the no-policy treatment,
 * the change in the chance of each war the decision rule decides, by the conditional estimator
 * (paired-t 95% half-width, in points). A difference that is exactly the same in every replication
 * (half-width 0) is met. The schedule is fixed in advance: n, 2n, 4n, ... up to the cap (the last
 * stage is the cap itself), and each stage runs replications 0..n_k - 1 of the same seed, so a
 * stage repeats the previous stage's replications exactly (common random numbers) and adds new
 * ones. The rule reads only the run's results, which do not depend on the thread count, so the
 * stages, the stopping point and the final run are the same on any number of threads.
 */
final class PrecisionRule {

    /** One headline difference and its half-width in points. */
    record Headline(String scenario, String treatment, String theater, double halfWidthPoints) {
        String label() {
            return scenario + " " + treatment + " " + theater;
        }
    }

    private PrecisionRule() {
    }

    /** Every headline difference of a run, in study order. */
    static List<Headline> headlines(RunResults results, List<String> scenarios, List<String> treatments) throws IOException {
        String noPolicy = treatments.contains(PolicyBrief.NO_POLICY) ? PolicyBrief.NO_POLICY : treatments.get(0);
        List<Headline> out = new ArrayList<>();
        for (String s : scenarios) {
            SortedMap<String, SortedMap<Integer, Double>> base = results.values(s, noPolicy);
            for (String t : treatments) {
                if (t.equals(noPolicy)) {
                    continue;
                }
                SortedMap<String, SortedMap<Integer, Double>> treated = results.values(s, t);
                for (String theater : WarRisk.PAIRS.keySet()) {
                    WarRisk.effect(base, treated, theater).filter(WarRisk.Effect::hasConditional).ifPresent(e -> {
                        Difference d = e.conditional();
                        out.add(new Headline(s, t, theater, 100 * (d.high() - d.low()) / 2));
                    });
                }
            }
        }
        return out;
    }

    /** The widest headline, or null when there is none. */
    static Headline widest(List<Headline> headlines) {
        Headline w = null;
        for (Headline h : headlines) {
            if (w == null || h.halfWidthPoints() > w.halfWidthPoints()) {
                w = h;
            }
        }
        return w;
    }

    /** Whether every headline's half-width is at most {@code targetPoints}. */
    static boolean met(List<Headline> headlines, double targetPoints) {
        return headlines.stream().allMatch(h -> h.halfWidthPoints() <= targetPoints);
    }

    /** The next stage's replications after {@code n}: double, but not past the cap; -1 when n is the cap. */
    static int next(int n, int cap) {
        if (n >= cap) {
            return -1;
        }
        return (int) Math.min((long) n * 2, cap);
    }

    static String describe(int n, List<Headline> headlines, double target) {
        Headline w = widest(headlines);
        long over = headlines.stream().filter(h -> h.halfWidthPoints() > target).count();
        return String.format(Locale.ROOT, "precision: %d replications, %d headline differences, widest half-width %.3f points (%s), "
                + "%d above the target %.3f", n, headlines.size(), w == null ? 0 : w.halfWidthPoints(), w == null ? "-" : w.label(),
                over, target);
    }
}
