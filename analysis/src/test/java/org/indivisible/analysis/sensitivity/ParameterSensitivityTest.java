package org.indivisible.analysis.sensitivity;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.indivisible.analysis.ensemble.EnsembleTestFixture;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

class ParameterSensitivityTest {

    static final String DEU = "economy.trendGrowthPct.DEU";
    static final String RUS = "economy.trendGrowthPct.RUS";
    /** NATO Europe's spending depends on Germany's economy, not on Russia's. */
    static final String METRIC = "defence_spending_usd_cum.NATO_EUROPE";

    @Test
    void inverseTransformIsTheDistributionsOwn() {
        assertEquals(0.5, ParameterSensitivity.inverse(new Distribution.Uniform(-1, 3), 0.375), 1e-15);
        assertEquals(-1, ParameterSensitivity.inverse(new Distribution.Uniform(-1, 3), 0), 0);
        assertEquals(3, ParameterSensitivity.inverse(new Distribution.Uniform(-1, 3), 1), 1e-12);
        assertEquals(2, ParameterSensitivity.inverse(new Distribution.Fixed(2), 0.7), 0);
    }

    @Test
    void overridingFixesOnlyTheChosenParameters() {
        Configuration base = EnsembleTestFixture.config("P0");
        UncertainParameter deu = base.parameter(DEU).orElseThrow();
        Configuration c = ParameterSensitivity.withParameters(base, List.of(deu), new double[] {2.5});
        assertEquals(new Distribution.Fixed(2.5), c.parameter(DEU).orElseThrow().distribution());
        assertEquals(2.5, c.parameter(DEU).orElseThrow().value());
        assertEquals(base.parameter(RUS), c.parameter(RUS));
        assertEquals(base.actors(), c.actors());
        assertEquals(base.events(), c.events());
    }

    @Test
    void morrisAndSobolFindTheParameterThatMatters() throws Exception {
        Configuration base = EnsembleTestFixture.config("P0");
        var morris = ParameterSensitivity.run(new ParameterSensitivity.Spec(base, List.of(DEU, RUS), METRIC,
                ParameterSensitivity.Method.MORRIS, 6, 1, 3, 2, true), EmbeddedData.engine(), ProgressListener.NONE);
        assertTrue(morris.morris()[0].muStar() > 0, "DEU mu* " + morris.morris()[0]);
        assertEquals(0, morris.morris()[1].muStar(), 0, "RUS cannot move NATO Europe's spending");
        assertEquals(6 * 3, morris.y().length);

        var sobol = ParameterSensitivity.run(new ParameterSensitivity.Spec(base, List.of(DEU, RUS), METRIC,
                ParameterSensitivity.Method.SOBOL, 64, 1, 3, 2, true), EmbeddedData.engine(), ProgressListener.NONE);
        // The other draws (the war's timing) are shared by the points of a row, so DEU's growth
        // explains all the variance: S = ST = 1 for DEU, 0 for RUS.
        assertEquals(1, sobol.sobol()[0].total(), 0.05);
        assertEquals(0, sobol.sobol()[1].first(), 1e-12);
        assertEquals(0, sobol.sobol()[1].total(), 1e-12);
        assertEquals(64 * 4, sobol.y().length);

        var again = ParameterSensitivity.run(new ParameterSensitivity.Spec(base, List.of(DEU, RUS), METRIC,
                ParameterSensitivity.Method.SOBOL, 64, 1, 3, 1, true), EmbeddedData.engine(), ProgressListener.NONE);
        assertEquals(java.util.Arrays.toString(sobol.y()), java.util.Arrays.toString(again.y()), "threads do not matter");
    }

    @Test
    void unknownParameterIsNamed() {
        Configuration base = EnsembleTestFixture.config("P0");
        var e = assertThrows(IllegalArgumentException.class, () -> ParameterSensitivity.parameters(base, List.of("nope")));
        assertTrue(e.getMessage().contains("no parameter nope") && e.getMessage().contains(DEU), e.getMessage());
        assertEquals(2, ParameterSensitivity.parameters(base, List.of()).size());
    }
}
