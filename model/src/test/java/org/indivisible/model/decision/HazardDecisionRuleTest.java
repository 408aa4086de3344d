package org.indivisible.model.decision;

import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.config.DecisionMode;
import org.indivisible.model.config.DecisionSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.junit.jupiter.api.Test;

class HazardDecisionRuleTest {

    @Test
    void atTodaysFeaturesAYearOfWeeklyHazardsGivesTheAnnualProbability() {
        double[] zero = new double[Feature.values().length];
        double[] b = {0.7, -0.5, -0.15, 0.3, 0.5};
        for (double pct : new double[] {0.1, 0.74, 4.4, 30}) {
            double h = HazardDecisionRule.hazardPerWeek(pct, b, zero);
            // 1 - exp(-h * 365.25/7) = p: the closed form of a constant hazard over a year.
            assertEquals(pct / 100, -Math.expm1(-h * 365.25 / 7), 1e-12);
        }
    }

    @Test
    void eachFeatureMultipliesTheHazardByExpOfItsCoefficient() {
        double[] b = {0.7, -0.5, -0.15, 0.3, 0.5};
        double h0 = HazardDecisionRule.hazardPerWeek(1, b, new double[5]);
        for (int f = 0; f < 5; f++) {
            double[] x = new double[5];
            x[f] = 2;
            assertEquals(Math.exp(2 * b[f]), HazardDecisionRule.hazardPerWeek(1, b, x) / h0, 1e-12);
        }
    }

    @Test
    void refusesAnImpossibleBaseProbability() {
        assertThrows(IllegalArgumentException.class, () -> HazardDecisionRule.hazardPerWeek(100, new double[5], new double[5]));
    }

    @Test
    void everyDefaultHasProvenanceAndCoefficientsHaveTheirSign() {
        for (var p : DecisionParameters.defaults()) {
            assertTrue(!p.sourceId().isBlank() && !p.note().isBlank(), p.id());
        }
        Map<String, double[]> signs = Map.of("usForces", new double[] {-10, 0}, "sanctionsCost", new double[] {-10, 0},
                "balance", new double[] {0, 10}, "alignedSupport", new double[] {0, 10}, "partnerAtWar", new double[] {0, 10});
        signs.forEach((f, range) -> {
            var p = DecisionParameters.defaults().stream().filter(q -> q.id().equals(DecisionParameters.COEFFICIENT + f))
                    .findFirst().orElseThrow();
            assertTrue(p.distribution().low() >= range[0] && p.distribution().high() <= range[1], f);
        });
    }

    @Test
    void theRuleStartsWarsAtTheRateItsHazardImplies() {
        // Russia alone, no forces, nothing changes: the hazard stays h0, so over one year the
        // share of replications with a war is binomial around the annual probability (30% here).
        Configuration config = DecisionFixtures.world(List.of(), 0, 0, null)
                .withDecisions(new DecisionSettings(HazardDecisionRule.ID, new TreeMap<>(Map.of(
                        "CHN.taiwan", DecisionMode.FORBID))));
        List<org.indivisible.model.parameter.UncertainParameter> ps = new java.util.ArrayList<>(config.parameters());
        ps.replaceAll(p -> p.id().equals(DecisionParameters.BASE_HAZARD + "RUS.nato_europe")
                ? DecisionFixtures.fixed(p.id(), 30) : p);
        config = config.withParameters(ps);
        Engine.Prepared prepared = StandardModel.engine().prepare(config);
        int n = 400;
        int wars = 0;
        int firstYear = 0;
        double implied = 0;
        for (int r = 0; r < n; r++) {
            Outcome o = prepared.run(new RunSettings(5, false, true), r);
            wars += o.metrics().get("decision_war.RUS.nato_europe").intValue();
            Double week = o.metrics().get("conflict_start_week.nato_europe");
            firstYear += week != null && week < 365.25 / 7 ? 1 : 0;
            implied = o.metrics().get("p_decision.RUS.nato_europe");
        }
        assertTrue(wars > 0);
        // Central values: features stay 0 before the first war, so within the first year the
        // count is Binomial(n, 0.30) -> 4 standard deviations = 4 sqrt(400 * 0.3 * 0.7) = 36.7.
        assertEquals(0.30 * n, firstYear, 37);
        assertTrue(implied > 0 && implied <= 1);
    }
}
