package org.indivisible.model.influence;

import org.indivisible.model.engine.Ports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.decision.DecisionParameters;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.policy.CounterMessaging;
import org.indivisible.model.policy.SanctionsAnnouncement;
import org.indivisible.model.theater.TheaterState;

/**
 * docs/model.md, process overview, step 9: narrative adoption in each partner public by the Friedkin-Johnsen model
 * (Friedkin and Johnsen 1990), one update a step:
 *
 * <pre>
 *   y_i  = (1 - w) x_i + w mean_j(x_j)                                 peers (DeGroot averaging)
 *   u_i  = a m_adv (1 - y_i) - c m_P4 y_i                              messaging
 *   x_i' = clip01( lambda (y_i + u_i) + (1 - lambda) x_i(0) )          attachment to initial opinion
 * </pre>
 *
 * with w = {@code influence.peerWeight}, lambda = {@code influence.susceptibility}, a and c the
 * adversary's and P4's weekly reach (times the weeks per step), m_adv = 1 + the war amplifier
 * while a war with an aligned participant started in the run is under way, and
 * m_P4 = intensity x E / (E + E_half) from P4's start (E engagements a year). Publics: every
 * member of NATO, EU27 and IP4 in the configuration, in actor order.
 *
 * <p>Coupling: partners' willingness to join P3's coalition is the coalition members'
 * GDP-weighted share not holding the narrative, relative to the start; it scales the expected
 * cost the target reads from the announcement ({@link Features#setCoalitionWillingness}). Each
 * partner's willingness to co-produce, min(1, ((1 - x_i) / (1 - x_i(0)))^eta) with
 * eta = {@code influence.coProductionElasticity}, is kept in {@link NarrativeState}; the industry
 * process reads it the next step and scales P2 co-production output by it. P4's running cost is
 * a policy cost. Draws no random numbers. Without the influence parameters
 * (hand-built configurations) it does nothing.
 */
public final class NarrativeAdoption implements Process {

    @Override
    public Ports ports() {
        return Ports.provides(NarrativeState.class);
    }

    private final Configuration config;
    private final int[] publics;
    private final boolean[] ip4;
    private final boolean[] alignedInTheater;
    private final CounterMessaging p4;
    private final SanctionsAnnouncement p3;
    private NarrativeState state;
    private double lambda, peer, adversary, counter, amplifier, engagementHalf, weeks, coProductionElasticity;
    private double[] y;
    /** P3's coalition groups, and the dates on which any of their memberships starts or ends, sorted. */
    private final List<Group> coalitionGroups = new ArrayList<>();
    private final LocalDate[] membershipChanges;
    /** Whether each public is in P3's coalition; valid on [memberFrom, memberUntil), between two changes. */
    private boolean[] coalitionMember;
    private LocalDate memberFrom;
    private LocalDate memberUntil;

    public NarrativeAdoption(Configuration config) {
        this.config = config;
        List<Integer> list = new ArrayList<>();
        List<String> ip4Members = members(config, "IP4");
        List<String> partners = new ArrayList<>(members(config, "NATO"));
        partners.addAll(members(config, "EU27"));
        partners.addAll(ip4Members);
        for (int a = 0; a < config.actors().size(); a++) {
            if (partners.contains(config.actors().get(a).iso3())) {
                list.add(a);
            }
        }
        publics = list.stream().mapToInt(Integer::intValue).toArray();
        ip4 = new boolean[publics.length];
        for (int i = 0; i < publics.length; i++) {
            ip4[i] = ip4Members.contains(config.actors().get(publics[i]).iso3());
        }
        List<String> aligned = members(config, "ALIGNED");
        alignedInTheater = new boolean[config.theaters().size()];
        for (int t = 0; t < alignedInTheater.length; t++) {
            alignedInTheater[t] = config.theaters().get(t).participants().stream().anyMatch(aligned::contains);
        }
        p4 = config.policy(CounterMessaging.class).orElse(null);
        p3 = config.policy(SanctionsAnnouncement.class).orElse(null);
        TreeSet<LocalDate> changes = new TreeSet<>();
        if (p3 != null) {
            for (String g : p3.coalition()) {
                config.group(g).ifPresent(group -> {
                    coalitionGroups.add(group);
                    for (Membership m : group.memberships()) {
                        changes.add(m.joined());
                        if (m.left() != null) {
                            changes.add(m.left());
                        }
                    }
                });
            }
        }
        membershipChanges = changes.toArray(LocalDate[]::new);
    }

    private static List<String> members(Configuration config, String group) {
        return config.group(group).map(Group::memberships).orElse(List.of()).stream().map(m -> m.iso3()).distinct()
                .toList();
    }

    /** Actor indices of the partner publics. */
    public int[] publics() {
        return publics.clone();
    }

    @Override
    public String name() {
        return "influence";
    }

    @Override
    public void start(World world) {
        if (!world.hasParameter(InfluenceParameters.INITIAL_EUROPE) || publics.length == 0) {
            state = null;
            return;
        }
        double[] x0 = new double[publics.length];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = world.parameter(ip4[i] ? InfluenceParameters.INITIAL_IP4 : InfluenceParameters.INITIAL_EUROPE) / 100;
        }
        int[] publicOfActor = new int[config.actors().size()];
        java.util.Arrays.fill(publicOfActor, -1);
        for (int i = 0; i < publics.length; i++) {
            publicOfActor[publics[i]] = i;
        }
        state = new NarrativeState(x0, publicOfActor);
        world.attach(NarrativeState.class, state);
        weeks = config.horizon().stepDays() / 7.0;
        lambda = world.parameter(InfluenceParameters.SUSCEPTIBILITY);
        peer = world.parameter(InfluenceParameters.PEER_WEIGHT);
        adversary = world.parameter(InfluenceParameters.ADVERSARY_REACH) * weeks;
        counter = world.parameter(InfluenceParameters.COUNTER_REACH) * weeks;
        amplifier = world.parameter(InfluenceParameters.WAR_AMPLIFIER);
        engagementHalf = world.parameter(InfluenceParameters.ENGAGEMENT_HALF);
        // Configurations built before the P2 coupling (hand-built tests) leave it off.
        coProductionElasticity = world.hasParameter(InfluenceParameters.COPRODUCTION_ELASTICITY)
                ? world.parameter(InfluenceParameters.COPRODUCTION_ELASTICITY) : 0;
        if (!(coProductionElasticity >= 0) || !Double.isFinite(coProductionElasticity)) {
            throw new IllegalArgumentException("parameter " + InfluenceParameters.COPRODUCTION_ELASTICITY
                    + " must be a non-negative number, drew " + coProductionElasticity);
        }
        y = new double[publics.length];
    }

    @Override
    public void step(World world) {
        if (state == null) {
            return;
        }
        double mAdv = 1;
        for (int t = 0; t < alignedInTheater.length; t++) {
            if (alignedInTheater[t] && world.theaterState(t) == TheaterState.WAR
                    && config.theaters().get(t).initialState() != TheaterState.WAR) {
                mAdv = 1 + amplifier;
                break;
            }
        }
        double mP4 = 0;
        if (p4 != null && !world.date().isBefore(p4.start())) {
            mP4 = p4.intensity() * p4.engagementsPerYear() / (p4.engagementsPerYear() + engagementHalf);
            world.addPolicyCost(p4.costEurMillionsPerYear() / 1000 * world.parameter(DecisionParameters.USD_PER_EUR)
                    * config.horizon().stepDays() / 365.25);
        }
        double[] x = state.share;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        for (int i = 0; i < x.length; i++) {
            y[i] = (1 - peer) * x[i] + peer * mean;
        }
        for (int i = 0; i < x.length; i++) {
            double u = adversary * mAdv * (1 - y[i]) - counter * mP4 * y[i];
            x[i] = Math.max(0, Math.min(1, lambda * (y[i] + u) + (1 - lambda) * state.initial[i]));
            state.max[i] = Math.max(state.max[i], x[i]);
            state.coProductionWillingness[i] = NarrativeState.coProductionWillingness(x[i], state.initial[i],
                    coProductionElasticity);
        }
        if (p3 != null) {
            double w = willingness(world);
            state.coalitionWillingnessMin = Double.isNaN(state.coalitionWillingnessMin) ? w
                    : Math.min(state.coalitionWillingnessMin, w);
            state.coalitionWillingness = w;
        }
    }

    /** P3 coalition members' GDP-weighted share not holding the narrative, over the same at the start. */
    private double willingness(World world) {
        boolean[] member = coalitionMembers(world.date());
        double now = 0;
        double then = 0;
        double[] gdp = world.gdpUsdBillions();
        for (int i = 0; i < publics.length; i++) {
            if (member[i]) {
                now += gdp[publics[i]] * (1 - state.share[i]);
                then += gdp[publics[i]] * (1 - state.initial[i]);
            }
        }
        return then > 0 ? now / then : 1;
    }

    /**
     * Which publics are in P3's coalition on {@code date}. Membership changes only on a
     * membership's first or last date, so the answer is recounted only when the date leaves the
     * interval between two such dates (before, every public and group was scanned every week).
     */
    private boolean[] coalitionMembers(LocalDate date) {
        if (coalitionMember != null && !date.isBefore(memberFrom) && date.isBefore(memberUntil)) {
            return coalitionMember;
        }
        coalitionMember = new boolean[publics.length];
        for (int i = 0; i < publics.length; i++) {
            String iso3 = config.actors().get(publics[i]).iso3();
            for (Group g : coalitionGroups) {
                coalitionMember[i] |= g.isMember(iso3, date);
            }
        }
        memberFrom = LocalDate.MIN;
        memberUntil = LocalDate.MAX;
        for (LocalDate change : membershipChanges) {
            if (change.isAfter(date)) {
                memberUntil = change;
                break;
            }
            memberFrom = change;
        }
        return coalitionMember;
    }
}
