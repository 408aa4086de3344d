package org.indivisible.data.economy;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.economy.InputOutputEconomy;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped conflict scenarios produce the GDP metrics for every actor, WORLD, EU27 and NATO_EUROPE. */
class EconomyScenarioTest {

    /** A shipped scenario with the channel split on (economy.channelSplit = 1), as an analyst would set it. */
    static Configuration config(String scenario) {
        Configuration compiled = shipped(scenario);
        var parameters = compiled.parameters().stream()
                .map(p -> p.id().equals(InputOutputEconomy.CHANNEL_SPLIT)
                        ? UncertainParameter.fixed(p.id(), 1, p.unit(), p.sourceId(), p.status()) : p)
                .toList();
        return compiled.withParameters(parameters);
    }

    static Configuration shipped(String scenario) {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Path file = Path.of("..", "scenarios", scenario + ".yaml");
        var loaded = ScenarioFiles.loadScenario(file, snapshot).orElseThrow();
        return ScenarioCompiler.compile(loaded, "P0", snapshot);
    }

    /** By default the economy runs once (all channels): the totals, and no per-channel metrics. */
    @org.junit.jupiter.api.Test
    void channelSplitIsOffByDefault() {
        Configuration config = shipped("taiwan-invasion");
        Outcome outcome = EmbeddedData.engine().prepare(config).run(new RunSettings(7L, true, true), 0);
        assertTrue(outcome.metrics().get("gdp_change_pct_y1.WORLD") < 0);
        assertTrue(outcome.metrics().keySet().stream().noneMatch(m -> m.endsWith(".trade") || m.endsWith(".sanctions")),
                "no channel metrics without economy.channelSplit");
        // The same draws give the same totals with the split on: the extra runs only add metrics.
        Outcome split = EmbeddedData.engine().prepare(config("taiwan-invasion")).run(new RunSettings(7L, true, true), 0);
        for (var e : outcome.metrics().entrySet()) {
            assertEquals(e.getValue(), split.metrics().get(e.getKey()), e.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"taiwan-invasion", "taiwan-blockade", "korea-war", "dual-contingency"})
    void conflictScenariosProduceGdpChanges(String scenario) {
        Configuration config = config(scenario);
        Outcome outcome = EmbeddedData.engine().prepare(config).run(new RunSettings(7L, true, true), 0);
        for (String id : config.actors().stream().map(a -> a.iso3()).toList()) {
            for (String m : new String[] {"gdp_change_pct_y1.", "gdp_change_usd_y1.", "gdp_change_pct_cum."}) {
                assertTrue(outcome.metrics().containsKey(m + id), m + id);
                assertTrue(outcome.metrics().containsKey(m + id + ".trade"), m + id + ".trade");
            }
        }
        double world = outcome.metrics().get("gdp_change_pct_y1.WORLD");
        System.out.println(scenario + " WORLD y1 " + world + " EU27 " + outcome.metrics().get("gdp_change_pct_y1.EU27")
                + " NATO_EUROPE " + outcome.metrics().get("gdp_change_pct_y1.NATO_EUROPE")
                + " TWN " + outcome.metrics().get("gdp_change_pct_y1.TWN") + " KOR " + outcome.metrics().get("gdp_change_pct_y1.KOR")
                + " CHN " + outcome.metrics().get("gdp_change_pct_y1.CHN") + " USA " + outcome.metrics().get("gdp_change_pct_y1.USA")
                + " cum WORLD " + outcome.metrics().get("gdp_change_pct_cum.WORLD"));
        for (String c : new String[] {"direct", "trade", "chips", "sanctions", "confidence"}) {
            System.out.println("  " + c + " " + outcome.metrics().get("gdp_change_pct_y1.WORLD." + c));
        }
        assertTrue(world < 0, "a conflict costs the world GDP: " + world);
        assertTrue(outcome.metrics().containsKey("gdp_change_pct_y1.EU27"));
        assertTrue(outcome.metrics().containsKey("gdp_change_pct_cum.NATO_EUROPE"));
    }

    /**
     * A blockade that does not escalate acts through trade (Taiwan's shipping), confidence, and the
     * direct channel only through Taiwan's output lost when its energy runs out
     * (docs/economy.md section 4); never through chips or sanctions, which need a war.
     */
    @org.junit.jupiter.api.Test
    void blockadeActsThroughTradeConfidenceAndTaiwansEnergyOnly() {
        Configuration blockade = config("taiwan-blockade");
        java.util.List<org.indivisible.model.parameter.UncertainParameter> parameters = new java.util.ArrayList<>();
        for (var p : blockade.parameters()) {
            parameters.add(p.id().equals("blockade.taiwan.escalationAnnualPct")
                    ? org.indivisible.model.parameter.UncertainParameter.fixed(p.id(), 0, p.unit(), p.sourceId(), p.status()) : p);
        }
        Configuration config = blockade.withParameters(parameters);
        Outcome o = EmbeddedData.engine().prepare(config).run(new RunSettings(11L, true, true), 0);
        assertEquals(0.0, o.metrics().get("blockade_outcome_escalated.taiwan"));
        assertEquals(0.0, o.metrics().get("gdp_change_pct_cum.WORLD.chips"));
        assertEquals(0.0, o.metrics().get("gdp_change_pct_cum.WORLD.sanctions"));
        assertTrue(o.metrics().get("gdp_change_pct_cum.TWN.trade") < 0);
        assertTrue(o.metrics().get("gdp_change_pct_cum.WORLD.confidence") < 0);
        assertTrue(o.metrics().get("blockade_week_energy_exhausted.taiwan") > 0);
        assertTrue(o.metrics().get("gdp_change_pct_cum.TWN.direct") < 0, "Taiwan's output lost to the energy shortfall");
    }

    @org.junit.jupiter.api.Test
    void groupChangeIsTheSumOfItsMembers() {
        Configuration config = config("taiwan-invasion");
        Outcome o = EmbeddedData.engine().prepare(config).run(new RunSettings(3L, true, true), 0);
        var eu = config.group("EU27").orElseThrow();
        double sum = 0;
        for (String iso3 : eu.membersOn(config.horizon().dateOf(config.horizon().steps() - 1))) {
            sum += o.metrics().get("gdp_change_usd_y1." + iso3);
        }
        assertEquals(sum, o.metrics().get("gdp_change_usd_y1.EU27"), 1e-9 * Math.abs(sum));
        double world = 0;
        for (var a : config.actors()) {
            world += o.metrics().get("gdp_change_usd_y1." + a.iso3());
        }
        assertEquals(world, o.metrics().get("gdp_change_usd_y1.WORLD"), 1e-9 * Math.abs(world));
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline"})
    void noConflictNoChange(String scenario) {
        Outcome outcome = EmbeddedData.engine().prepare(config(scenario)).run(new RunSettings(7L, true, true), 0);
        assertEquals(0.0, outcome.metrics().get("gdp_change_pct_cum.WORLD"));
    }

    /**
     * Skipping the weeks in which the economy has settled under unchanged shocks
     * ({@code DynamicEconomy.SETTLE_TOLERANCE}) is an approximation: against the exact model (every
     * week computed) no GDP metric, per actor, group, WORLD and channel, moves by more than 1e-6
     * percentage points (measured: under 2e-9, docs/economy.md section 8).
     */
    @ParameterizedTest
    @ValueSource(strings = {"taiwan-invasion", "korea-war"})
    void skippingSettledWeeksChangesNoMetricBeyondTolerance(String scenario) {
        Configuration config = config(scenario);
        org.indivisible.model.economy.EconomyPlan plan = org.indivisible.model.economy.EconomyPlan.of(org.indivisible.data.EmbeddedData.economyTables().tableFor(config));
        Engine exact = economyOnly(plan, 0);
        Engine settling = economyOnly(plan, org.indivisible.model.economy.inputoutput.DynamicEconomy.SETTLE_TOLERANCE);
        double worst = 0;
        int compared = 0;
        for (int replication = 0; replication < 3; replication++) {
            RunSettings settings = new RunSettings(5L, true, true);
            var a = exact.prepare(config).run(settings, replication).metrics();
            var b = settling.prepare(config).run(settings, replication).metrics();
            assertEquals(a.keySet(), b.keySet());
            for (var e : a.entrySet()) {
                if (e.getKey().startsWith("gdp_change_pct_")) {
                    worst = Math.max(worst, Math.abs(e.getValue() - b.get(e.getKey())));
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
        assertTrue(worst < 1e-6, scenario + ": largest difference " + worst + " percentage points");
    }

    private static Engine economyOnly(org.indivisible.model.economy.EconomyPlan plan, double settleTolerance) {
        return new Engine(c -> () -> new org.indivisible.model.engine.Model(
                java.util.List.of(new org.indivisible.model.schedule.ScheduledEvents(c),
                        new org.indivisible.model.economy.GdpBaseline(c),
                        new org.indivisible.model.economy.InputOutputEconomy(c, plan, false, settleTolerance)),
                java.util.List.of(new org.indivisible.model.economy.GdpChangeObserver(c)),
                java.util.List.of(new org.indivisible.model.economy.EconomyBalanceInvariant())));
    }
}
