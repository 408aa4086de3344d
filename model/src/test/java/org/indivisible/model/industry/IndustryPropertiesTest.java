package org.indivisible.model.industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.InvariantViolation;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.assembly.StandardModel;
import org.indivisible.model.engine.World;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;

/**
 * The munitions invariants (no stock or capacity below zero, mass balance every step, no transfer
 * below the donor's floor) hold over random parameter draws: jqwik picks the ranges, the seed
 * and the replication; every parameter is then drawn from its range by the engine, and the run is
 * checked after every step ({@link IndustryInvariants}). The last tests show the invariants do
 * fail when a process breaks them.
 */
class IndustryPropertiesTest {

    private static final String[] HOLDERS_152 = {"PRK", "RUS", "UKR"};
    private static final String[] HOLDERS_155 = {"DEU", "KOR", "UKR", "USA"};

    /** A configuration whose every munitions quantity is a uniform range [0, scale x high]. */
    static Configuration randomConfiguration(double scale, double floorShare, double cut, double restore,
                                             boolean ukraineAtWar, boolean koreaWar, boolean p2, int years) {
        List<UncertainParameter> ps = new ArrayList<>();
        for (String iso3 : HOLDERS_152) {
            holding(ps, "shell152", iso3, scale);
        }
        for (String iso3 : HOLDERS_155) {
            holding(ps, "shell155", iso3, scale);
        }
        holding(ps, "srbm", "PRK", scale / 1000);
        holding(ps, "srbm", "RUS", scale / 1000);
        holding(ps, "pac3", "UKR", scale / 1000);
        holding(ps, "pac3", "KOR", scale / 1000);
        holding(ps, "pac3", "USA", scale / 1000);
        uniform(ps, MunitionParameters.firingRoundsPerDay("shell152", "RUS", "ukraine"), 0, scale / 50);
        uniform(ps, MunitionParameters.firingRoundsPerDay("shell152", "UKR", "ukraine"), 0, scale / 100);
        uniform(ps, MunitionParameters.firingRoundsPerDay("shell155", "UKR", "ukraine"), 0, scale / 100);
        uniform(ps, MunitionParameters.firingRoundsPerDay("srbm", "RUS", "ukraine"), 0, scale / 10_000);
        uniform(ps, MunitionParameters.firingRoundsPerDay("srbm", "PRK", "korea"), 0, scale / 10_000);
        uniform(ps, MunitionParameters.firingRoundsPerDay("shell155", "KOR", "korea"), 0, scale / 50);
        uniform(ps, MunitionParameters.firingRoundsPerDay("shell155", "USA", "korea"), 0, scale / 50);
        uniform(ps, MunitionParameters.interceptorsPerMissile("pac3", "UKR"), 0, 3);
        uniform(ps, MunitionParameters.interceptorsPerMissile("pac3", "KOR"), 0, 3);
        uniform(ps, MunitionParameters.interceptorsPerMissile("pac3", "USA"), 0, 3);
        uniform(ps, MunitionParameters.transferRoundsPerYear("shell152", "PRK", "RUS"), 0, scale * 3);
        uniform(ps, MunitionParameters.transferRoundsPerYear("shell155", "USA", "UKR"), 0, scale);
        uniform(ps, MunitionParameters.transferRoundsPerYear("shell155", "DEU", "UKR"), 0, scale);
        uniform(ps, MunitionParameters.transferRoundsPerYear("srbm", "PRK", "RUS"), 0, scale / 1000);
        uniform(ps, MunitionParameters.transferRoundsPerYear("pac3", "USA", "UKR"), 0, scale / 1000);
        uniform(ps, MunitionParameters.transferStartYear("shell152", "PRK", "RUS"), 2026, 2030);
        for (String iso3 : List.of("DEU", "KOR", "PRK", "RUS", "UKR", "USA")) {
            uniform(ps, MunitionParameters.reserveFloorShare(iso3), 0, floorShare);
            uniform(ps, MunitionParameters.exportControlCut(iso3), 0, cut);
            uniform(ps, MunitionParameters.partnerInputRestore(iso3, iso3.equals("PRK") ? "RUS" : "PRK"), 0, restore);
            uniform(ps, MunitionParameters.partnerInputRestore(iso3, iso3.equals("UKR") ? "USA" : "UKR"), 0, restore);
        }
        for (String m : List.of("shell152", "shell155", "srbm", "pac3")) {
            uniform(ps, MunitionParameters.capacityCostUsdPerRoundPerYear(m), 100, 1e6);
            uniform(ps, MunitionParameters.rampLagYears(m), 0, 4);
            uniform(ps, MunitionParameters.unitCostUsd(m), 100, 4e6);
        }
        Map<String, Double> none = Map.of();
        List<ScheduledEvent> events = koreaWar
                ? List.of(new ScheduledEvent("korea-war", "korea", TheaterState.WAR, "PRK", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 12, 31), 1.0, new UncertainParameter("korea-war.duration", 30,
                        new Distribution.Uniform(4, 80), "weeks", "test", Status.ASSUMPTION, ""), TheaterState.CEASEFIRE))
                : List.of();
        List<Policy> policies = p2 ? List.of(new IndustrialCooperation(
                List.of(new IndustrialCooperation.StandardAdoption("shell155", List.of("KOR"), LocalDate.of(2027, 1, 1))),
                List.of(new IndustrialCooperation.CoProduction("line", "shell155", "KOR", scale, LocalDate.of(2026, 3, 1),
                        1.5, new TreeMap<>(Map.of("KOR", 0.3, "UKR", 0.3, "DEU", 0.4)))),
                List.of(new IndustrialCooperation.TechnologySharing("shell155", List.of("KOR"), 40,
                        LocalDate.of(2026, 1, 1))))) : List.of();
        Configuration base = IndustryFixtures.config(none, policies,
                ukraineAtWar ? TheaterState.WAR : TheaterState.PEACE, events,
                org.indivisible.model.config.Horizon.ofYears(IndustryFixtures.START, 7, years));
        List<UncertainParameter> all = new ArrayList<>(base.parameters());
        all.addAll(ps);
        return new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(), base.groups(),
                base.treaties(), base.theaters(), base.events(), all, base.gdp(), base.spending(), base.policies());
    }

    private static void holding(List<UncertainParameter> ps, String m, String iso3, double scale) {
        uniform(ps, MunitionParameters.stockRounds(m, iso3), 0, scale);
        uniform(ps, MunitionParameters.capacityRoundsPerYear(m, iso3), 0, scale);
        uniform(ps, MunitionParameters.investPctBudget(m, iso3), 0, 2);
        uniform(ps, MunitionParameters.importShare(m, iso3), 0, 1);
        uniform(ps, MunitionParameters.capacityGrowthPctPerYear(m, iso3), -30, 30);
    }

    private static void uniform(List<UncertainParameter> ps, String id, double low, double high) {
        ps.add(new UncertainParameter(id, low, new Distribution.Uniform(low, high), "", "test", Status.ASSUMPTION, ""));
    }

    @Property(tries = 60)
    void invariantsHoldOverRandomDraws(@ForAll @DoubleRange(min = 1, max = 1e7) double scale,
                                       @ForAll @DoubleRange(min = 0, max = 1) double floorShare,
                                       @ForAll @DoubleRange(min = 0, max = 1) double cut,
                                       @ForAll @DoubleRange(min = 0, max = 1) double restore,
                                       @ForAll boolean ukraineAtWar, @ForAll boolean koreaWar, @ForAll boolean p2,
                                       @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                       @ForAll @IntRange(min = 0, max = 50) int replication) {
        Configuration config = randomConfiguration(scale, floorShare, cut, restore, ukraineAtWar, koreaWar, p2, 3);
        // check = true: IndustryInvariants runs after every step and throws on any violation.
        Outcome outcome = StandardModel.engine().run(config, new RunSettings(seed, true, true), replication);
        Map<String, Double> m = outcome.metrics();
        // The horizon's totals close too: start + produced + received - sent - consumed = end, per holding.
        for (String key : m.keySet()) {
            if (key.startsWith("munitions_stock_end.")) {
                String id = key.substring("munitions_stock_end.".length());
                double in = m.get("munitions_production_cum." + id) + m.get("munitions_received_cum." + id);
                double out = m.get("munitions_sent_cum." + id) + m.get("munitions_consumed_cum." + id);
                assertTrue(m.get(key) >= 0, key);
                assertTrue(m.get("munitions_capacity_end." + id) >= 0, id);
                double start = m.get(key) - in + out;
                assertTrue(start >= -1e-6 * Math.max(1, in + out), id + " implies a negative start stock " + start);
            }
        }
    }

    @Property(tries = 40)
    void aTransferNeverTakesTheDonorBelowItsFloor(@ForAll @DoubleRange(min = 1, max = 1e7) double stock,
                                                  @ForAll @DoubleRange(min = 0, max = 1) double floorShare,
                                                  @ForAll @DoubleRange(min = 0, max = 1e8) double rate,
                                                  @ForAll @DoubleRange(min = 0, max = 1e6) double firing,
                                                  @ForAll @IntRange(min = 1, max = 3) int years) {
        // PRK gives to RUS and has no production: its stock never falls below floorShare x stock, whatever
        // the rate; what RUS received is exactly what PRK lost.
        var config = IndustryFixtures.config(IndustryFixtures.params(
                MunitionParameters.stockRounds("shell152", "PRK"), stock,
                MunitionParameters.reserveFloorShare("PRK"), floorShare,
                MunitionParameters.stockRounds("shell152", "RUS"), 0,
                MunitionParameters.firingRoundsPerDay("shell152", "RUS", "ukraine"), firing,
                MunitionParameters.transferRoundsPerYear("shell152", "PRK", "RUS"), rate), List.of(),
                TheaterState.WAR, years);
        Map<String, Double> m = StandardModel.engine().run(config, IndustryProcessTest.CHECKED, 0).metrics();
        double end = m.get("munitions_stock_end.PRK.shell152");
        assertTrue(end >= floorShare * stock * (1 - 1e-12), end + " < floor " + floorShare * stock);
        assertEquals(stock - end, m.get("munitions_received_cum.RUS.shell152"), 1e-9 * stock);
    }

    @Property(tries = 20)
    void recordedDaysOfSupplyIsTheLowestOfTheStatesOwn(@ForAll @DoubleRange(min = 1, max = 1e7) double scale,
                                                       @ForAll boolean koreaWar, @ForAll boolean p2,
                                                       @ForAll @IntRange(min = 0, max = 50) int replication) {
        // The observer's O(holdings) pool sum against MunitionStocks.daysOfSupply's direct sum, every step.
        Configuration config = randomConfiguration(scale, 0.5, 0.5, 0.5, true, koreaWar, p2, 2);
        Map<String, Double> lowest = new TreeMap<>();
        Engine engine = new Engine(c -> {
            var standard = StandardModel.plan(c);
            return () -> {
                Model m = standard.get();
                List<org.indivisible.model.engine.Observer> observers = new ArrayList<>(m.observers());
                observers.add(new org.indivisible.model.engine.Observer() {
                    @Override
                    public void afterStep(World world) {
                        MunitionStocks s = world.part(MunitionStocks.class);
                        for (int k = 0; k < s.plan().holdings(); k++) {
                            double d = s.daysOfSupply(k, world.step());
                            if (Double.isFinite(d)) {
                                lowest.merge(s.plan().iso3(k) + "." + s.plan().munition(k).id(), d, Math::min);
                            }
                        }
                    }

                    @Override
                    public void finish(World world, Outcome.Builder outcome) {
                    }
                });
                return new Model(m.processes(), observers, m.invariants());
            };
        });
        Map<String, Double> m = engine.run(config, new RunSettings(11, true, true), replication).metrics();
        for (var e : lowest.entrySet()) {
            assertEquals(e.getValue(), m.get("munitions_days_of_supply_min." + e.getKey()),
                    1e-9 * Math.max(1, e.getValue()), e.getKey());
        }
        assertEquals(lowest.size(), m.keySet().stream().filter(k -> k.startsWith("munitions_days_of_supply_min.")).count());
    }

    /** A rogue process that runs after the industry and breaks the books. */
    private static Engine rogue(java.util.function.Consumer<MunitionStocks> harm) {
        return new Engine(config -> {
            var standard = StandardModel.plan(config);
            return () -> {
                Model m = standard.get();
                List<Process> processes = new ArrayList<>(m.processes());
                processes.add(new Process() {
                    @Override
                    public String name() {
                        return "rogue";
                    }

                    @Override
                    public void step(World world) {
                        harm.accept(world.part(MunitionStocks.class));
                    }
                });
                return new Model(processes, m.observers(), m.invariants());
            };
        });
    }

    @Test
    void theInvariantsCatchALeakAndANegativeStock() {
        var config = IndustryFixtures.config(IndustryFixtures.params(
                MunitionParameters.stockRounds("shell152", "RUS"), 1000), List.of(), TheaterState.PEACE, 1);
        var leak = assertThrows(InvariantViolation.class,
                () -> rogue(s -> s.stockRounds[0] -= 1).run(config, IndustryProcessTest.CHECKED, 0));
        assertTrue(leak.getMessage().contains("mass balance"), leak.getMessage());
        var negative = assertThrows(InvariantViolation.class, () -> rogue(s -> {
            s.stockRounds[0] = -5;
            s.consumedRounds[0] = s.stockAtStepStartRounds[0] + 5;
            s.demandRounds[0] = s.consumedRounds[0];
        }).run(config, IndustryProcessTest.CHECKED, 0));
        assertTrue(negative.getMessage().contains("stock must be non-negative"), negative.getMessage());
    }

    @Test
    void theInvariantsCatchATransferBelowTheFloor() {
        var config = IndustryFixtures.config(IndustryFixtures.params(
                MunitionParameters.stockRounds("shell152", "PRK"), 1000,
                MunitionParameters.reserveFloorShare("PRK"), 0.5,
                MunitionParameters.transferRoundsPerYear("shell152", "PRK", "RUS"), 1), List.of(), TheaterState.PEACE, 1);
        var e = assertThrows(InvariantViolation.class, () -> rogue(s -> s.donorStockAfterTransferRounds[0] = 10)
                .run(config, IndustryProcessTest.CHECKED, 0));
        assertTrue(e.getMessage().contains("below the reserve floor"), e.getMessage());
    }
}
