package org.indivisible.model.decision;

import org.indivisible.model.config.DecisionPair;
import java.util.ServiceLoader;
import org.indivisible.model.engine.World;

/**
 * How a potential aggressor decides, week by week, whether to start a war: a hazard given the
 * features of its situation. The engine never sees a rule: {@link DecisionProcess} asks the
 * rule the scenario names ({@code decisions.rule}) for each pair it decides. A rule must be a
 * pure function of its arguments and the world's parameters (it may not draw random numbers:
 * the process draws one uniform per pair and step itself, so treatments share draws).
 *
 * <p>To plug another rule (an expected-utility bargaining model, say), implement
 * {@link Provider}, list it in {@code META-INF/services/org.indivisible.model.decision.DecisionRule$Provider}
 * and name its id in the scenario. Implementations are stateless and thread safe.
 */
public interface DecisionRule {

    /** The id a scenario names. */
    String id();

    /**
     * The hazard of starting a war, per week (the probability of starting one in a week is
     * {@code 1 - exp(-hazard)}): finite and non-negative.
     *
     * @param pair who decides, where
     * @param features the pair's features this week, indexed by {@link Feature#ordinal()}, each a
     *     change from the first week
     * @param world the replication (for parameters); read only
     */
    double hazardPerWeek(DecisionPair pair, double[] features, World world);

    /** Makes rules known by id through {@link ServiceLoader}. */
    interface Provider {
        DecisionRule rule();
    }

    /** The built-in rule or a provided one with this id. */
    static DecisionRule byId(String id) {
        if (id.equals(HazardDecisionRule.ID)) {
            return new HazardDecisionRule();
        }
        for (Provider p : ServiceLoader.load(Provider.class)) {
            DecisionRule r = p.rule();
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no decision rule '" + id + "': the built-in rule is '" + HazardDecisionRule.ID
                + "'; others are found through META-INF/services/" + Provider.class.getName());
    }
}
