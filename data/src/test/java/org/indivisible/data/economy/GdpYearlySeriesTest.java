package org.indivisible.data.economy;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.economy.EconomyPlan;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.economy.GdpChangeObserver;
import org.indivisible.model.economy.InputOutputEconomy;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Model;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.schedule.ScheduledEvents;
import org.indivisible.model.engine.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly trajectory {@code gdp_change_pct_<YYYY>.<ID>} against the metrics it must agree with
 * (docs/economy.md section 6): the calendar year that is exactly the 52 weeks from the first shock
 * gives {@code gdp_change_pct_y1}; the years weighted by their baseline GDP give
 * {@code gdp_change_pct_cum}.
 */
class GdpYearlySeriesTest {

    @TempDir
    static Path dir;

    /**
     * The shipped taiwan-invasion scenario with its invasion window narrowed to one day,
     * 2027-01-04: with the horizon starting 2026-01-05 in weekly steps, that is the first day of
     * step 52, and steps 52 .. 103 are exactly the steps starting in 2027.
     */
    static Configuration invasionOn20270104() throws IOException {
        Files.copy(Path.of("..", "scenarios", "baseline.yaml"), dir.resolve("baseline.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = Files.readString(Path.of("..", "scenarios", "taiwan-invasion.yaml"));
        String narrowed = text.replace("window: {from: 2027-01-01, to: 2030-12-31}", "window: {from: 2027-01-04, to: 2027-01-04}");
        assertFalse(text.equals(narrowed), "taiwan-invasion.yaml's window changed: update this test");
        Path file = dir.resolve("taiwan-invasion.yaml");
        Files.writeString(file, narrowed);
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Configuration config = ScenarioCompiler.compile(ScenarioFiles.loadScenario(file, snapshot).orElseThrow(), "P0", snapshot);
        assertEquals(java.time.LocalDate.of(2026, 1, 5), config.horizon().start());
        assertEquals(7, config.horizon().stepDays());
        return config;
    }

    static List<String> ids(Configuration config) {
        List<String> ids = new java.util.ArrayList<>(List.of("WORLD", "EU27", "NATO_EUROPE", "NATO", "IP4"));
        ids.addAll(GdpChangeObserver.SERIES_ACTORS);
        return ids;
    }

    @Test
    void theYearOfTheFirstShockIsTheFirstYearMetric() throws IOException {
        Configuration config = invasionOn20270104();
        Outcome o = EmbeddedData.engine().prepare(config).run(new RunSettings(7L, true, true), 0);
        Map<String, Double> m = o.metrics();
        assertEquals(52.0, m.get("conflict_start_week.taiwan"), "the invasion starts in step 52");
        for (String id : ids(config)) {
            double y1 = m.get("gdp_change_pct_y1." + id);
            assertEquals(y1, m.get("gdp_change_pct_2027." + id), 1e-12 * Math.max(1, Math.abs(y1)), id);
            // Before the first shock nothing changed.
            assertEquals(0.0, m.get("gdp_change_pct_2026." + id), id);
        }
        assertTrue(m.get("gdp_change_pct_2027.TWN") < -1, "the invasion costs Taiwan GDP: " + m.get("gdp_change_pct_2027.TWN"));
        // One value per calendar year the horizon touches (2026-01-05 .. 2037-01-04: steps start 2026 .. 2036).
        long years = m.keySet().stream().filter(k -> k.matches("gdp_change_pct_\\d{4}\\.WORLD")).count();
        assertEquals(11, years);
        assertFalse(m.containsKey("gdp_change_pct_2037.WORLD"));
        assertFalse(m.containsKey("gdp_change_pct_2027.ITA"), "only the listed actors have a trajectory");
    }

    /** Records, independently of the observer, each actor's baseline GDP summed by the calendar year of each step. */
    static final class BaseByYear implements Observer {
        final Map<Integer, double[]> baseUsdBillions = new TreeMap<>();

        @Override
        public void afterStep(World world) {
            double[] gdp = world.gdpUsdBillions();
            double[] sum = baseUsdBillions.computeIfAbsent(world.date().getYear(), y -> new double[gdp.length]);
            for (int a = 0; a < gdp.length; a++) {
                sum[a] += gdp[a] * world.config().horizon().stepDays() / 364.0;
            }
        }

        @Override
        public void finish(World world, Outcome.Builder outcome) {
        }
    }

    /**
     * A war the baseline's decision rule starts late (replication 1 of seed 7: Taiwan, week 547 =
     * step 547, in 2036): nothing before its year, a loss in it.
     */
    @Test
    void aLateWarShowsOnlyInItsYear() {
        Configuration config = EconomyScenarioTest.config("baseline");
        Map<String, Double> m = EmbeddedData.engine().prepare(config).run(new RunSettings(7L, true, true), 1).metrics();
        int start = m.get("conflict_start_week.taiwan").intValue();
        int year = config.horizon().dateOf(start).getYear();
        for (int y = 2026; y < year; y++) {
            assertEquals(0.0, m.get("gdp_change_pct_" + y + ".WORLD"), String.valueOf(y));
        }
        assertTrue(m.get("gdp_change_pct_" + year + ".WORLD") < 0);
        assertTrue(m.get("gdp_change_pct_" + year + ".TWN") < m.get("gdp_change_pct_" + year + ".WORLD"));
    }

    @Test
    void theYearsWeightedByBaselineGdpGiveTheCumulativeMetric() throws IOException {
        Configuration config = invasionOn20270104();
        EconomyPlan plan = EconomyPlan.of(org.indivisible.data.EmbeddedData.economyTables().tableFor(config));
        BaseByYear[] base = new BaseByYear[1];
        Engine engine = new Engine(c -> () -> {
            base[0] = new BaseByYear();
            return new Model(List.of(new ScheduledEvents(c), new GdpBaseline(c), new InputOutputEconomy(c, plan)),
                    List.of(new GdpChangeObserver(c), base[0]), List.of());
        });
        Outcome o = engine.prepare(config).run(new RunSettings(3L, true, true), 1);
        List<String> iso3 = config.actors().stream().map(a -> a.iso3()).toList();
        java.time.LocalDate last = config.horizon().dateOf(config.horizon().steps() - 1);
        for (String id : ids(config)) {
            List<Integer> members = id.equals("WORLD") ? java.util.stream.IntStream.range(0, iso3.size()).boxed().toList()
                    : config.group(id).map(g -> g.membersOn(last).stream().map(iso3::indexOf).toList())
                            .orElse(List.of(iso3.indexOf(id)));
            double change = 0;
            double total = 0;
            for (Map.Entry<Integer, double[]> e : base[0].baseUsdBillions.entrySet()) {
                double b = 0;
                for (int a : members) {
                    b += e.getValue()[a];
                }
                change += o.metrics().get("gdp_change_pct_" + e.getKey() + "." + id) / 100 * b;
                total += b;
            }
            double cum = o.metrics().get("gdp_change_pct_cum." + id);
            assertTrue(cum != 0, id + " lost or gained GDP");
            assertEquals(cum, 100 * change / total, 1e-10 * Math.abs(cum), id);
        }
    }

    /** The baseline's decision rules can start wars; replication 0 of seed 7 starts none. */
    @Test
    void noConflictGivesAFlatZeroTrajectory() {
        Configuration config = EconomyScenarioTest.config("baseline");
        Map<String, Double> m = EmbeddedData.engine().prepare(config).run(new RunSettings(7L, true, true), 0).metrics();
        assertTrue(m.keySet().stream().noneMatch(k -> k.startsWith("conflict_start_week.")), "a war started: " + m.keySet());
        for (int year = 2026; year <= 2036; year++) {
            for (String id : ids(config)) {
                assertEquals(0.0, m.get("gdp_change_pct_" + year + "." + id), year + " " + id);
            }
        }
    }
}
