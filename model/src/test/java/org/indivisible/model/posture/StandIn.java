package org.indivisible.model.posture;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;

/**
 * The standard model with a stand-in for one of its parts: a process, run before the others,
 * that attaches a test's own {@link MunitionsSufficiency} (the industry's seam to combat), and
 * a test's observer after the model's own.
 */
final class StandIn {

    private StandIn() {
    }

    /** The standard model's engine for {@code config} with {@code munitions} in place of the industry's, and {@code observer}. */
    static Engine engine(Configuration config, MunitionsSufficiency munitions, Observer observer) {
        Process standIn = new Process() {
            @Override
            public String name() {
                return "test-munitions";
            }

            @Override
            public void start(World world) {
                world.attach(MunitionsSufficiency.class, munitions);
            }

            @Override
            public void step(World world) {
            }
        };
        var models = StandardModel.plan(config);
        return new Engine(c -> () -> {
            Model m = models.get();
            List<Process> processes = new ArrayList<>(List.of(standIn));
            processes.addAll(m.processes());
            List<Observer> observers = new ArrayList<>(m.observers());
            if (observer != null) {
                observers.add(observer);
            }
            return new Model(processes, observers, m.invariants());
        });
    }
}
