package org.indivisible.model.influence;

import java.util.List;
import org.indivisible.model.parameter.ParameterTable;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The influence process's uncertain parameters with default values, ranges, sources and status
 * (all assumptions: no source in the data pins them down; docs/model.md asks that the initial shares
 * be flagged as survey-informed guesses). Immutable.
 */
public final class InfluenceParameters {

    public static final String PREFIX = "influence.";
    public static final String INITIAL_EUROPE = PREFIX + "initialSharePct.europe";
    public static final String INITIAL_IP4 = PREFIX + "initialSharePct.ip4";
    public static final String SUSCEPTIBILITY = PREFIX + "susceptibility";
    public static final String PEER_WEIGHT = PREFIX + "peerWeight";
    public static final String ADVERSARY_REACH = PREFIX + "adversaryReachPerWeek";
    public static final String COUNTER_REACH = PREFIX + "counterReachPerWeek";
    public static final String WAR_AMPLIFIER = PREFIX + "warAmplifier";
    public static final String ENGAGEMENT_HALF = PREFIX + "engagementsHalfEffectPerYear";
    public static final String COPRODUCTION_ELASTICITY = PREFIX + "coProductionElasticity";

    private InfluenceParameters() {
    }

    /** Every default, sorted by id: the table influence-parameters.tsv beside this class (its resource folder). */
    public static List<UncertainParameter> defaults() {
        return ParameterTable.read(InfluenceParameters.class, "influence-parameters.tsv");
    }
}
