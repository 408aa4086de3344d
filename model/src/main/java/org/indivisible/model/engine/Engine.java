package org.indivisible.model.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.indivisible.model.random.RandomStreams;

/**
 * Runs one replication: draws the parameters, then for each step runs the processes in order,
 * checks the invariants (when asked) and lets the observers record. A pure function of the
 * configuration, the master seed and the replication index. Thread safe: every call builds
 * its own {@link Model} and {@link World}.
 */
public final class Engine {

    private final Function<Configuration, Model> modelFactory;

    /** @param modelFactory builds a fresh model (processes, observers, invariants) per replication */
    public Engine(Function<Configuration, Model> modelFactory) {
        this.modelFactory = modelFactory;
    }

    /** The engine with the standard model ({@link StandardModel}). */
    public static Engine standard() {
        return new Engine(StandardModel::build);
    }

    public Outcome run(Configuration config, RunSettings settings, int replication) {
        Model model = modelFactory.apply(config);
        World world = new World(config, new RandomStreams(settings.masterSeed(), replication),
                settings.sampleUncertainty());
        for (Process p : model.processes()) {
            p.start(world);
        }
        for (Observer o : model.observers()) {
            o.start(world);
        }
        int steps = config.horizon().steps();
        for (int step = 0; step < steps; step++) {
            world.moveTo(step);
            for (Process p : model.processes()) {
                p.step(world);
            }
            world.countWarSteps();
            if (settings.check()) {
                check(model, world);
            }
            for (Observer o : model.observers()) {
                o.afterStep(world);
            }
        }
        Outcome.Builder outcome = new Outcome.Builder(replication);
        for (Observer o : model.observers()) {
            o.finish(world, outcome);
        }
        return outcome.build();
    }

    private static void check(Model model, World world) {
        List<String> violations = new ArrayList<>();
        for (Invariant invariant : model.invariants()) {
            violations.addAll(invariant.violations(world));
        }
        if (!violations.isEmpty()) {
            throw new InvariantViolation(world.step(), world.date(), violations);
        }
    }
}
