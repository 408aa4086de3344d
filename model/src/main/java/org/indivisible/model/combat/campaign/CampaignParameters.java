package org.indivisible.model.combat.campaign;

import java.util.function.ToDoubleFunction;

/**
 * The Taiwan campaign's inputs for one replication, read once at the war's start from the
 * snapshot's {@code campaign.taiwan.*} parameters (data module, campaign.csv: each with its
 * source, locator and status) through {@code get}, which the engine backs with
 * {@code World.parameter}. Counts are physical (ships, missiles, aircraft, battalions,
 * personnel); rates are per 3.5-day turn unless the name says otherwise. Immutable.
 */
public final class CampaignParameters {

    public static final String PREFIX = "campaign.taiwan.";
    /** 1 when the Taiwan invasion is fought as a campaign (else the aggregate combat law fights it). */
    public static final String ENABLED = PREFIX + "enabled";
    /** The combat part's breakpoint, shared: the defender breaks at this share of its ground force. */
    public static final String BREAKPOINT = "combat.breakpointShare";

    // PLA amphibious lift and the crossing
    public final double liftShips, troopsPerTurn, offloadFactor, troopsPerBattalion, sustainedPerLiftTroop;
    public final double escortShare, escortChannels, escortInterceptors, hitsToSinkLift, hitsToSinkEscort;
    public final double liftShareOfSinkings, crewPerEscort, crewPerLiftShip;
    // PLA strikes
    public final double ascmStock, ascmPerYear, ascmPerTurn, twnAirDestroyedOnGround, launcherLossPerTurn,
            baseStrikeLossPerTurn, airGroundGain, aircraftPerSquadron;
    // Taiwan
    public final double harpoons, harpoonLaunchers, harpoonsPerLauncherPerTurn, battalions, understrength,
            engagedShare, reserveBrigades, battalionsPerReserveBrigade, reserveQuality, reserveTurns,
            defenceMultiplier, twnTroopsPerBattalion;
    // United States and Japan
    public final double interventionDelayWeeks, interventionScaleMin, lrasm, lrasmPerYear, jassmEr, jassmErPerYear,
            jassmErAntiShip, missilesPerBomberPerTurn, missilesPerFighterPerTurn, ssnKillsPerTurn, ssnLossPerTurn,
            usShipInterceptors, usShipChannels, usCrewPerShip, usCrewPerSubmarine, usAirSupportGain, japanBasingProbability, japanAscm,
            japanAscmPerTurn;
    // the fights
    public final double groundLossPerDay, airLossPerDay, breakpoint;
    public final MissileDefence defence;
    // what the economy reads
    public final double heldResidual, fallChipShare, fallTradeShare;

    public CampaignParameters(ToDoubleFunction<String> get) {
        liftShips = at(get, "pla.liftShips", 0, 1e4);
        troopsPerTurn = at(get, "pla.troopsPerTurn", 0, 1e7);
        offloadFactor = at(get, "pla.offloadFactor", 0, 2);
        troopsPerBattalion = at(get, "pla.troopsPerBattalion", 1, 1e4);
        sustainedPerLiftTroop = at(get, "pla.sustainedPerLiftTroop", 1e-3, 1e3);
        escortShare = at(get, "pla.escortShare", 0, 1);
        escortChannels = at(get, "pla.escortChannels", 0, 100);
        escortInterceptors = at(get, "pla.escortInterceptors", 0, 1000);
        hitsToSinkLift = at(get, "pla.hitsToSinkLift", 0.1, 20);
        hitsToSinkEscort = at(get, "pla.hitsToSinkEscort", 0.1, 20);
        liftShareOfSinkings = at(get, "pla.liftShareOfSinkings", 0, 1);
        crewPerEscort = at(get, "pla.crewPerEscort", 0, 1e4);
        crewPerLiftShip = at(get, "pla.crewPerLiftShip", 0, 1e4);
        ascmStock = at(get, "pla.ascmStock", 0, 1e6);
        ascmPerYear = at(get, "pla.ascmPerYear", 0, 1e6);
        ascmPerTurn = at(get, "pla.ascmPerTurn", 0, 1e5);
        twnAirDestroyedOnGround = at(get, "pla.twnAirDestroyedOnGround", 0, 1);
        launcherLossPerTurn = at(get, "pla.launcherLossPerTurn", 0, 1);
        baseStrikeLossPerTurn = at(get, "pla.baseStrikeLossPerTurn", 0, 1);
        airGroundGain = at(get, "pla.airGroundGain", 0, 10);
        aircraftPerSquadron = at(get, "aircraftPerSquadron", 1, 100);
        harpoons = at(get, "twn.harpoons", 0, 1e5);
        harpoonLaunchers = at(get, "twn.harpoonLaunchers", 0, 1e4);
        harpoonsPerLauncherPerTurn = at(get, "twn.harpoonsPerLauncherPerTurn", 0, 100);
        battalions = at(get, "twn.battalions", 0, 1e4);
        understrength = at(get, "twn.understrength", 0, 1);
        engagedShare = at(get, "twn.engagedShare", 0, 1);
        reserveBrigades = at(get, "twn.reserveBrigades", 0, 1e3);
        battalionsPerReserveBrigade = at(get, "twn.battalionsPerReserveBrigade", 0, 20);
        reserveQuality = at(get, "twn.reserveQuality", 0, 1);
        reserveTurns = at(get, "twn.reserveTurns", 0, 1e3);
        defenceMultiplier = at(get, "twn.defenceMultiplier", 0.1, 10);
        twnTroopsPerBattalion = at(get, "twn.troopsPerBattalion", 1, 1e4);
        interventionDelayWeeks = at(get, "us.interventionDelayWeeks", 0, 520);
        interventionScaleMin = at(get, "us.interventionScaleMin", 0, 1);
        lrasm = at(get, "us.lrasm", 0, 1e5);
        lrasmPerYear = at(get, "us.lrasmPerYear", 0, 1e5);
        jassmEr = at(get, "us.jassmEr", 0, 1e5);
        jassmErPerYear = at(get, "us.jassmErPerYear", 0, 1e5);
        jassmErAntiShip = at(get, "us.jassmErAntiShip", 0, 1);
        missilesPerBomberPerTurn = at(get, "us.missilesPerBomberPerTurn", 0, 1000);
        missilesPerFighterPerTurn = at(get, "us.missilesPerFighterPerTurn", 0, 1000);
        ssnKillsPerTurn = at(get, "us.ssnKillsPerTurn", 0, 100);
        ssnLossPerTurn = at(get, "us.ssnLossPerTurn", 0, 1);
        usShipInterceptors = at(get, "us.shipInterceptors", 0, 1000);
        usShipChannels = at(get, "us.shipChannels", 0, 100);
        usCrewPerShip = at(get, "us.crewPerShip", 0, 1e4);
        usCrewPerSubmarine = at(get, "us.crewPerSubmarine", 0, 1e4);
        usAirSupportGain = at(get, "us.airSupportGain", 0, 10);
        japanBasingProbability = at(get, "jpn.basingProbability", 0, 1);
        japanAscm = at(get, "jpn.ascm", 0, 1e5);
        japanAscmPerTurn = at(get, "jpn.ascmPerTurn", 0, 1e5);
        groundLossPerDay = at(get, "ground.lossPerDayAtParity", 0, 1);
        airLossPerDay = at(get, "air.lossPerDayAtParity", 0, 1);
        breakpoint = bounded(get, BREAKPOINT, 0, 0.999);
        defence = new MissileDefence(at(get, "defence.launchFailure", 0, 1), at(get, "defence.guidanceFailure", 0, 1),
                at(get, "defence.interceptorPk", 0, 1), at(get, "defence.terminalDefence", 0, 1),
                at(get, "defence.catastrophicError", 0, 1));
        heldResidual = at(get, "economy.heldResidual", 0, 1);
        fallChipShare = at(get, "economy.fallChipShare", 0, 1);
        fallTradeShare = at(get, "economy.fallTradeShare", 0, 1);
    }

    private static double at(ToDoubleFunction<String> get, String id, double low, double high) {
        return bounded(get, PREFIX + id, low, high);
    }

    private static double bounded(ToDoubleFunction<String> get, String id, double low, double high) {
        double v = get.applyAsDouble(id);
        if (!(v >= low && v <= high)) {
            throw new IllegalStateException("parameter " + id + " must lie in [" + low + ", " + high + "], drew " + v
                    + " (the snapshot's campaign.csv defines it)");
        }
        return v;
    }
}
