package org.indivisible.model.decision;

import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.config.DecisionPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.indivisible.model.engine.World;

/**
 * The default rule: a proportional hazard, h = h0 exp(b . x) per week, with h0 from the pair's
 * annual base probability ({@code decision.h0AnnualPct.<pair>}, h0 = -ln(1 - p) / 52.18) and
 * one coefficient per feature shared by all pairs ({@code decision.coef.<feature>}). Features
 * are changes from the first week, so h = h0 at today's situation. Stateless, thread safe.
 *
 * <p>Reference: Cox (1972) for the form; Box-Steffensmeier and Jones (2004) for its use on the
 * timing of political events. docs/decisions.md gives each parameter's reasoning.
 */
public final class HazardDecisionRule implements DecisionRule {

    public static final String ID = DecisionSettings.HAZARD_RULE;
    /** Weeks per year (365.25 / 7). */
    static final double WEEKS_PER_YEAR = 365.25 / 7;

    @Override
    public String id() {
        return ID;
    }

    /**
     * A replication's draws of the coefficients and base probabilities: a world's parameters are
     * drawn once, when it is made, so they are read once per world rather than by id every week.
     */
    private record Drawn(World world, double[] coefficients, Map<DecisionPair, Double> baseAnnualPct) {
    }

    private volatile Drawn drawn;

    @Override
    public double hazardPerWeek(DecisionPair pair, double[] features, World world) {
        Drawn d = drawn;
        if (d == null || d.world() != world) {
            d = new Drawn(world, coefficients(world), new ConcurrentHashMap<>());
            drawn = d;
        }
        double annualPct = d.baseAnnualPct().computeIfAbsent(pair,
                p -> world.parameter(DecisionParameters.BASE_HAZARD + p.id()));
        return hazardPerWeek(annualPct, d.coefficients(), features);
    }

    /** The coefficients of this replication, by feature ordinal. */
    public static double[] coefficients(World world) {
        Feature[] all = Feature.values();
        double[] b = new double[all.length];
        for (Feature f : all) {
            b[f.ordinal()] = world.parameter(DecisionParameters.COEFFICIENT + f.id());
        }
        return b;
    }

    /** The closed form, for tests and tables: annual base probability in percent, coefficients, features. */
    public static double hazardPerWeek(double annualPct, double[] coefficients, double[] features) {
        if (!(annualPct >= 0 && annualPct < 100)) {
            throw new IllegalArgumentException("annual base probability must be in [0, 100) percent, got " + annualPct);
        }
        double h0 = -Math.log1p(-annualPct / 100) / WEEKS_PER_YEAR;
        double z = 0;
        for (int i = 0; i < coefficients.length; i++) {
            z += coefficients[i] * features[i];
        }
        // Capped so that no draw of the features makes the exponent overflow.
        return h0 * Math.exp(Math.min(z, 20));
    }
}
