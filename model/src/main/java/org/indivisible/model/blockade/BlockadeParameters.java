package org.indivisible.model.blockade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.indivisible.model.parameter.Status;
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

    private static final String A = "assumption-blockade";

    private BlockadeParameters() {
    }

    /** Every default, sorted by id. */
    public static List<UncertainParameter> defaults() {
        List<UncertainParameter> p = new ArrayList<>();
        p.add(tri(ENABLED, 0, 0, 0, "switch", A, Status.ASSUMPTION,
                "1: a crisis in the taiwan theater is a blockade fought as operations (taiwan-blockade.yaml); 0: the "
                        + "crisis stays a theater state and the economy applies its fixed blockade cuts."));
        p.add(tri(ARRIVALS, 250, 150, 400, "ships per week", A, Status.ASSUMPTION,
                "Merchant ships bound for Taiwan in a normal week. Not sourced: about 13,000 arrivals a year; it sets "
                        + "only the granularity of the weekly draws (shares, not counts, reach the economy). For scale, "
                        + "24.7 bcm of LNG a year (spglobal-2024-twn-lng) is about five LNG carriers a week."));
        p.add(tri(ATTEMPT, 0.5, 0.2, 0.8, "share of normal shipping", A, Status.ASSUMPTION,
                "Share of the normal Taiwan-bound shipping that still sails once the blockade is declared (owners, "
                        + "crews and war-risk insurers decide); the rest stays away. Ours."));
        p.add(tri(ENFORCING, 0.3, 0.15, 0.5, "share of PLA surface combatants", A, Status.ASSUMPTION,
                "Share of China's surface combatants in the Indo-Pacific on blockade station at any time (rotation, "
                        + "transit and maintenance take the rest). Ours."));
        p.add(tri(INTERDICTION, 0.08, 0.04, 0.15, "per enforcing ship", A, Status.ASSUMPTION,
                "A runner's chance of being stopped is 1 - exp(-k E) with E the enforcing ships: at k = 0.08, 30 "
                        + "ships stop 91% of runners, 10 ships 55%. Ours, from the geometry of a cordon of a few "
                        + "approaches; not fit to an exercise or study."));
        p.add(tri(SUNK, 0.05, 0, 0.2, "share of ships interdicted", A, Status.ASSUMPTION,
                "Share of interdicted ships sunk or disabled rather than turned back (a blockade that mostly turns "
                        + "ships back, with exemplary sinkings). Ours."));
        p.add(tri(STOCK_DAYS + "lng", 11, 10, 14, "days of consumption", "reuters-2022-twn-energy-inventories",
                Status.OBSERVED, "Natural gas inventory: 11 days (Reuters 2022-10-24, deputy minister Tseng); 10-11 "
                        + "days (MOEA, taipeitimes-2022-twn-energy-reserves); 14 days announced October 2024 (high end)."));
        p.add(tri(STOCK_DAYS + "coal", 39, 30, 45, "days of consumption", "taipeitimes-2022-twn-energy-reserves",
                Status.OBSERVED, "Coal stockpiles sufficient for 39 days (MOEA statement, Taipei Times 2022-08-04); "
                        + "range ours."));
        p.add(tri(STOCK_DAYS + "oil", 146, 100, 146, "days of consumption", "taipeitimes-2022-twn-energy-reserves",
                Status.OBSERVED, "Crude oil reserves of 146 days of consumption (MOEA, Taipei Times 2022-08-04); "
                        + "'100 days or more' (Reuters 2022-10-24) is the low end."));
        p.add(tri(IMPORT_SHARE + "lng", 0.99, 0.98, 1, "share of consumption", "spglobal-2024-twn-lng", Status.OBSERVED,
                "Taiwan imported 99% of its gas needs in 2023 (S&P Global 2024-05-30, Energy Administration data)."));
        p.add(tri(IMPORT_SHARE + "coal", 0.98, 0.97, 1, "share of consumption", "reuters-2022-twn-energy-inventories",
                Status.DERIVED, "Taiwan imports 98% of its energy (Reuters 2022-10-24); applied to coal."));
        p.add(tri(IMPORT_SHARE + "oil", 0.98, 0.97, 1, "share of consumption", "reuters-2022-twn-energy-inventories",
                Status.DERIVED, "Taiwan imports 98% of its energy (Reuters 2022-10-24); applied to oil."));
        p.add(tri(POWER_SHARE + "lng", 0.396, 0.35, 0.5, "share of electricity generated", "spglobal-2024-twn-lng",
                Status.OBSERVED, "Gas-fired generation 39.6% of the total in 2023 (S&P Global 2024-05-30); the "
                        + "government aimed at 50% by 2025 (high end)."));
        p.add(tri(POWER_SHARE + "coal", 0.422, 0.35, 0.45, "share of electricity generated", "spglobal-2024-twn-lng",
                Status.OBSERVED, "Coal 42.2% of generation in 2023 (S&P Global 2024-05-30)."));
        p.add(tri(POWER_SHARE + "oil", 0.013, 0.01, 0.02, "share of electricity generated", "spglobal-2024-twn-lng",
                Status.OBSERVED, "Oil 1.3% of generation in 2023 (S&P Global 2024-05-30). The rest (renewables 9.5%, "
                        + "nuclear 6.3% until the last reactor closed in 2025, hydro 1.1%) needs no imported fuel."));
        p.add(tri(OUTPUT_PER_ELECTRICITY, 0.8, 0.5, 1, "share of output lost per share of electricity lost", A,
                Status.ASSUMPTION, "Taiwan's output lost per unit of electricity lost, after households and services "
                        + "are rationed first. Ours."));
        p.add(tri(OIL_NON_POWER, 0.1, 0.05, 0.2, "share of output", A, Status.ASSUMPTION,
                "Share of Taiwan's output that stops without oil beyond its power use (transport, petrochemical "
                        + "feedstock), scaled by the oil shortfall. Ours."));
        p.add(tri(FOOD_SELF, 0.303, 0.3, 0.35, "share of calories", "cna-2024-twn-food-self-sufficiency",
                Status.OBSERVED, "Food self-sufficiency 30.3% of calories in 2023 (Ministry of Agriculture via CNA, "
                        + "2024-10-15); 34.6% in 2018 is the high end."));
        p.add(tri(FOOD_STOCK_DAYS, 213, 91, 365, "days of the imported calories", "reuters-2024-twn-wartime-food",
                Status.ESTIMATE, "Rice stocks enough for at least seven months (213 days), against a legal minimum of "
                        + "three (91 days, the low end); vegetables, poultry and meat about a year (Ministry of "
                        + "Agriculture report of 2024-10-22 via Reuters and Taiwan News). Counted as days of the "
                        + "calories normally imported (an assumption: rationed staples stand in for the imports)."));
        p.add(tri(NEGOTIATED, 50, 20, 80, "percent per year", A, Status.ASSUMPTION,
                "Annual chance that the blockade ends by negotiation; 50% gives a median of a year, the length the "
                        + "scenario used to fix. Ours, not a forecast."));
        p.add(tri(ESCALATION, 10, 2, 30, "percent per year", A, Status.ASSUMPTION,
                "Annual chance that the blockade escalates to war with no ship sunk. Ours."));
        p.add(tri(ESCALATION_PER_SINKING, 0.05, 0, 0.2, "relative increase per ship sunk", A, Status.ASSUMPTION,
                "Each ship sunk so far raises the escalation hazard by this share (h = h0 (1 + k sunk)): sinkings "
                        + "bring in flag states and the US Navy. Ours."));
        p.add(tri(CAPITULATION, 0.03, 0.005, 0.1, "per week", A, Status.ASSUMPTION,
                "Weekly chance that Taiwan accepts Beijing's terms when it has lost all of its electricity or food; "
                        + "proportional to the larger of the two shortfalls. Ours: at the 76% power shortfall left once "
                        + "gas and coal are gone, about 2.3% a week, a median of some 30 weeks (Berlin held out 11 "
                        + "months in 1948-49, with an airlift; no modern record of a blockaded democracy settles it)."));
        p.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(p);
    }

    private static UncertainParameter tri(String id, double value, double low, double high, String unit, String source,
                                          Status status, String note) {
        if (low == high) {
            return new UncertainParameter(id, value, new org.indivisible.model.parameter.Distribution.Fixed(value), unit,
                    source, status, note);
        }
        return UncertainParameter.triangular(id, value, low, high, unit, source, status, note);
    }
}
