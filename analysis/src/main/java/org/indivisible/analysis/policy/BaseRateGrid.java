package org.indivisible.analysis.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.indivisible.analysis.comparison.WarRisk;
import org.indivisible.analysis.sensitivity.ParameterSensitivity;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.metric.MetricSelection;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * P(war) and each treatment's effect on it with every base hazard ({@code decision.h0AnnualPct.*})
 * held at the low, central or high end of its range (docs/decisions.md section 3), everything else
 * drawn as in the study: the base rates are assumptions that set the level, so the brief shows the
 * study's mixed result beside this grid and says which findings hold at both ends. The same seed
 * and replication numbers as the study, so the grid's cells are paired with each other and their
 * values are the same on any number of threads.
 *
 * @param points one per level, in the order low, central, high
 */
public record BaseRateGrid(List<Point> points) {

    public static final String BASE_HAZARD = "decision.h0AnnualPct.";
    public static final List<String> LEVELS = List.of("low", "central", "high");
    /** The war-risk metrics a grid point keeps. */
    static final MetricSelection WAR_RISK = MetricSelection.of(Metric.P_WAR_COND, Metric.P_CONFLICT,
            Metric.P_CONFLICT_INDO_PACIFIC, Metric.P_CONFLICT_NATO_EUROPE_AFTER_INDO_PACIFIC, Metric.P_DECISION);

    /**
     * @param level low, central or high
     * @param baseHazardPct each pair's annual base hazard at this level, percent
     * @param values per treatment, the war-risk metrics' per-replication values
     */
    public record Point(String level, SortedMap<String, Double> baseHazardPct,
                        Map<String, SortedMap<String, SortedMap<Integer, Double>>> values) {

        public java.util.Optional<WarRisk.Level> level(String treatment, String theater) {
            var v = values.get(treatment);
            return v == null ? java.util.Optional.empty() : WarRisk.level(v, theater);
        }

        public java.util.Optional<WarRisk.Effect> effect(String baseline, String treatment, String theater) {
            var b = values.get(baseline);
            var t = values.get(treatment);
            return b == null || t == null ? java.util.Optional.empty() : WarRisk.effect(b, t, theater);
        }
    }

    /**
     * Runs the grid.
     *
     * @param configurations the scenario's configuration under each treatment, in order
     */
    public static BaseRateGrid run(Engine engine, Map<String, Configuration> configurations, int replications, long seed,
                                   int threads) throws InterruptedException {
        List<Point> points = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "base-rate-grid");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String level : LEVELS) {
                SortedMap<String, Double> h0 = new TreeMap<>();
                Map<String, SortedMap<String, SortedMap<Integer, Double>>> values = new LinkedHashMap<>();
                for (Map.Entry<String, Configuration> e : configurations.entrySet()) {
                    List<UncertainParameter> hazards = e.getValue().parameters().stream()
                            .filter(p -> p.id().startsWith(BASE_HAZARD)).toList();
                    double[] at = new double[hazards.size()];
                    for (int i = 0; i < at.length; i++) {
                        UncertainParameter p = hazards.get(i);
                        at[i] = switch (level) {
                            case "low" -> p.distribution().low();
                            case "high" -> p.distribution().high();
                            default -> p.value();
                        };
                        h0.put(p.id().substring(BASE_HAZARD.length()), at[i]);
                    }
                    Configuration fixed = ParameterSensitivity.withParameters(e.getValue(), hazards, at);
                    values.put(e.getKey(), run(engine.prepare(fixed), replications, seed, pool));
                }
                points.add(new Point(level, h0, values));
            }
        } finally {
            pool.shutdownNow();
        }
        return new BaseRateGrid(List.copyOf(points));
    }

    /** The war-risk metrics of replications 0..n-1, each into its own slot. */
    private static SortedMap<String, SortedMap<Integer, Double>> run(Engine.Prepared prepared, int replications, long seed,
                                                                      ExecutorService pool) throws InterruptedException {
        RunSettings settings = new RunSettings(seed, true, false);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int k = 0; k < replications; k++) {
            int replication = k;
            futures.add(pool.submit(() -> prepared.run(settings, replication)));
        }
        SortedMap<String, SortedMap<Integer, Double>> out = new TreeMap<>();
        for (int k = 0; k < replications; k++) {
            Outcome o;
            try {
                o = futures.get(k).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("base-rate grid, replication " + k + ": " + e.getCause().getMessage(), e.getCause());
            }
            for (Map.Entry<String, Double> m : o.metrics().entrySet()) {
                String id = m.getKey();
                if (WAR_RISK.contains(id)) {
                    out.computeIfAbsent(id, x -> new TreeMap<>()).put(o.replication(), m.getValue());
                }
            }
        }
        return out;
    }
}
