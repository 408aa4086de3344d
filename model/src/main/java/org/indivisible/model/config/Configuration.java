package org.indivisible.model.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.actor.Treaty;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.theater.Theater;

/**
 * Everything one replication needs, immutable and independent of files: the scenario with a
 * treatment applied, joined with the data snapshot. The engine is a pure function of a
 * configuration and a seed. Lists are sorted by stable ids so that nothing depends on hash
 * order; an actor's index is its position in {@link #actors()}.
 *
 * @param scenarioId the scenario's id
 * @param treatmentId the treatment applied ({@code P0} for none)
 * @param horizon start, step length, number of steps
 * @param actors every actor, sorted by ISO3
 * @param groups named groups (NATO, NATO_EUROPE, EU27, IP4, ALIGNED...), sorted by id
 * @param treaties treaties in force at some time of the horizon, sorted by id
 * @param theaters theaters, sorted by id
 * @param events scheduled events, in the order given by the scenario
 * @param parameters uncertain parameters, sorted by id
 * @param gdp one nominal GDP path per actor, in actor order
 * @param spending one defence spending path per actor, in actor order
 * @param policies the treatment's policy levers
 * @param decisions the decision rule and how it treats each aggressor-theater pair
 *     ({@link DecisionSettings#OFF} for configurations built without one)
 */
public record Configuration(String scenarioId, String treatmentId, Horizon horizon, List<Actor> actors,
                            List<Group> groups, List<Treaty> treaties, List<Theater> theaters,
                            List<ScheduledEvent> events, List<UncertainParameter> parameters,
                            List<GdpPath> gdp, List<SpendingPath> spending, List<Policy> policies,
                            DecisionSettings decisions) {

    /** A configuration without decisions: every conflict comes from the schedule. */
    public Configuration(String scenarioId, String treatmentId, Horizon horizon, List<Actor> actors,
                         List<Group> groups, List<Treaty> treaties, List<Theater> theaters,
                         List<ScheduledEvent> events, List<UncertainParameter> parameters,
                         List<GdpPath> gdp, List<SpendingPath> spending, List<Policy> policies) {
        this(scenarioId, treatmentId, horizon, actors, groups, treaties, theaters, events, parameters, gdp, spending,
                policies, DecisionSettings.OFF);
    }

    public Configuration {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(treatmentId, "treatmentId");
        Objects.requireNonNull(horizon, "horizon");
        actors = sorted(actors, Comparator.comparing(Actor::iso3));
        groups = sorted(groups, Comparator.comparing(Group::id));
        treaties = sorted(treaties, Comparator.comparing(Treaty::id));
        theaters = sorted(theaters, Comparator.comparing(Theater::id));
        events = List.copyOf(events);
        parameters = sorted(parameters, Comparator.comparing(UncertainParameter::id));
        gdp = List.copyOf(gdp);
        spending = List.copyOf(spending);
        policies = List.copyOf(policies);
        decisions = decisions == null ? DecisionSettings.OFF : decisions;
        requireUnique(actors.stream().map(Actor::iso3).toList(), "actor");
        requireUnique(groups.stream().map(Group::id).toList(), "group");
        requireUnique(theaters.stream().map(Theater::id).toList(), "theater");
        requireUnique(events.stream().map(ScheduledEvent::id).toList(), "event");
        requireUnique(parameters.stream().map(UncertainParameter::id).toList(), "parameter");
        List<String> codes = actors.stream().map(Actor::iso3).toList();
        checkAligned(codes, gdp.stream().map(GdpPath::iso3).toList(), "GDP path");
        checkAligned(codes, spending.stream().map(SpendingPath::iso3).toList(), "spending path");
        Set<String> known = new HashSet<>(codes);
        for (Group g : groups) {
            for (Membership m : g.memberships()) {
                if (!known.contains(m.iso3())) {
                    throw new IllegalArgumentException("group " + g.id() + " has unknown member " + m.iso3());
                }
            }
        }
        Set<String> theaterIds = new HashSet<>();
        theaters.forEach(t -> theaterIds.add(t.id()));
        for (ScheduledEvent e : events) {
            if (!theaterIds.contains(e.theater())) {
                throw new IllegalArgumentException("event " + e.id() + " names unknown theater " + e.theater());
            }
        }
    }

    /** This configuration with other uncertain parameters (a design point, a sensitivity sample). */
    public Configuration withParameters(List<UncertainParameter> newParameters) {
        return new Configuration(scenarioId, treatmentId, horizon, actors, groups, treaties, theaters, events,
                newParameters, gdp, spending, policies, decisions);
    }

    /** This configuration with other decision settings. */
    public Configuration withDecisions(DecisionSettings newDecisions) {
        return new Configuration(scenarioId, treatmentId, horizon, actors, groups, treaties, theaters, events,
                parameters, gdp, spending, policies, newDecisions);
    }

    public int actorIndex(String iso3) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).iso3().equals(iso3)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown actor " + iso3);
    }

    public int theaterIndex(String id) {
        for (int i = 0; i < theaters.size(); i++) {
            if (theaters.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown theater " + id);
    }

    public Optional<Group> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * The world's structure (orders of battle, munition holdings, transfers, firings) read out of
     * the parameter ids; worked out on each call, so plans call it once per configuration.
     */
    public Structure structure() {
        return Structure.of(parameters);
    }

    public Optional<UncertainParameter> parameter(String id) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public <P extends Policy> Optional<P> policy(Class<P> type) {
        return policies.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return Collections.unmodifiableList(copy);
    }

    private static void requireUnique(List<String> ids, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (String id : ids) {
            if (seen.merge(id, 1, Integer::sum) > 1) {
                throw new IllegalArgumentException("duplicate " + what + " id " + id);
            }
        }
    }

    private static void checkAligned(List<String> actors, List<String> paths, String what) {
        if (!actors.equals(paths)) {
            throw new IllegalArgumentException(what + "s must be given for every actor in actor order; actors "
                    + actors + ", paths " + paths);
        }
    }
}
