package org.indivisible.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.indivisible.analysis.design.SobolIndices;
import org.indivisible.analysis.sensitivity.ParameterSensitivity;
import org.indivisible.data.EmbeddedData;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.economy.InputOutputEconomy;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The economy's headline outcomes for docs/economy.md (full model, shipped scenarios, run from
 * the repository root): {@code java -cp benchmarks.jar org.indivisible.bench.EconomyOutcomes <mode> [n]}.
 * <ul>
 *   <li>{@code ensemble N}: first-year GDP change of WORLD and the key actors, mean and 5-95% over N
 *       replications (parameters drawn);</li>
 *   <li>{@code central}: one replication with every parameter at its central value and the channel
 *       split on: the total and each channel alone;</li>
 *   <li>{@code sobol N}: Sobol indices (Saltelli design of {@link SobolIndices}, N base rows, one
 *       replication per point, other uncertainties drawn on shared random numbers) of each outcome
 *       over the economy's shock and dynamic-model parameters with a range (not the GDP baseline's
 *       trend growth); prints each outcome's 5-95% interval over the
 *       design, the three largest total indices, and the first-order share of parameters with
 *       status {@code assumption}.</li>
 * </ul>
 */
public final class EconomyOutcomes {

    static final List<String> SCENARIOS = List.of("taiwan-invasion", "taiwan-blockade", "korea-war");
    static final List<String> IDS = List.of("WORLD", "USA", "CHN", "EU27", "JPN", "KOR", "TWN");
    static final List<String> CHANNELS = List.of("direct", "trade", "chips", "sanctions", "confidence");
    static final long SEED = 20261202L;

    private EconomyOutcomes() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "central";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> scenarios = args.length > 2 ? List.of(args[2].split(",")) : SCENARIOS;
        for (String scenario : scenarios) {
            Configuration config = ShippedScenario.compile(scenario, "P0");
            switch (mode) {
                case "ensemble" -> ensemble(scenario, config, n);
                case "central" -> central(scenario, config);
                case "sobol" -> sobol(scenario, config, n);
                default -> throw new IllegalArgumentException("mode: ensemble, central or sobol, got " + mode);
            }
        }
    }

    static String metric(String id) {
        return Metric.GDP_CHANGE_PCT_Y1.id(id);
    }

    static void ensemble(String scenario, Configuration config, int n) {
        Engine.Prepared prepared = EmbeddedData.engine().prepare(config);
        double[][] values = new double[IDS.size()][n];
        for (int r = 0; r < n; r++) {
            Outcome o = prepared.run(new RunSettings(SEED, true, false), r);
            for (int i = 0; i < IDS.size(); i++) {
                values[i][r] = o.metrics().getOrDefault(metric(IDS.get(i)), Double.NaN);
            }
        }
        for (int i = 0; i < IDS.size(); i++) {
            double[] v = values[i];
            System.out.printf(Locale.ROOT, "%s %s mean %.2f p05 %.2f p95 %.2f%n", scenario, IDS.get(i),
                    Arrays.stream(v).average().orElse(Double.NaN), quantile(v, 0.05), quantile(v, 0.95));
        }
    }

    static void central(String scenario, Configuration config) {
        List<UncertainParameter> fixed = new ArrayList<>();
        for (UncertainParameter p : config.parameters()) {
            double v = p.id().equals(InputOutputEconomy.CHANNEL_SPLIT) ? 1 : p.value();
            fixed.add(p.withDistribution(v, new Distribution.Fixed(v)));
        }
        Outcome o = EmbeddedData.engine().prepare(config.withParameters(fixed)).run(new RunSettings(SEED, true, false), 0);
        for (String id : IDS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %s total %.2f", scenario, id,
                    o.metrics().getOrDefault(metric(id), Double.NaN)));
            for (String c : CHANNELS) {
                line.append(String.format(Locale.ROOT, " %s %.2f", c, o.metrics().getOrDefault(metric(id) + "." + c, Double.NaN)));
            }
            System.out.println(line);
        }
    }

    static void sobol(String scenario, Configuration config, int n) {
        List<UncertainParameter> parameters = config.parameters().stream()
                .filter(p -> p.id().startsWith("economy.") && !p.id().startsWith("economy.trendGrowthPct.")
                        && p.distribution().high() > p.distribution().low()).toList();
        int k = parameters.size();
        SobolIndices design = SobolIndices.design(k, n, SEED);
        double[][] points = design.points();
        double[][] y = new double[IDS.size()][points.length];
        Engine engine = EmbeddedData.engine();
        RunSettings settings = new RunSettings(SEED, true, false);
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < points.length; p++) {
            order.add(p);
        }
        order.parallelStream().forEach(p -> {
            double[] values = new double[k];
            for (int i = 0; i < k; i++) {
                values[i] = ParameterSensitivity.inverse(parameters.get(i).distribution(), points[p][i]);
            }
            Outcome o = engine.prepare(ParameterSensitivity.withParameters(config, parameters, values)).run(settings, design.row(p));
            for (int i = 0; i < IDS.size(); i++) {
                y[i][p] = o.metrics().getOrDefault(metric(IDS.get(i)), Double.NaN);
            }
        });
        for (int i = 0; i < IDS.size(); i++) {
            SobolIndices.Index[] idx = design.analyse(y[i], ParameterSensitivity.BOOTSTRAP_SAMPLES, SEED ^ 0x5DEECE66DL);
            Integer[] rank = new Integer[k];
            for (int f = 0; f < k; f++) {
                rank[f] = f;
            }
            Arrays.sort(rank, (a, b) -> Double.compare(idx[b].total(), idx[a].total()));
            double firstAssumption = 0;
            double firstAll = 0;
            for (int f = 0; f < k; f++) {
                double s = Math.max(0, idx[f].first());
                firstAll += s;
                if (parameters.get(f).status() == Status.ASSUMPTION) {
                    firstAssumption += s;
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "SOBOL %s %s p05 %.2f p50 %.2f p95 %.2f | assumption share of sum S1 %.2f (sum S1 %.2f) |",
                    scenario, IDS.get(i), quantile(y[i], 0.05), quantile(y[i], 0.5), quantile(y[i], 0.95),
                    firstAll > 0 ? firstAssumption / firstAll : Double.NaN, firstAll));
            for (int t = 0; t < Math.min(3, k); t++) {
                int f = rank[t];
                line.append(String.format(Locale.ROOT, " %s ST %.2f [%.2f,%.2f] S1 %.2f (%s);",
                        parameters.get(f).id().substring("economy.".length()), idx[f].total(), idx[f].totalLow(),
                        idx[f].totalHigh(), idx[f].first(), parameters.get(f).status().name().toLowerCase(Locale.ROOT)));
            }
            System.out.println(line);
            StringBuilder all = new StringBuilder("ST " + scenario + " " + IDS.get(i));
            for (int f = 0; f < k; f++) {
                all.append(String.format(Locale.ROOT, " %s=%.3f/%.3f", parameters.get(f).id().substring("economy.".length()),
                        idx[f].total(), idx[f].first()));
            }
            System.out.println(all);
        }
        System.out.println("SOBOL " + scenario + " k=" + k + " n=" + n + " points=" + points.length + " parameters="
                + parameters.stream().map(p -> p.id().substring("economy.".length()) + ":"
                        + p.status().name().toLowerCase(Locale.ROOT)).toList());
    }

    static double quantile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
