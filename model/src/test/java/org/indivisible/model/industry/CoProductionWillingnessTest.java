package org.indivisible.model.industry;

import org.indivisible.model.assembly.StandardModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.decision.DecisionParameters;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.influence.InfluenceParameters;
import org.indivisible.model.influence.NarrativeState;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.CounterMessaging;
import org.indivisible.model.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The influence -> P2 coupling: a partner public's narrative share lowers its willingness to
 * co-produce, min(1, ((1 - x) / (1 - x0))^eta), and the co-production line delivers its agreed
 * output times the host's willingness and, for the other parties, their own. On the industry
 * fixture's random configuration with its co-production line (host KOR; KOR 0.3, UKR 0.3, DEU 0.4)
 * and the partner groups NATO = {DEU, USA}, IP4 = {KOR}: without an adversary narrative the
 * coupling changes nothing; counter-messaging (P4) never lowers what the line delivers; at the
 * Friedkin-Johnsen fixed point the delivered share is the closed form.
 */
class CoProductionWillingnessTest {

    private static final String LINE = "line";

    /** The random configuration with IP4 = {KOR} added and the influence parameters {@code influence} (none: no influence). */
    private static Configuration config(double scale, boolean koreaWar, List<UncertainParameter> influence,
                                        List<Policy> extraPolicies) {
        Configuration base = IndustryPropertiesTest.randomConfiguration(scale, 0.5, 0.5, 0.5, true, koreaWar, true, 3);
        List<Group> groups = new ArrayList<>(base.groups());
        groups.add(new Group("IP4", "IP4", List.of(new Membership("KOR", IndustryFixtures.LONG_AGO, null))));
        List<UncertainParameter> ps = new ArrayList<>(base.parameters());
        ps.addAll(influence);
        if (!influence.isEmpty()) {
            ps.add(fixed(DecisionParameters.USD_PER_EUR, 1.08));
        }
        List<Policy> policies = new ArrayList<>(base.policies());
        policies.addAll(extraPolicies);
        return new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(), groups,
                base.treaties(), base.theaters(), base.events(), ps, base.gdp(), base.spending(), policies);
    }

    private static UncertainParameter fixed(String id, double value) {
        return UncertainParameter.fixed(id, value, "", "test", Status.ASSUMPTION);
    }

    /** The default influence parameters with the given ones replaced by fixed values. */
    private static List<UncertainParameter> influence(Map<String, Double> fixedValues) {
        List<UncertainParameter> ps = new ArrayList<>(InfluenceParameters.defaults());
        ps.replaceAll(p -> fixedValues.containsKey(p.id()) ? fixed(p.id(), fixedValues.get(p.id())) : p);
        return ps;
    }

    private static Map<String, Double> run(Configuration config, long seed, int replication) {
        return StandardModel.engine().run(config, new RunSettings(seed, true, true), replication).metrics();
    }

    @Property(tries = 15)
    void withoutAnAdversaryNarrativeCoProductionIsTheUncoupledOne(
            @ForAll @DoubleRange(min = 1_000, max = 1e7) double scale, @ForAll boolean koreaWar,
            @ForAll @DoubleRange(min = 0, max = 3) double elasticity,
            @ForAll @IntRange(min = 0, max = 10_000) int replication) {
        // Nobody holds the narrative at the start and no one spreads it: x = x0 = 0 every week, so
        // willingness is 1^eta = 1 and every munitions metric equals the run without influence, exactly.
        Configuration uncoupled = config(scale, koreaWar, List.of(), List.of());
        Configuration coupled = config(scale, koreaWar, influence(Map.of(InfluenceParameters.INITIAL_EUROPE, 0.0,
                InfluenceParameters.INITIAL_IP4, 0.0, InfluenceParameters.ADVERSARY_REACH, 0.0,
                InfluenceParameters.COPRODUCTION_ELASTICITY, elasticity)), List.of());
        Map<String, Double> a = run(uncoupled, 5, replication);
        Map<String, Double> b = run(coupled, 5, replication);
        int compared = 0;
        for (var e : a.entrySet()) {
            if (e.getKey().startsWith("munitions_")) {
                assertEquals(e.getValue(), b.get(e.getKey()), 0.0, e.getKey());
                compared++;
            }
        }
        assertTrue(compared > 20);
        assertEquals(1.0, b.get("munitions_coproduction_delivered_share." + LINE), 0.0);
        assertEquals(1.0, b.get("coproduction_willingness_min"), 0.0);
        assertEquals(1.0, a.get("munitions_coproduction_delivered_share." + LINE), 0.0);
    }

    @Property(tries = 25)
    void counterMessagingNeverLowersCoProductionDelivered(
            @ForAll @DoubleRange(min = 1_000, max = 1e7) double scale, @ForAll boolean koreaWar,
            @ForAll @DoubleRange(min = 0.05, max = 1) double intensity,
            @ForAll @DoubleRange(min = 0, max = 24) double engagements,
            @ForAll @IntRange(min = 0, max = 10_000) int replication) {
        // Every influence parameter drawn from its default range (common random numbers: the two
        // runs share every draw); P4 starts with the horizon.
        CounterMessaging p4 = new CounterMessaging(intensity, engagements, IndustryFixtures.START, 10);
        Configuration without = config(scale, koreaWar, InfluenceParameters.defaults(), List.of());
        Configuration with = config(scale, koreaWar, InfluenceParameters.defaults(), List.of(p4));
        Map<String, Double> a = run(without, 7, replication);
        Map<String, Double> b = run(with, 7, replication);
        String delivered = "munitions_coproduction_output_cum." + LINE;
        assertTrue(a.get(delivered) > 0, "the line delivers within the horizon");
        assertTrue(b.get(delivered) >= a.get(delivered) * (1 - 1e-12), b.get(delivered) + " < " + a.get(delivered));
        assertTrue(b.get("coproduction_willingness_min") >= a.get("coproduction_willingness_min") - 1e-12);
        for (String party : Set.of("KOR", "UKR", "DEU")) {
            String key = "munitions_production_cum." + party + ".shell155";
            assertTrue(b.get(key) >= a.get(key) * (1 - 1e-12), key);
        }
    }

    @Test
    void atTheFriedkinJohnsenFixedPointTheDeliveredShareIsTheClosedForm() {
        // No peers, no war: each public settles at x* = (lambda a + (1 - lambda) x0) / (1 - lambda + lambda a)
        // within weeks (error x lambda (1 - a) ~ 0.5 a week), long before the line's first output
        // (lag 1.5 years less 40% technology sharing, about 47 weeks). Then every week the line
        // delivers r_KOR^eta (0.3 KOR + 0.3 UKR (not a partner public: 1) + 0.4 r_DEU^eta) of its
        // agreed output, r = (1 - x*) / (1 - x0).
        double lambda = 0.6;
        double a = 0.004;
        double eta = 2;
        double x0Europe = 0.25;
        double x0Ip4 = 0.15;
        Configuration config = config(1e6, false, influence(Map.of(InfluenceParameters.INITIAL_EUROPE, 100 * x0Europe,
                InfluenceParameters.INITIAL_IP4, 100 * x0Ip4, InfluenceParameters.SUSCEPTIBILITY, lambda,
                InfluenceParameters.PEER_WEIGHT, 0.0, InfluenceParameters.ADVERSARY_REACH, a,
                InfluenceParameters.COPRODUCTION_ELASTICITY, eta)), List.of());
        Map<String, Double> m = run(config, 3, 0);
        double kor = willingnessAtFixedPoint(lambda, a, x0Ip4, eta);
        double deu = willingnessAtFixedPoint(lambda, a, x0Europe, eta);
        double expected = kor * (0.3 + 0.3 + 0.4 * deu);
        assertEquals(expected, m.get("munitions_coproduction_delivered_share." + LINE), 1e-9);
        assertEquals(Math.min(kor, deu), m.get("coproduction_willingness_min"), 1e-9);
        assertTrue(expected < 0.99, "the coupling bites: " + expected);
    }

    private static double willingnessAtFixedPoint(double lambda, double a, double x0, double eta) {
        double x = (lambda * a + (1 - lambda) * x0) / (1 - lambda + lambda * a);
        return Math.pow((1 - x) / (1 - x0), eta);
    }

    @Property(tries = 200)
    void willingnessIsOneWhileTheNarrativeIsNoHigherAndFallsAsItSpreads(
            @ForAll @DoubleRange(min = 0, max = 0.99) double initial,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 0, max = 1) double more,
            @ForAll @DoubleRange(min = 0, max = 3) double eta) {
        double w = NarrativeState.coProductionWillingness(share, initial, eta);
        assertTrue(w >= 0 && w <= 1, "willingness " + w);
        if (share <= initial) {
            assertEquals(1.0, w, 0.0);
        }
        double higher = Math.min(1, share + more * (1 - share));
        assertTrue(NarrativeState.coProductionWillingness(higher, initial, eta) <= w + 1e-15);
        assertEquals(1.0, NarrativeState.coProductionWillingness(share, initial, 0), 0.0);
    }
}
