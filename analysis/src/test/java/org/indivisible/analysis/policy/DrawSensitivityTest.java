package org.indivisible.analysis.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.analysis.ensemble.EnsembleTestFixture;
import org.indivisible.data.EmbeddedData;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.RunSettings;
import org.junit.jupiter.api.Test;

/**
 * The screen replays each replication's parameter draws without running the model; they must be
 * the model's own. In the fixture NATO Europe's spending is a fixed share of Germany's GDP, which
 * grows at Germany's drawn trend after the path's last year, so it rises strictly with that draw:
 * a rank correlation of exactly 1 if, and only if, the replayed draws are the model's.
 */
class DrawSensitivityTest {

    @Test
    void theReplayedDrawsAreTheModelsOwn() {
        Configuration config = EnsembleTestFixture.config("P0");
        Engine engine = EmbeddedData.engine();
        long seed = 20261128L;
        SortedMap<Integer, Double> spending = new TreeMap<>();
        for (int k = 0; k < 30; k++) {
            spending.put(k, engine.run(config, new RunSettings(seed, true, false), k).metrics()
                    .get("defence_spending_usd_cum.NATO_EUROPE"));
        }
        List<DrawSensitivity> top = DrawSensitivity.top(config.parameters(), spending, seed, 2);
        assertEquals("economy.trendGrowthPct.DEU", top.get(0).id());
        assertEquals(1.0, top.get(0).spearman(), 1e-12);
        assertEquals(true, Math.abs(top.get(1).spearman()) < 0.9, top.toString());
    }

    @Test
    void ranksShareTiesAndCorrelationIsPearsonsOnThem() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, DrawSensitivity.ranks(new double[] {0.1, 0.5, 0.5, 0.9}), 0);
        assertEquals(-1, DrawSensitivity.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    }
}
