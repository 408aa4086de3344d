package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.actor.Treaty;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * Joins a checked scenario with the data snapshot into the engine's immutable
 * {@link Configuration}: actors, groups and GDP from the snapshot; each actor's baseline
 * spending path overridden by the scenario's spending entries in order (a group entry applies
 * to each of its members, later entries win); the snapshot's default parameters overridden by
 * the scenario's; events and policy levers translated one to one. Pure and thread safe.
 */
public final class ScenarioCompiler {

    private ScenarioCompiler() {
    }

    /** The configuration of a study cell. */
    public static Configuration compile(Cell cell, Snapshot snapshot) {
        return compile(cell.scenario(), cell.treatmentId(), snapshot);
    }

    /**
     * @param scenario a scenario loaded by {@link ScenarioFiles} against the same snapshot (so
     *                 its actors, groups and parameters are known), treatment already applied
     * @param treatmentId the treatment's id, recorded in the configuration
     */
    public static Configuration compile(Scenario scenario, String treatmentId, Snapshot snapshot) {
        Horizon horizon = scenario.horizon();
        List<Treaty> treaties = snapshot.treaties().stream()
                .filter(t -> !t.inForce().isAfter(horizon.end())
                        && (t.ended() == null || t.ended().isAfter(horizon.start())))
                .toList();
        List<org.indivisible.model.theater.Theater> theaters = scenario.theaters().stream()
                .map(t -> new org.indivisible.model.theater.Theater(t.id(), t.name(), t.participants(), t.state()))
                .toList();
        List<ScheduledEvent> events = scenario.events().stream().map(Event::schedule).toList();
        Configuration config = new Configuration(scenario.id(), treatmentId, horizon, snapshot.actors(),
                snapshot.groups(), treaties, theaters, events, parameters(scenario, snapshot), snapshot.gdpPaths(),
                spending(scenario, snapshot), scenario.policies().all(), scenario.decisions());
        // P3's announced sanctions become the economy's sanctions settings (docs/decisions.md).
        return org.indivisible.model.decision.AnnouncedSanctions.apply(config);
    }

    private static List<SpendingPath> spending(Scenario scenario, Snapshot snapshot) {
        Map<String, SpendingPath> byActor = new LinkedHashMap<>();
        snapshot.spendingPaths().forEach(p -> byActor.put(p.iso3(), p));
        for (Spending entry : scenario.spending()) {
            for (String iso3 : members(entry.who(), snapshot)) {
                SpendingPath base = byActor.get(iso3);
                if (base != null) {
                    byActor.put(iso3, base.with(new TreeMap<>(entry.pctGdpByYear())));
                }
            }
        }
        return new ArrayList<>(byActor.values());
    }

    /** The actor itself, or every actor that belongs to the group at some time. */
    private static List<String> members(String who, Snapshot snapshot) {
        for (Group g : snapshot.groups()) {
            if (g.id().equals(who)) {
                return g.memberships().stream().map(Membership::iso3).distinct().sorted().toList();
            }
        }
        return List.of(who);
    }

    /**
     * False for a snapshot default that fires munitions in a theater for an actor the scenario
     * leaves out of that theater (e.g. korea without USA): it does not apply, and the model
     * refuses it. Found by fuzzing (docs/reliability.md).
     */
    static boolean applies(String parameterId, Scenario scenario) {
        String[] part = parameterId.split("\\.");
        if (part.length != 5 || !parameterId.startsWith("munitions.firingRoundsPerDay.")) {
            return true;
        }
        return scenario.theaters().stream().filter(t -> t.id().equals(part[4]))
                .allMatch(t -> t.participants().contains(part[3]));
    }

    private static List<UncertainParameter> parameters(Scenario scenario, Snapshot snapshot) {
        Map<String, UncertainParameter> byId = new TreeMap<>();
        snapshot.parameters().stream().filter(p -> applies(p.id(), scenario)).forEach(p -> byId.put(p.id(), p));
        scenario.parameters().forEach(p -> byId.put(p.id(), p));
        return new ArrayList<>(byId.values());
    }
}
