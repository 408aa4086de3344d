package org.indivisible.model.korea;

import java.util.List;
import org.indivisible.model.parameter.ParameterTable;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The Korea campaign's parameters with defaults, ranges, sources and status (docs/forces-and-combat.md
 * section 8). The artillery count and casualty rate and the missiles' observed reliability are
 * sourced; Russian help to their quality, interception and the damage per hit are assumptions.
 * Immutable.
 */
public final class KoreaParameters {

    public static final String PREFIX = "korea.";
    public static final String ARTILLERY_SYSTEMS = PREFIX + "artillery.systemsInRange";
    public static final String CASUALTIES_PER_SYSTEM_HOUR = PREFIX + "artillery.casualtiesPerSystemHour";
    public static final String SHELTER = PREFIX + "artillery.shelteredCasualtyFactor";
    public static final String FIRING_HOURS = PREFIX + "artillery.firingHoursPerWeek";
    public static final String COUNTERFIRE = PREFIX + "artillery.counterfireLossPerWeek";
    public static final String RELIABILITY = PREFIX + "missile.reliability2024.PRK";
    public static final String RELIABILITY_GAIN = PREFIX + "missile.reliabilityGainPerYear.PRK";
    public static final String RELIABILITY_MAX = PREFIX + "missile.reliabilityMax.PRK";
    public static final String INTERCEPT = PREFIX + "missile.interceptProbability";
    public static final String LOSS_PER_HIT = PREFIX + "missile.defenderPowerLossPerHit";

    /** decision.reference.missileStrike.PRK.korea (Features.REFERENCE_MISSILE_STRIKE; decision cannot be named here). */
    static final String REFERENCE_MISSILE_STRIKE_PRK = "decision.reference.missileStrike.PRK.korea";
    static final double REFERENCE_MISSILE_STRIKE_VALUE = 350.548;

    private KoreaParameters() {
    }

    /** Every default, sorted by id: the table korea-parameters.tsv beside this class (its resource folder). */
    public static List<UncertainParameter> defaults() {
        return ParameterTable.read(KoreaParameters.class, "korea-parameters.tsv");
    }
}
