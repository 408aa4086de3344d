package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.data.EmbeddedData;
import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;

/** Runs one replication of the standard model with the embedded data and one more observer (a test's probe, or none). */
final class WithObserver {

    private WithObserver() {
    }

    static Outcome run(Configuration config, RunSettings settings, int replication, Observer extra) {
        var tables = EmbeddedData.economyTables();
        return new Engine(c -> {
            var models = StandardModel.plan(c, tables);
            return () -> {
                Model m = models.get();
                List<Observer> observers = new ArrayList<>(m.observers());
                if (extra != null) {
                    observers.add(extra);
                }
                return new Model(m.processes(), observers, m.invariants());
            };
        }).run(config, settings, replication);
    }
}
