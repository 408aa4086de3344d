package org.indivisible.model.engine;

import java.util.List;
import java.util.function.Supplier;
import org.indivisible.model.budget.DefenceBudgets;
import org.indivisible.model.budget.SpendingObserver;
import org.indivisible.model.economy.EconomyBalanceInvariant;
import org.indivisible.model.economy.EconomyPlan;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.economy.GdpChangeObserver;
import org.indivisible.model.economy.InputOutputEconomy;

/**
 * The processes in MODEL.md's order (section 4), as far as they exist: 1 events and policies,
 * then the economy's no-conflict baseline (needed by budgets), then defence budgets. Later
 * processes (decisions, posture, industry, transfers, combat, the input-output economy,
 * influence) slot in at their place in this list.
 */
public final class StandardModel {

    private StandardModel() {
    }

    /** Works out the configuration's shared tables once; each call of the supplier gives a fresh model. */
    public static Supplier<Model> plan(Configuration config) {
        DefenceBudgets.Plan budgets = DefenceBudgets.Plan.of(config);
        // Process 7, the input-output economy, when a table source is installed (the data module).
        java.util.Optional<EconomyPlan> economy = EconomyPlan.of(config);
        return () -> {
            List<Process> processes = new java.util.ArrayList<>(
                    List.of(new ScheduledEvents(config), new GdpBaseline(config), new DefenceBudgets(budgets)));
            List<Observer> observers = new java.util.ArrayList<>(
                    List.of(new ConflictObserver(config), new SpendingObserver(config)));
            List<Invariant> invariants = new java.util.ArrayList<>(List.of(new StandardInvariants(config)));
            economy.ifPresent(plan -> {
                processes.add(new InputOutputEconomy(config, plan));
                observers.add(new GdpChangeObserver(config));
                invariants.add(new EconomyBalanceInvariant());
            });
            return new Model(processes, observers, invariants);
        };
    }

    /** A fresh standard model for one replication. */
    public static Model build(Configuration config) {
        return plan(config).get();
    }
}
