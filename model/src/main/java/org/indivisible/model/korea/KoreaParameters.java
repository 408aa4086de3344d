package org.indivisible.model.korea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.indivisible.model.parameter.Status;
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

    private static final String A = "assumption-korea";
    /** decision.reference.missileStrike.PRK.korea (Features.REFERENCE_MISSILE_STRIKE; decision cannot be named here). */
    static final String REFERENCE_MISSILE_STRIKE_PRK = "decision.reference.missileStrike.PRK.korea";
    static final double REFERENCE_MISSILE_STRIKE_VALUE = 350.548;

    private KoreaParameters() {
    }

    /** Every default, sorted by id. */
    public static List<UncertainParameter> defaults() {
        List<UncertainParameter> p = new ArrayList<>();
        p.add(tri(ARTILLERY_SYSTEMS, 5700, 4000, 6000, "artillery systems", "rand-2020-nk-artillery", Status.OBSERVED,
                "Long- and medium-range howitzers and rocket launchers along the DMZ in RAND's one-hour attack "
                        + "(5,700; 'nearly 6,000' within range of population centres, the high end); Yonhap 2020-08-08."));
        p.add(tri(CASUALTIES_PER_SYSTEM_HOUR, 36, 10, 36, "casualties per system and hour", "rand-2020-nk-artillery",
                Status.DERIVED, "RAND's DMZ-wide one-hour attack: up to 205,600 casualties from 5,700 systems, 36 per "
                        + "system-hour (its worst case, people caught outside); the low end is ours. Applied to the first "
                        + "hour of the war."));
        p.add(tri(SHELTER, 0.1, 0.03, 0.3, "share of the first hour's casualty rate", A, Status.ASSUMPTION,
                "Casualties per system-hour after the first hour, relative to it, once people are in shelters or "
                        + "have left the range (Seoul's shelters; RAND's scenarios vary the share outdoors). Ours."));
        p.add(tri(FIRING_HOURS, 2, 1, 6, "hours per week", A, Status.ASSUMPTION,
                "Hours of fire a surviving system delivers a week when it must shoot and hide from counter-battery "
                        + "fire (RAND: guns emerge from tunnels for a few rounds). Ours."));
        p.add(tri(COUNTERFIRE, 0.25, 0.1, 0.5, "share of surviving systems per week", A, Status.ASSUMPTION,
                "Share of the surviving systems in range of Seoul destroyed each week by South Korean and US "
                        + "counter-battery fire and air strikes. Ours."));
        p.add(tri(RELIABILITY, 0.5, 0.4, 0.6, "share that fly as programmed", "reuters-2024-kn23-failures",
                Status.OBSERVED, "About half of the ~50 North Korean ballistic missiles Russia fired at Ukraine from "
                        + "December 2023 to February 2024 lost their trajectory and exploded in the air (Ukraine's "
                        + "Prosecutor General to Reuters, 2024-05-07). Taken as the reliability early in 2024."));
        p.add(tri(RELIABILITY_GAIN, 0.1, 0, 0.25, "share per year", "twz-2025-budanov-kn23", Status.ASSUMPTION,
                "Russian help to the missiles' quality: reliability gained a year from 2024. Ukraine's intelligence "
                        + "chief said in June 2025 that the KN-23s, which at first missed by kilometres, now hit their "
                        + "targets, 'the result of joint work of Russian and North Korean specialists' (The War Zone, "
                        + "2025-06-09). The rate is ours (0.5 to about 0.7 by 2026); 0 is a world without the help."));
        p.add(tri(RELIABILITY_MAX, 0.9, 0.8, 0.95, "share", A, Status.ASSUMPTION,
                "Ceiling of the reliability Russian help can bring. Ours."));
        p.add(tri(INTERCEPT, 0.6, 0.4, 0.8, "per interceptor", A, Status.ASSUMPTION,
                "Chance that one Patriot-class interceptor kills a North Korean short-range ballistic missile that "
                        + "flies as programmed (manoeuvring KN-23 class). Ours; with two shots a missile leaks with "
                        + "(1 - 0.6)^2 = 16%."));
        p.add(tri(LOSS_PER_HIT, 0.0002, 0.00005, 0.001, "share of the defenders' combat power per hit", A,
                Status.ASSUMPTION, "Share of South Korean, US and Japanese combat power in the Indo-Pacific put out of "
                        + "action by one missile that reaches its target (aircraft in the open, command posts, ports, "
                        + "batteries): about a company's worth of a force of some hundred brigade equivalents; 500 hits "
                        + "take a tenth. Ours."));
        p.add(new UncertainParameter(REFERENCE_MISSILE_STRIKE_PRK, REFERENCE_MISSILE_STRIKE_VALUE,
                new org.indivisible.model.parameter.Distribution.Fixed(REFERENCE_MISSILE_STRIKE_VALUE), "missiles",
                "assumption-korea", Status.DERIVED, "Reference level of North Korea's missile strike feature (ballistic "
                        + "missiles in stock times reliability): the baseline's start at central values, the same in every "
                        + "treatment and scenario (docs/decisions.md section 2); ReferenceLevelsTest recomputes it."));
        p.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(p);
    }

    private static UncertainParameter tri(String id, double value, double low, double high, String unit, String source,
                                          Status status, String note) {
        return UncertainParameter.triangular(id, value, low, high, unit, source, status, note);
    }
}
