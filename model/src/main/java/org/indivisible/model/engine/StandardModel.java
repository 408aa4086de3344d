package org.indivisible.model.engine;

import java.util.List;
import java.util.function.Supplier;
import org.indivisible.model.budget.DefenceBudgets;
import org.indivisible.model.combat.CombatObserver;
import org.indivisible.model.combat.TheaterCombat;
import org.indivisible.model.decision.DecisionObserver;
import org.indivisible.model.decision.DecisionProcess;
import org.indivisible.model.influence.InfluenceObserver;
import org.indivisible.model.influence.NarrativeAdoption;
import org.indivisible.model.posture.ForceInvariants;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.ForcesObserver;
import org.indivisible.model.posture.Posture;
import org.indivisible.model.budget.SpendingObserver;
import org.indivisible.model.economy.EconomyBalanceInvariant;
import org.indivisible.model.economy.EconomyPlan;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.industry.IndustryInvariants;
import org.indivisible.model.industry.IndustryPlan;
import org.indivisible.model.industry.IndustryProcess;
import org.indivisible.model.industry.MunitionsObserver;
import org.indivisible.model.economy.GdpChangeObserver;
import org.indivisible.model.economy.InputOutputEconomy;

/**
 * The processes in MODEL.md's order (section 4), as far as they exist: 1 events and policies,
 * 2 decisions (deterrence), then the economy's no-conflict baseline (needed by budgets), then defence budgets, then
 * industry, transfers and consumption of munitions. Later processes (decisions, posture,
 * combat, the input-output economy, influence) slot in at their place in this list.
 */
public final class StandardModel {

    private StandardModel() {
    }

    /** Works out the configuration's shared tables once; each call of the supplier gives a fresh model. */
    public static Supplier<Model> plan(Configuration config) {
        DefenceBudgets.Plan budgets = DefenceBudgets.Plan.of(config);
        ForcePlan forces = ForcePlan.of(config);
        IndustryPlan industry = IndustryPlan.of(config);
        // Process 7, the input-output economy, when a table source is installed (the data module).
        java.util.Optional<EconomyPlan> economy = EconomyPlan.of(config);
        return () -> {
            List<Process> processes = new java.util.ArrayList<>(
                    List.of(new ScheduledEvents(config), new DecisionProcess(config), new GdpBaseline(config),
                            new DefenceBudgets(budgets),
                            new Posture(forces),
                            new IndustryProcess(industry),
                            new TheaterCombat(forces)));
            List<Observer> observers = new java.util.ArrayList<>(
                    List.of(new ConflictObserver(config), new SpendingObserver(config),
                            new ForcesObserver(), new CombatObserver(), new MunitionsObserver(config, industry),
                            new DecisionObserver(config)));
            List<Invariant> invariants = new java.util.ArrayList<>(
                    List.of(new StandardInvariants(config), new ForceInvariants(), new IndustryInvariants()));
            economy.ifPresent(plan -> {
                processes.add(new InputOutputEconomy(config, plan));
                observers.add(new GdpChangeObserver(config));
                invariants.add(new EconomyBalanceInvariant());
            });
            // Process 8, influence: narrative adoption in partner publics (after the economy).
            NarrativeAdoption influence = new NarrativeAdoption(config);
            processes.add(influence);
            observers.add(new InfluenceObserver(config, influence));
            return new Model(processes, observers, invariants);
        };
    }

    /** A fresh standard model for one replication. */
    public static Model build(Configuration config) {
        return plan(config).get();
    }
}
