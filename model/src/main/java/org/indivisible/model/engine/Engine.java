package org.indivisible.model.engine;

import org.indivisible.model.config.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.indivisible.model.random.RandomStreams;

/**
 * Runs replications: draws the parameters, then for each step runs the processes in order,
 * checks the invariants (when asked) and lets the observers record. A pure function of the
 * configuration, the master seed and the replication index. Thread safe: every replication
 * gets its own {@link Model} and {@link World}.
 *
 * <p>The planner is called once per configuration: it works out what all replications of that
 * configuration share (immutable tables such as spending shares per step) and returns a
 * supplier of fresh models, one per replication.
 */
public final class Engine {

    private final Function<Configuration, Supplier<Model>> planner;

    /** @param planner per configuration, a supplier of fresh models (processes, observers, invariants) */
    public Engine(Function<Configuration, Supplier<Model>> planner) {
        this.planner = planner;
    }

    /**
     * A configuration made ready to run many replications; its model's couplings are checked here,
     * once ({@link Wiring}).
     *
     * @throws IllegalStateException when the model lacks a part one of its processes requires
     */
    public Prepared prepare(Configuration config) {
        Supplier<Model> models = planner.apply(config);
        Wiring.check(models.get());
        return new Prepared(config, models);
    }

    /** One replication; prefer {@link #prepare} when running several of the same configuration. */
    public Outcome run(Configuration config, RunSettings settings, int replication) {
        return prepare(config).run(settings, replication);
    }

    /** A configuration with its shared plan. Thread safe. */
    public static final class Prepared {
        private final Configuration config;
        private final Supplier<Model> models;

        private Prepared(Configuration config, Supplier<Model> models) {
            this.config = config;
            this.models = models;
        }

        public Configuration configuration() {
            return config;
        }

        public Outcome run(RunSettings settings, int replication) {
            return Engine.run(config, models.get(), settings, replication);
        }
    }

    private static Outcome run(Configuration config, Model model, RunSettings settings, int replication) {
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
