package org.indivisible.analysis.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.indivisible.model.metric.Metric;

/**
 * Three to six sentences that say what a run found, for the top of the report and the brief: the
 * chance of each war with no new policy, how an Indo-Pacific war moves Russia's chance of attacking
 * NATO's flank, Europe's balance without the US, the costliest scenario for the world economy, and
 * which levers change war risk (with their cost). Built from the same estimators as the CLI brief
 * ({@link WarRisk}: conditional estimate, paired-t for a lever's change; a change counts only where
 * its 95% interval excludes 0). A sentence whose numbers the run lacks is left out. Stateless.
 */
public final class KeyFindings {

    /** The reference treatment and the reference scenario, when the study has them. */
    public static final String NO_POLICY = "P0";
    public static final String BASELINE = "baseline";

    /** Theaters in the order the sentences name them. */
    static final Map<String, String> THEATERS = new LinkedHashMap<>();

    static {
        THEATERS.put("taiwan", "over the Taiwan Strait");
        THEATERS.put("korea", "on the Korean Peninsula");
        THEATERS.put("nato_europe", "on NATO's eastern flank");
    }

    /**
     * Cost metrics, the first the run has is used: issue 16's present value in constant euros, its
     * constant-price total, else the nominal outlay (euros, then US$).
     */
    public static final List<String> COST_METRICS = List.of(Metric.POLICY_COST_EUR_PV.id(), Metric.POLICY_COST_EUR_CONST.id(),
            Metric.POLICY_COST_EUR.id(), Metric.POLICY_COST_USD.id());

    /** The flank balance the findings read: within 30 days of warning, the one Russia's decision reads. */
    static final int FLANK_DAYS = 30;

    private KeyFindings() {
    }

    /**
     * The findings of a run.
     *
     * @param scenarios scenario ids in study order
     * @param treatments treatment ids in study order
     * @param values per-replication values of a cell (metric -> replication -> value), empty or null when absent
     * @param scenarioNames a display name per scenario id (unused in the sentences, which name scenarios by id)
     */
    public static List<String> of(List<String> scenarios, List<String> treatments,
                                  BiFunction<String, String, SortedMap<String, SortedMap<Integer, Double>>> values,
                                  Map<String, String> scenarioNames) {
        List<String> out = new ArrayList<>();
        if (scenarios.isEmpty() || treatments.isEmpty()) {
            return out;
        }
        String ref = treatments.contains(NO_POLICY) ? NO_POLICY : treatments.get(0);
        String base = scenarios.contains(BASELINE) ? BASELINE : scenarios.get(0);
        Map<String, SortedMap<String, SortedMap<Integer, Double>>> reference = new LinkedHashMap<>();
        for (String s : scenarios) {
            SortedMap<String, SortedMap<Integer, Double>> v = values.apply(s, ref);
            reference.put(s, v == null ? new TreeMap<>() : v);
        }
        // Scenario names are titles ("China invades Taiwan; the US intervenes") that read badly inside a
        // sentence: the sentences say "the taiwan-invasion scenario" and the report's key gives the names.
        java.util.function.Function<String, String> name = s -> "the " + s + " scenario";
        levels(out, reference.get(base), ref, name.apply(base));
        linkage(out, reference, base, name);
        europe(out, reference, name);
        economy(out, reference, name);
        levers(out, scenarios, treatments, ref, reference, values, name);
        return out;
    }

    /** 1. The chance of each decided war in the reference scenario with no new policy. */
    private static void levels(List<String> out, SortedMap<String, SortedMap<Integer, Double>> v, String ref, String scenario) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> t : THEATERS.entrySet()) {
            WarRisk.level(v, t.getKey()).filter(WarRisk.Level::hasConditional).ifPresent(l -> parts.add(
                    percent(l.conditional(), l.conditionalInterval()) + " " + t.getValue()));
        }
        if (!parts.isEmpty()) {
            out.add("In " + scenario + " with no new NATO policy (" + ref + "), the chance that a war starts within the horizon is "
                    + join(parts) + ".");
        }
    }

    /** 2. The scenario whose Indo-Pacific war moves Russia's chance of attacking the flank most. */
    private static void linkage(List<String> out, Map<String, SortedMap<String, SortedMap<Integer, Double>>> reference,
                                String base, java.util.function.Function<String, String> name) {
        Difference best = null;
        String where = null;
        for (Map.Entry<String, SortedMap<String, SortedMap<Integer, Double>>> e : reference.entrySet()) {
            if (e.getKey().equals(base)) {
                continue;
            }
            Optional<WarRisk.Effect> effect = WarRisk.effect(reference.get(base), e.getValue(), "nato_europe")
                    .filter(WarRisk.Effect::hasConditional);
            if (effect.isPresent() && (best == null || Math.abs(effect.get().conditional().difference()) > Math.abs(best.difference()))) {
                best = effect.get().conditional();
                where = e.getKey();
            }
        }
        if (best == null) {
            return;
        }
        if (best.significant()) {
            out.add("A war in the Indo-Pacific " + (best.difference() > 0 ? "raises" : "lowers")
                    + " Russia's chance of attacking NATO's eastern flank most in " + name.apply(where) + ": "
                    + percent(best.treatmentMean(), null) + " against " + percent(best.baselineMean(), null) + " in "
                    + name.apply(base) + ", " + points(best) + ".");
        } else {
            out.add("No Indo-Pacific scenario moves Russia's chance of attacking NATO's eastern flank beyond sampling noise "
                    + "(the largest change, in " + name.apply(where) + ", is " + points(best) + ").");
        }
    }

    /** 3. Europe's flank balance without the US, and the bill for replacing it. */
    private static void europe(List<String> out, Map<String, SortedMap<String, SortedMap<Integer, Double>>> reference,
                               java.util.function.Function<String, String> name) {
        String lowest = null;
        double low = Double.POSITIVE_INFINITY;
        double start = Double.NaN;
        for (Map.Entry<String, SortedMap<String, SortedMap<Integer, Double>>> e : reference.entrySet()) {
            double m = median(e.getValue().get(Metric.EUROPE_BALANCE_FLANK_MIN.id(FLANK_DAYS)));
            if (m < low) {
                low = m;
                lowest = e.getKey();
                start = median(e.getValue().get(Metric.EUROPE_BALANCE_FLANK_START.id(FLANK_DAYS)));
            }
        }
        if (lowest == null || !Double.isFinite(start)) {
            return;
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "What NATO can have on its eastern flank within 30 days "
                + "against Russia starts at a median ratio of %.2f and falls to %.2f at its lowest in %s", start, low, name.apply(lowest)));
        SortedMap<Integer, Double> bill = reference.get(lowest).get(Metric.EUROPE_REPLACE_US_USD_25Y.id());
        if (bill != null && !bill.isEmpty()) {
            double[] x = sorted(bill);
            b.append(String.format(Locale.ROOT, "; replacing US forces would cost European members about US$ %,.0f bn over 25 years "
                    + "(median; 5th-95th percentile %,.0f-%,.0f)", quantile(x, 0.5), quantile(x, 0.05), quantile(x, 0.95)));
        }
        out.add(b.append('.').toString());
    }

    /** 4. The costliest scenario for the world economy. */
    private static void economy(List<String> out, Map<String, SortedMap<String, SortedMap<Integer, Double>>> reference,
                                java.util.function.Function<String, String> name) {
        String worst = null;
        double[] worstValues = null;
        double worstMean = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, SortedMap<String, SortedMap<Integer, Double>>> e : reference.entrySet()) {
            SortedMap<Integer, Double> v = e.getValue().get(Metric.GDP_CHANGE_PCT_Y1.id("WORLD"));
            if (v == null || v.isEmpty()) {
                continue;
            }
            double[] x = sorted(v);
            double m = Arrays.stream(x).average().orElse(Double.NaN);
            if (m < worstMean) {
                worstMean = m;
                worst = e.getKey();
                worstValues = x;
            }
        }
        if (worst == null) {
            return;
        }
        out.add(String.format(Locale.ROOT, "The costliest scenario for the world economy is %s: world GDP %+.1f%% in the first year "
                + "after the first conflict (mean; 5th-95th percentile %+.1f to %+.1f).", name.apply(worst), worstMean,
                quantile(worstValues, 0.05), quantile(worstValues, 0.95)));
    }

    /** 5 and 6. Which levers change war risk (their largest change each), which do not, and what they cost. */
    private static void levers(List<String> out, List<String> scenarios, List<String> treatments, String ref,
                               Map<String, SortedMap<String, SortedMap<Integer, Double>>> reference,
                               BiFunction<String, String, SortedMap<String, SortedMap<Integer, Double>>> values,
                               java.util.function.Function<String, String> name) {
        List<String> acting = new ArrayList<>();
        List<String> noPath = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        List<String> costs = new ArrayList<>();
        long n = 0;
        String costMetric = null;
        for (String t : treatments) {
            if (t.equals(ref)) {
                continue;
            }
            Difference best = null;
            String bestWhere = null;
            boolean moved = false;
            boolean seen = false;
            for (String s : scenarios) {
                SortedMap<String, SortedMap<Integer, Double>> treated = values.apply(s, t);
                if (treated == null || treated.isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, String> th : THEATERS.entrySet()) {
                    Optional<WarRisk.Effect> e = WarRisk.effect(reference.get(s), treated, th.getKey()).filter(WarRisk.Effect::hasConditional);
                    if (e.isEmpty()) {
                        continue;
                    }
                    Difference d = e.get().conditional();
                    seen = true;
                    n = Math.max(n, d.n());
                    moved |= !d.noneDiffers();
                    if (d.significant() && (best == null || Math.abs(d.difference()) > Math.abs(best.difference()))) {
                        best = d;
                        bestWhere = th.getValue() + " in " + name.apply(s);
                    }
                }
                if (costMetric == null) {
                    costMetric = COST_METRICS.stream().filter(treated::containsKey).findFirst().orElse(null);
                }
            }
            if (!seen) {
                continue;
            }
            if (best != null) {
                acting.add(t + (best.difference() < 0 ? " lowers" : " raises") + " the chance of war " + bestWhere + " by "
                        + magnitude(best));
            } else if (!moved) {
                noPath.add(t);
            } else {
                noise.add(t);
            }
            if (costMetric != null) {
                SortedMap<String, SortedMap<Integer, Double>> treated = values.apply(scenarios.get(0), t);
                SortedMap<Integer, Double> c = treated == null ? null : treated.get(costMetric);
                SortedMap<Integer, Double> c0 = reference.get(scenarios.get(0)).get(costMetric);
                if (c != null && c0 != null && !c.isEmpty() && !c0.isEmpty()) {
                    double added = Arrays.stream(sorted(c)).average().orElse(0) - Arrays.stream(sorted(c0)).average().orElse(0);
                    costs.add(t + " " + money(added));
                }
            }
        }
        if (!acting.isEmpty()) {
            out.add("Against " + ref + ", the largest change each lever makes to a war's chance (95% interval excludes 0): "
                    + String.join("; ", acting) + ".");
        }
        List<String> rest = new ArrayList<>();
        if (!noPath.isEmpty()) {
            rest.add(join(noPath) + (noPath.size() == 1 ? " has" : " have") + " no modelled effect on war risk");
        }
        if (!noise.isEmpty()) {
            rest.add(join(noise) + (noise.size() == 1 ? " changes" : " change") + " no war's chance beyond sampling noise at "
                    + n + " replications");
        }
        if (!rest.isEmpty() || !costs.isEmpty()) {
            StringBuilder b = new StringBuilder();
            if (!rest.isEmpty()) {
                b.append(capitalise(String.join(", and ", rest)));
            }
            if (!costs.isEmpty()) {
                b.append(b.length() > 0 ? ". " : "").append("Added cost over the horizon (").append(costMetric)
                        .append(", against ").append(ref).append(" in ").append(name.apply(scenarios.get(0))).append("): ").append(String.join(", ", costs));
            }
            out.add(b.append('.').toString());
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "18% (16-20)": a probability in percent with its interval, to the precision the interval supports. */
    static String percent(double p, Interval ci) {
        int dec = ci == null || 100 * ci.halfWidth() >= 1 ? 0 : 1;
        String f = "%." + dec + "f";
        String s = String.format(Locale.ROOT, f + "%%", 100 * p);
        return ci == null ? s : s + String.format(Locale.ROOT, " (" + f + "-" + f + ")", 100 * ci.low(), 100 * ci.high());
    }

    /** A change in points with its interval: "+6.3 points (4.3 to 8.3)". */
    static String points(Difference d) {
        int dec = decimals(100 * (d.high() - d.low()) / 2);
        String f = "%." + dec + "f";
        return String.format(Locale.ROOT, "%+" + f.substring(1) + " points (" + f + " to " + f + ")", 100 * d.difference(),
                100 * d.low(), 100 * d.high());
    }

    /** A change's size in points with its interval, sign dropped (the verb carries it): "3.0 points (2.4 to 3.5)". */
    static String magnitude(Difference d) {
        int dec = decimals(100 * (d.high() - d.low()) / 2);
        String f = "%." + dec + "f";
        double a = Math.abs(100 * d.low());
        double b = Math.abs(100 * d.high());
        return String.format(Locale.ROOT, f + " points (" + f + " to " + f + ")", Math.abs(100 * d.difference()), Math.min(a, b),
                Math.max(a, b));
    }

    /** Decimals that show two significant digits of a half-width (at least 1, at most 3). */
    static int decimals(double half) {
        if (!(half > 0) || !Double.isFinite(half)) {
            return 1;
        }
        return Math.max(1, Math.min(3, (int) Math.ceil(-Math.log10(half)) + 1));
    }

    private static String money(double x) {
        double a = Math.abs(x);
        String unit = a >= 1e12 ? String.format(Locale.ROOT, "%,.2f tn", x / 1e12)
                : a >= 1e9 ? String.format(Locale.ROOT, "%,.1f bn", x / 1e9) : String.format(Locale.ROOT, "%,.0f m", x / 1e6);
        return unit;
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static double median(SortedMap<Integer, Double> v) {
        return v == null || v.isEmpty() ? Double.NaN : quantile(sorted(v), 0.5);
    }

    private static double[] sorted(SortedMap<Integer, Double> v) {
        double[] x = v.values().stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(x);
        return x;
    }

    /** Linear interpolation between order statistics (Hyndman and Fan 7, numpy's default). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
