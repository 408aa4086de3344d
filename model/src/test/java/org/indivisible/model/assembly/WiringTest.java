package org.indivisible.model.assembly;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.indivisible.model.combat.TheaterCombat;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.decision.DecisionProcess;
import org.indivisible.model.economy.GdpChangeObserver;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.Wiring;
import org.indivisible.model.industry.IndustryProcess;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.posture.ForceFixtures;
import org.indivisible.model.posture.Posture;
import org.junit.jupiter.api.Test;

/** Each required port: remove its provider, or put it on the wrong side of its reader, and planning says so. */
class WiringTest {

    private final Configuration config = ForceFixtures.world(List.of(), 0.01, 0.02);

    @Test
    void theStandardModelIsWired() {
        Wiring.check(StandardModel.build(config));
        new Engine(StandardModel::plan).prepare(config);
    }

    @Test
    void decisionsAndCombatRequireThePostureProcess() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> prepare(processes -> without(processes, Posture.class)));
        assertTrue(e.getMessage().contains("process 'decision' requires Forces"), e.getMessage());
        assertTrue(e.getMessage().contains("process 'combat' requires Forces"), e.getMessage());
        assertTrue(e.getMessage().contains("no process in the model provides it"), e.getMessage());
    }

    @Test
    void theMunitionsObserverRequiresTheIndustryProcess() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> prepare(processes -> without(processes, IndustryProcess.class)));
        assertTrue(e.getMessage().contains("observer MunitionsObserver requires MunitionStocks"), e.getMessage());
    }

    @Test
    void theGdpObserverRequiresTheInputOutputEconomy() {
        Engine engine = new Engine(c -> () -> {
            Model m = StandardModel.build(c);
            List<Observer> observers = new ArrayList<>(m.observers());
            observers.add(new GdpChangeObserver(c));
            return new Model(m.processes(), observers, m.invariants());
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.prepare(config));
        assertTrue(e.getMessage().contains("observer GdpChangeObserver requires EconomyState"), e.getMessage());
    }

    @Test
    void combatMustRunAfterPosture() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> prepare(processes -> moveBefore(processes, TheaterCombat.class, Posture.class)));
        assertTrue(e.getMessage().contains("process 'combat' reads this step's Forces"), e.getMessage());
        assertTrue(e.getMessage().contains("must run after 'posture'"), e.getMessage());
    }

    @Test
    void decisionsReadLastStepsForces() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> prepare(processes -> moveBefore(processes, Posture.class, DecisionProcess.class)));
        assertTrue(e.getMessage().contains("process 'decision' reads last step's Forces"), e.getMessage());
    }

    @Test
    void anEconomyWithoutATableIsRefusedNotDropped() {
        List<UncertainParameter> parameters = new ArrayList<>(config.parameters());
        parameters.add(ForceFixtures.fixed("economy.inventoryWeeks", 4));
        Configuration economic = config.withParameters(parameters);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardModel.engine().prepare(economic));
        assertTrue(e.getMessage().contains("models the economy"), e.getMessage());
        StandardModel.engine().prepare(config);
    }

    private void prepare(UnaryOperator<List<Process>> change) {
        new Engine(c -> () -> {
            Model m = StandardModel.build(c);
            return new Model(change.apply(new ArrayList<>(m.processes())), m.observers(), m.invariants());
        }).prepare(config);
    }

    private static List<Process> without(List<Process> processes, Class<? extends Process> type) {
        processes.removeIf(type::isInstance);
        return processes;
    }

    /** Moves the process of type {@code moved} to just before the one of type {@code anchor}. */
    private static List<Process> moveBefore(List<Process> processes, Class<? extends Process> moved,
                                            Class<? extends Process> anchor) {
        Process p = processes.stream().filter(moved::isInstance).findFirst().orElseThrow();
        processes.remove(p);
        int at = 0;
        while (!anchor.isInstance(processes.get(at))) {
            at++;
        }
        processes.add(at, p);
        return processes;
    }
}
