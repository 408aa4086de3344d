package org.indivisible.model.industry;

/**
 * The ids of the munitions parameters in a configuration, in one place. A holding (an actor's
 * stock of one munition) exists when any per-holding parameter names it; absent optional
 * parameters count as zero. Units are in the names. docs/industry.md lists each with its source.
 */
public final class MunitionParameters {

    public static final String PREFIX = "munitions.";

    private MunitionParameters() {
    }

    /** Stock at the start of the run, rounds (per holding). */
    public static String stockRounds(String munition, String iso3) {
        return PREFIX + "stockRounds." + munition + "." + iso3;
    }

    /** Production capacity at the start of the run, rounds per year (per holding). */
    public static String capacityRoundsPerYear(String munition, String iso3) {
        return PREFIX + "capacityRoundsPerYear." + munition + "." + iso3;
    }

    /** Percent of the actor's defence budget invested in new capacity for the munition (per holding). */
    public static String investPctBudget(String munition, String iso3) {
        return PREFIX + "investPctBudget." + munition + "." + iso3;
    }

    /** Share (0..1) of the holding's production inputs that are imported. */
    public static String importShare(String munition, String iso3) {
        return PREFIX + "importShare." + munition + "." + iso3;
    }

    /** Exogenous growth of the holding's capacity, percent per year (technical help from a partner). */
    public static String capacityGrowthPctPerYear(String munition, String iso3) {
        return PREFIX + "capacityGrowthPctPerYear." + munition + "." + iso3;
    }

    /** Rounds fired per day while the theater is at war (artillery, missiles, loitering munitions). */
    public static String firingRoundsPerDay(String munition, String iso3, String theater) {
        return PREFIX + "firingRoundsPerDay." + munition + "." + iso3 + "." + theater;
    }

    /** Interceptors an actor spends per incoming missile (interceptor holdings). */
    public static String interceptorsPerMissile(String munition, String iso3) {
        return PREFIX + "interceptorsPerMissile." + munition + "." + iso3;
    }

    /** A recurring transfer, rounds per year, from donor to recipient. */
    public static String transferRoundsPerYear(String munition, String from, String to) {
        return PREFIX + "transferRoundsPerYear." + munition + "." + from + "." + to;
    }

    /** Fractional year the transfer starts (2023.6 is early August 2023); absent: from the start. */
    public static String transferStartYear(String munition, String from, String to) {
        return PREFIX + "transferStartYear." + munition + "." + from + "." + to;
    }

    /** Share (0..1) of each initial stock an actor keeps as a reserve it never transfers below. */
    public static String reserveFloorShare(String iso3) {
        return PREFIX + "reserveFloorShare." + iso3;
    }

    /** Share (0..1) of an actor's imported inputs denied by sanctions and export controls. */
    public static String exportControlCut(String iso3) {
        return PREFIX + "exportControlCut." + iso3;
    }

    /**
     * Share (0..1) of an actor's denied inputs that a supplier replaces (China's dual-use goods for
     * Russia); several suppliers add up, to at most all of the cut.
     */
    public static String partnerInputRestore(String iso3, String supplier) {
        return PREFIX + "partnerInputRestore." + iso3 + "." + supplier;
    }

    /** Cost of one round, US$ (per munition). */
    public static String unitCostUsd(String munition) {
        return PREFIX + "unitCostUsd." + munition;
    }

    /** Investment that adds one round per year of capacity, US$ (per munition). */
    public static String capacityCostUsdPerRoundPerYear(String munition) {
        return PREFIX + "capacityCostUsdPerRoundPerYear." + munition;
    }

    /** Years from investment to the first output of the new capacity (per munition). */
    public static String rampLagYears(String munition) {
        return PREFIX + "rampLagYears." + munition;
    }
}
