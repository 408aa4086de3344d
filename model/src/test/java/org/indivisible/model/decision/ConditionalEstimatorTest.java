package org.indivisible.model.decision;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * The conditional estimator {@code p_war_cond.<pair>} (the weekly probabilities summed up to the
 * first start) against the binary outcome {@code decision_war.<pair>} over 10,000 replications of
 * the decision process on the fixture world, every parameter drawn: its mean equals the binary
 * mean within sampling error (it is unbiased) and its variance is lower.
 *
 * <p>The world moves the hazards: a Korean war in the second year takes half of every US type out
 * of Europe (Russia's hazard on NATO's flank rises), the base probabilities are raised so that
 * wars are common and last (the case where a product over the path that skips the weeks at war
 * would drift), and China decides on Taiwan alongside.
 */
class ConditionalEstimatorTest {

    private static final int REPLICATIONS = 10_000;

    @Test
    void theConditionalEstimatorIsUnbiasedForTheWarChanceAndHasLowerVariance() {
        var config = DecisionFixtures.world(List.of(), 0.5, 0.2, DecisionFixtures.START.plusYears(2));
        List<UncertainParameter> ps = new ArrayList<>(config.parameters());
        ps.replaceAll(p -> p.id().equals(DecisionParameters.BASE_HAZARD + "RUS.nato_europe")
                ? DecisionFixtures.fixed(p.id(), 6)
                : p.id().equals(DecisionParameters.BASE_HAZARD + "CHN.taiwan") ? DecisionFixtures.fixed(p.id(), 4) : p);
        config = config.withParameters(ps);
        Engine.Prepared prepared = StandardModel.engine().prepare(config);
        String[] pairs = {"RUS.nato_europe", "CHN.taiwan"};
        double[][] binary = new double[pairs.length][REPLICATIONS];
        double[][] conditional = new double[pairs.length][REPLICATIONS];
        double[][] product = new double[pairs.length][REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            Outcome o = prepared.run(new RunSettings(20261202L, true, false), r);
            for (int j = 0; j < pairs.length; j++) {
                binary[j][r] = o.metrics().get("decision_war." + pairs[j]);
                conditional[j][r] = o.metrics().get("p_war_cond." + pairs[j]);
                product[j][r] = o.metrics().get("p_decision." + pairs[j]);
            }
        }
        for (int j = 0; j < pairs.length; j++) {
            double mb = mean(binary[j]);
            double mc = mean(conditional[j]);
            double[] d = new double[REPLICATIONS];
            for (int r = 0; r < REPLICATIONS; r++) {
                d[r] = binary[j][r] - conditional[j][r];
            }
            // The paired difference's standard error: both are means of the same replications.
            double se = Math.sqrt(variance(d) / REPLICATIONS);
            String what = String.format("%s: binary %.4f, conditional %.4f, difference %.4f (se %.4f); variance %.5f vs %.5f"
                    + " (p_decision, the product over every asked week: mean %.4f)",
                    pairs[j], mb, mc, mb - mc, se, variance(binary[j]), variance(conditional[j]), mean(product[j]));
            System.out.println(what);
            assertTrue(mb > 0.05 && mb < 0.95, "wars must be common enough to test: " + what);
            // Unbiased: within 3 standard errors (a fixed seed; 0.27% of seeds would fail by chance).
            assertTrue(Math.abs(mb - mc) < 3 * se, what);
            // Lower variance: for a Bernoulli(p) outcome the variance is p(1 - p); conditioning on
            // the hazard path removes the week-by-week coin flips, which are most of it.
            assertTrue(variance(conditional[j]) < 0.5 * variance(binary[j]), what);
        }
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }
}
