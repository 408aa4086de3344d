package org.indivisible.model.blockade;

import java.util.List;
import org.indivisible.model.parameter.ParameterTable;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The blockade's parameters with their defaults, ranges, sources and status; the snapshot adds
 * them to its defaults so that a scenario can override any of them. Stocks, import dependence
 * and the power mix are sourced (docs/forces-and-combat.md section 8 gives each locator); the
 * enforcement, the shippers' behaviour and the end hazards are assumptions, none tuned to a
 * published blockade study. Immutable.
 */
public final class BlockadeParameters {

    public static final String PREFIX = "blockade.taiwan.";
    /** 1 when the theater's crisis is a blockade fought as operations; 0 (default) leaves the crisis a theater state. */
    public static final String ENABLED = PREFIX + "enabled";
    public static final String ARRIVALS = PREFIX + "normalArrivalsPerWeek";
    public static final String ATTEMPT = PREFIX + "runnerShare";
    public static final String ENFORCING = PREFIX + "plaShareEnforcing";
    public static final String INTERDICTION = PREFIX + "interdictionPerShip";
    public static final String SUNK = PREFIX + "sunkShareOfInterdicted";
    public static final String STOCK_DAYS = PREFIX + "stockDays.";
    public static final String IMPORT_SHARE = PREFIX + "importShare.";
    public static final String POWER_SHARE = PREFIX + "powerShare.";
    public static final String OUTPUT_PER_ELECTRICITY = PREFIX + "outputLossPerElectricityLoss";
    public static final String OIL_NON_POWER = PREFIX + "oilNonPowerOutputShare";
    public static final String FOOD_SELF = PREFIX + "foodSelfSufficiency";
    public static final String FOOD_STOCK_DAYS = PREFIX + "stockDays.food";
    public static final String NEGOTIATED = PREFIX + "negotiatedEndAnnualPct";
    public static final String ESCALATION = PREFIX + "escalationAnnualPct";
    public static final String ESCALATION_PER_SINKING = PREFIX + "escalationPerShipSunk";
    public static final String CAPITULATION = PREFIX + "capitulationPerWeekAtFullShortfall";

    /** The energy carriers whose stocks Taiwan draws down, in this order. */
    public static final List<String> CARRIERS = List.of("lng", "coal", "oil");

    private BlockadeParameters() {
    }

    /** Every default, sorted by id: the table blockade-parameters.tsv beside this class (its resource folder). */
    public static List<UncertainParameter> defaults() {
        return ParameterTable.read(BlockadeParameters.class, "blockade-parameters.tsv");
    }
}
