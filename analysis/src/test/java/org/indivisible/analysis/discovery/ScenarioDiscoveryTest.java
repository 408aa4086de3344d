package org.indivisible.analysis.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.indivisible.analysis.ensemble.EnsembleTestFixture;
import org.indivisible.data.EmbeddedData;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.RunSettings;
import org.junit.jupiter.api.Test;

class ScenarioDiscoveryTest {

    static final long SEED = 20261128L;
    static final int N = 200;
    /** NATO Europe's spending follows Germany's GDP, hence its growth draw; Russia's growth does not enter it. */
    static final String METRIC = "defence_spending_usd_cum.NATO_EUROPE";

    private static SortedMap<Integer, Double> run(Configuration config) {
        Engine.Prepared prepared = EmbeddedData.engine().prepare(config);
        SortedMap<Integer, Double> out = new TreeMap<>();
        for (int r = 0; r < N; r++) {
            out.put(r, prepared.run(new RunSettings(SEED, true, false), r).metrics().get(METRIC));
        }
        return out;
    }

    /**
     * The draws recomputed from the seed are the ones the engine used: the outcome that only
     * Germany's growth drives ranks almost exactly with the recomputed German draw, and not with
     * the Russian one. Misaligned draws (another stream or replication) would give rho near 0.
     */
    @Test
    void recomputedDrawsAreTheEnginesAndPrimFindsTheDriver() {
        Configuration config = EnsembleTestFixture.config("P0");
        SortedMap<Integer, Double> spending = run(config);
        double median = spending.values().stream().sorted().toList().get(N / 2);
        ScenarioDiscovery.Cases cases = ScenarioDiscovery.cases(config, SEED, N, spending, median, false);
        List<String> ids = cases.inputs().stream().map(p -> p.id()).toList();
        int deu = ids.indexOf("economy.trendGrowthPct.DEU");
        int rus = ids.indexOf("economy.trendGrowthPct.RUS");
        double[] y = spending.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] xDeu = Arrays.stream(cases.x()).mapToDouble(r -> r[deu]).toArray();
        double[] xRus = Arrays.stream(cases.x()).mapToDouble(r -> r[rus]).toArray();
        assertTrue(new SpearmansCorrelation().correlation(xDeu, y) > 0.95, "German growth drives the spending");
        assertTrue(Math.abs(new SpearmansCorrelation().correlation(xRus, y)) < 0.2, "Russian growth does not");

        List<ScenarioDiscovery.Screened> screened = ScenarioDiscovery.screen(cases);
        assertEquals(deu, screened.get(0).input());
        assertTrue(screened.get(0).qValue() < 1e-6);
        // Cases are the upper half of spending, so the box is German growth above its median
        // draw: the median of Uniform(-1, 3) is 1 (within the peeling step and sampling error).
        ScenarioDiscovery.Cases only = cases.select(new int[] {deu});
        List<ScenarioDiscovery.Found> found = ScenarioDiscovery.discover(only, new Prim(0.05, 0.05), 0.9, 1,
                Map.of("P0", only.y()));
        Prim.Box box = found.get(0).prim().box();
        assertEquals(1.0, box.lower()[0], 0.25);
        assertTrue(box.coverage() >= 0.9 && box.density() >= 0.9, "coverage " + box.coverage() + " density " + box.density());
        assertEquals(box.density(), found.get(0).rateInBoxByTreatment().get("P0"), 1e-12);
    }

    /** The quasi-p-value: a restriction that sheds only non-cases is significant; one that splits cases evenly is not. */
    @Test
    void quasiPSeparatesRealFromIdleRestrictions() {
        int n = 400;
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = (i % 20) / 20.0;
            x[i][1] = (i / 20) / 20.0;
            y[i] = x[i][0] >= 0.5 ? 1 : 0;
        }
        double[] lower = {0.5, 0.5};
        double[] upper = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        Prim.Box box = new Prim.Box(lower, upper, 0, 0, 0, 0);
        double[] p = ScenarioDiscovery.quasiP(box, x, y);
        // Lifting x0: the box would hold 200 points with 100 cases (rate 1/2); 100 cases in 100
        // points has binomial tail 2^-100. Lifting x1: rate 1 already, so p = 1.
        assertEquals(Math.pow(0.5, 100), p[0], 1e-40);
        assertEquals(1.0, p[1], 1e-12);
    }
}
