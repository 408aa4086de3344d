package org.indivisible.model.influence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.indivisible.model.parameter.Status;
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

    private static final String A = "assumption-influence";

    private InfluenceParameters() {
    }

    public static List<UncertainParameter> defaults() {
        List<UncertainParameter> p = new ArrayList<>();
        p.add(tri(INITIAL_EUROPE, 20, 10, 35, "percent of the public", A,
                "Survey-informed guess, flagged as such: the share of European NATO and EU publics holding the narrative "
                        + "that NATO's reach causes war. Polls since 2022 that ask who is to blame for the war in Ukraine "
                        + "put those blaming the West or NATO at roughly a tenth to a third, varying by country."));
        p.add(tri(INITIAL_IP4, 10, 5, 25, "percent of the public", A,
                "Survey-informed guess, flagged as such: the same share in the IP4 publics (Japan, South Korea, "
                        + "Australia, New Zealand), assumed lower than in Europe."));
        p.add(tri(SUSCEPTIBILITY, 0.5, 0.2, 0.8, "0-1", "friedkin-johnsen-1990",
                "Friedkin-Johnsen susceptibility (1 - attachment to the initial opinion); Friedkin and Johnsen report a "
                        + "wide spread between individuals and groups, so a wide range."));
        p.add(tri(PEER_WEIGHT, 0.1, 0, 0.3, "0-1", "friedkin-johnsen-1990",
                "Weight a public gives to the mean of the other partner publics (the rest on itself): cross-border "
                        + "spill-over of opinion."));
        p.add(tri(ADVERSARY_REACH, 0.002, 0.0005, 0.005, "share of non-holders per week", A,
                "Share of the public not holding the narrative that adversary messaging converts in a week at its "
                        + "normal intensity: about 10% a year at the central value, before attachment to initial opinions."));
        p.add(tri(COUNTER_REACH, 0.004, 0.001, 0.01, "share of holders per week", A,
                "Share of the narrative's holders that counter-messaging at full intensity and engagement converts back "
                        + "in a week; central value twice the adversary's reach because it is aimed at partners' own publics."));
        p.add(tri(WAR_AMPLIFIER, 1, 0, 3, "multiple", A,
                "Adversary messaging is multiplied by 1 + this while a war with an aligned participant started in the "
                        + "run is under way (the narrative finds evidence)."));
        p.add(tri(ENGAGEMENT_HALF, 4, 2, 12, "engagements per year", A,
                "High-level engagements a year at which P4's effect is half its maximum (diminishing returns: "
                        + "engagements / (engagements + this))."));
        p.add(tri(COPRODUCTION_ELASTICITY, 1, 0, 3, "elasticity", A,
                "Willingness of a partner to deliver its part of a P2 co-production agreement is "
                        + "min(1, ((1 - x) / (1 - x0))^this), x its public's narrative share and x0 the share when "
                        + "the run starts (agreements are signed under today's opinion, so only movements count; "
                        + "delivery cannot exceed what was agreed). 1: delivery falls in proportion to public "
                        + "support; 0: no coupling; up to 3: budget votes and host-nation permits amplify a "
                        + "loss of support. No study measures it: wide range around proportionality."));
        p.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(p);
    }

    private static UncertainParameter tri(String id, double value, double low, double high, String unit, String source,
                                          String note) {
        return UncertainParameter.triangular(id, value, low, high, unit, source, Status.ASSUMPTION, note);
    }
}
