package org.indivisible.model.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.indivisible.model.blockade.BlockadeObserver;
import org.indivisible.model.blockade.BlockadeProcess;
import org.indivisible.model.budget.DefenceBudgets;
import org.indivisible.model.budget.SpendingObserver;
import org.indivisible.model.combat.CombatObserver;
import org.indivisible.model.combat.campaign.CampaignObserver;
import org.indivisible.model.combat.campaign.CampaignProcess;
import org.indivisible.model.combat.TheaterCombat;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.decision.DecisionObserver;
import org.indivisible.model.decision.DecisionProcess;
import org.indivisible.model.economy.EconomyBalanceInvariant;
import org.indivisible.model.economy.EconomyPlan;
import org.indivisible.model.economy.EconomyTableSource;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.economy.GdpChangeObserver;
import org.indivisible.model.economy.InputOutputEconomy;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Invariant;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Process;
import org.indivisible.model.industry.IndustryInvariants;
import org.indivisible.model.industry.IndustryPlan;
import org.indivisible.model.industry.IndustryProcess;
import org.indivisible.model.industry.MunitionsObserver;
import org.indivisible.model.influence.InfluenceObserver;
import org.indivisible.model.influence.NarrativeAdoption;
import org.indivisible.model.korea.KoreaCampaign;
import org.indivisible.model.korea.KoreaObserver;
import org.indivisible.model.posture.FlankObserver;
import org.indivisible.model.posture.ForceGeneration;
import org.indivisible.model.posture.ForceInvariants;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.ForcesObserver;
import org.indivisible.model.posture.Posture;
import org.indivisible.model.posture.Reconstitution;
import org.indivisible.model.schedule.ConflictObserver;
import org.indivisible.model.schedule.ScheduledEvents;

/**
 * The composition root: the one place that decides which processes make up the model and in
 * which order (docs/model.md section 4). Each process declares its couplings
 * ({@link org.indivisible.model.engine.Ports}); {@link Engine#prepare} checks them once per
 * configuration, so a part left out is a planning error rather than a silent zero.
 *
 * <p>The order, and the couplings it fixes:
 * <ol>
 * <li>events: scheduled conflicts set theater states;</li>
 * <li>decisions: each aggressor's weekly hazard, from last step's forces and narrative;</li>
 * <li>the economy's no-conflict GDP baseline, which budgets need;</li>
 * <li>defence budgets;</li>
 * <li>posture: where forces are, the US swing to the Pacific (provides {@code Forces});</li>
 * <li>force generation: the allies' budgets above their start buy new elements (this step's forces);</li>
 * <li>reconstitution: Russia rebuilds its forces facing NATO after a ceasefire in Ukraine, at a pace
 *     set by its partners' share of its munitions supply (last step's);</li>
 * <li>industry, transfers and munitions (provides {@code MunitionStocks}; reads last step's
 *     narrative for co-production);</li>
 * <li>the blockade of Taiwan as operations: shipping, Taiwan's stocks, its end (this step's forces;
 *     provides {@code Blockade});</li>
 * <li>North Korea's strikes on the South: missiles fired (this step's munitions) and artillery on
 *     Seoul (provides {@code KoreaStrikes});</li>
 * <li>combat in theaters at war (this step's forces);</li>
 * <li>the input-output economy, when the configuration models it (provides {@code EconomyState});</li>
 * <li>influence: narrative adoption in partner publics (provides {@code NarrativeState}).</li>
 * </ol>
 */
public final class StandardModel {

    private StandardModel() {
    }

    /**
     * The engine with the standard model and no input-output table: configurations that carry the
     * economy's parameters are refused (use {@link #engine(EconomyTableSource)}).
     */
    public static Engine engine() {
        return new Engine(config -> plan(config, null));
    }

    /** The engine with the standard model, its economy's tables from {@code tables}. */
    public static Engine engine(EconomyTableSource tables) {
        java.util.Objects.requireNonNull(tables, "tables");
        return new Engine(config -> plan(config, tables));
    }

    /**
     * Works out the configuration's shared tables once; each call of the supplier gives a fresh
     * model.
     *
     * @param tables where the economy's input-output table comes from; null for none
     * @throws IllegalArgumentException when the configuration models the economy and no table
     *     source is given
     */
    public static Supplier<Model> plan(Configuration config, EconomyTableSource tables) {
        DefenceBudgets.Plan budgets = DefenceBudgets.Plan.of(config);
        ForcePlan forces = ForcePlan.of(config);
        IndustryPlan industry = IndustryPlan.of(config);
        Optional<EconomyPlan> economy = economy(config, tables);
        return () -> {
            List<Process> processes = new ArrayList<>(
                    List.of(new ScheduledEvents(config), new DecisionProcess(config), new GdpBaseline(config),
                            new DefenceBudgets(budgets),
                            new Posture(forces),
                            new ForceGeneration(forces),
                            new Reconstitution(forces, config),
                            new IndustryProcess(industry),
                            new BlockadeProcess(),
                            new KoreaCampaign(forces),
                            new CampaignProcess(forces),
                            new TheaterCombat(forces)));
            List<Observer> observers = new ArrayList<>(
                    List.of(new ConflictObserver(config), new SpendingObserver(config),
                            new ForcesObserver(), new FlankObserver(), new CombatObserver(), new CampaignObserver(),
                            new MunitionsObserver(config, industry),
                            new DecisionObserver(config), new BlockadeObserver(), new KoreaObserver()));
            List<Invariant> invariants = new ArrayList<>(
                    List.of(new StandardInvariants(config), new ForceInvariants(), new IndustryInvariants()));
            economy.ifPresent(plan -> {
                processes.add(new InputOutputEconomy(config, plan));
                observers.add(new GdpChangeObserver(config));
                invariants.add(new EconomyBalanceInvariant());
            });
            NarrativeAdoption influence = new NarrativeAdoption(config);
            processes.add(influence);
            observers.add(new InfluenceObserver(config, influence));
            return new Model(processes, observers, invariants);
        };
    }

    /** {@link #plan(Configuration, EconomyTableSource)} without an input-output table. */
    public static Supplier<Model> plan(Configuration config) {
        return plan(config, null);
    }

    /** A fresh standard model for one replication, without the input-output economy. */
    public static Model build(Configuration config) {
        return plan(config, null).get();
    }

    private static Optional<EconomyPlan> economy(Configuration config, EconomyTableSource tables) {
        if (!EconomyTableSource.applies(config)) {
            return Optional.empty();
        }
        if (tables == null) {
            throw new IllegalArgumentException("scenario " + config.scenarioId() + " models the economy (it carries "
                    + EconomyTableSource.MARKER_PARAMETER + " and the other economy.* parameters), but the model was "
                    + "given no input-output table: build the engine with StandardModel.engine(tables), where the data "
                    + "module supplies the tables (EmbeddedData.engine())");
        }
        return Optional.of(EconomyPlan.of(tables.tableFor(config)));
    }
}
