package org.indivisible.model.decision;

import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.config.DecisionMode;
import org.indivisible.model.config.DecisionSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.influence.InfluenceParameters;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.CounterMessaging;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.policy.SanctionsAnnouncement;
import org.junit.jupiter.api.Test;

/**
 * Influence (Friedkin-Johnsen narrative adoption) on the decision fixture with partner groups:
 * the fixed point of the update against its closed form, and P4's direction: counter-messaging
 * never raises a public's narrative share and, with P3 announced, never raises China's hazard.
 */
class InfluenceCouplingTest {

    private static Configuration world(List<Policy> policies) {
        Configuration base = DecisionFixtures.world(policies, 0, 0, null);
        List<Group> groups = new ArrayList<>(base.groups());
        groups.add(new Group("NATO", "NATO", List.of(member("DEU"), member("USA"))));
        groups.add(new Group("IP4", "IP4", List.of(member("KOR"))));
        List<UncertainParameter> ps = new ArrayList<>(base.parameters());
        ps.addAll(InfluenceParameters.defaults());
        return new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(), groups,
                base.treaties(), base.theaters(), base.events(), ps, base.gdp(), base.spending(), base.policies(),
                new DecisionSettings(HazardDecisionRule.ID, new TreeMap<>(Map.of("RUS.nato_europe", DecisionMode.FORBID))));
    }

    private static Membership member(String iso3) {
        return new Membership(iso3, LocalDate.of(1955, 1, 1), null);
    }

    @Test
    void withoutWarOrPeersSharesSettleAtTheFriedkinJohnsenFixedPoint() {
        // x = lambda (x + a (1 - x)) + (1 - lambda) x0  =>  x* = (lambda a + (1 - lambda) x0) / (1 - lambda + lambda a)
        Configuration c = world(List.of()).withDecisions(DecisionSettings.OFF);
        List<UncertainParameter> ps = new ArrayList<>(c.parameters());
        ps.replaceAll(p -> p.id().equals(InfluenceParameters.PEER_WEIGHT) ? DecisionFixtures.fixed(p.id(), 0) : p);
        Configuration config = c.withParameters(ps);
        var m = StandardModel.engine().run(config, new RunSettings(3, false, true), 0).metrics();
        double lambda = 0.5;
        double a = 0.002;
        double x0 = 0.10;
        double expected = (lambda * a + (1 - lambda) * x0) / (1 - lambda + lambda * a);
        assertEquals(expected, m.get("narrative_share_end.IP4"), 1e-9);
        double europe = (lambda * a + (1 - lambda) * 0.20) / (1 - lambda + lambda * a);
        assertEquals(europe, m.get("narrative_share_end.NATO_EUROPE"), 1e-9);
    }

    @Property(tries = 30)
    void counterMessagingNeverRaisesTheNarrativeNorChinasHazard(
            @ForAll @IntRange(min = 0, max = 100_000) int replication,
            @ForAll @DoubleRange(min = 0.05, max = 1) double intensity,
            @ForAll @DoubleRange(min = 0, max = 24) double engagements) {
        SanctionsAnnouncement p3 = new SanctionsAnnouncement("CHN", List.of("NATO", "IP4"), List.of("S08_ELEC"), 50, 0.8,
                DecisionFixtures.START, 0);
        CounterMessaging p4 = new CounterMessaging(intensity, engagements, DecisionFixtures.START, 10);
        Configuration without = world(List.of(p3));
        Configuration with = world(List.of(p3, p4));
        var a = StandardModel.engine().run(without, new RunSettings(9, true, true), replication).metrics();
        var b = StandardModel.engine().run(with, new RunSettings(9, true, true), replication).metrics();
        for (String g : List.of("IP4", "NATO_EUROPE")) {
            assertTrue(b.get("narrative_share_max." + g) <= a.get("narrative_share_max." + g) + 1e-12, g);
        }
        assertTrue(b.get("coalition_willingness_min") >= a.get("coalition_willingness_min") - 1e-12);
        assertTrue(b.get("policy_cost_eur") > a.get("policy_cost_eur"));
        DecisionPropertiesTest.Path hazardWithout = DecisionPropertiesTest.run(without, 9, replication, "CHN.taiwan");
        DecisionPropertiesTest.Path hazardWith = DecisionPropertiesTest.run(with, 9, replication, "CHN.taiwan");
        int until = Math.min(hazardWith.hazard().size(), hazardWithout.hazard().size());
        until = hazardWith.firstWarStep() >= 0 ? Math.min(until, hazardWith.firstWarStep() + 1) : until;
        until = hazardWithout.firstWarStep() >= 0 ? Math.min(until, hazardWithout.firstWarStep() + 1) : until;
        for (int s = 0; s < until; s++) {
            assertTrue(hazardWith.hazard().get(s) <= hazardWithout.hazard().get(s) * (1 + 1e-12), "step " + s);
        }
    }
}
