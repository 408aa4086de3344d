package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.blockade.Blockade;
import org.indivisible.model.blockade.BlockadeParameters;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Observer;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.engine.World;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * The blockade runs out Taiwan's stocks at the week the sourced stock and import figures give
 * (docs/forces-and-combat.md section 8): with no ship arriving, a stock of D days of consumption
 * of which a share m is imported lasts D / m days, so it runs out in week ceil(D / (7 m)) of the
 * blockade. The expected weeks are worked out here from the snapshot's figures (MOEA via the
 * Taipei Times and Reuters, S&P Global), not read from the model.
 */
class BlockadeStocksTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();
    /** Hazards off, so that the blockade lasts until every stock has run out. */
    private static final Map<String, Double> NO_END = Map.of(BlockadeParameters.NEGOTIATED, 0.0,
            BlockadeParameters.ESCALATION, 0.0, BlockadeParameters.CAPITULATION, 0.0);

    @Test
    void withNoShipArrivingEachStockRunsOutInTheWeekItsDaysAndImportShareGive() {
        Map<String, Double> fixed = new java.util.HashMap<>(NO_END);
        fixed.put(BlockadeParameters.ATTEMPT, 0.0); // no ship sails: the share arriving is exactly 0
        Configuration config = blockade(fixed);
        // The sourced figures the expectation is traced to.
        assertEquals(11, value(config, BlockadeParameters.STOCK_DAYS + "lng"), 0, "LNG days (Reuters 2022-10-24)");
        assertEquals(0.99, value(config, BlockadeParameters.IMPORT_SHARE + "lng"), 0, "LNG import share (S&P Global 2024)");
        assertEquals(39, value(config, BlockadeParameters.STOCK_DAYS + "coal"), 0, "coal days (MOEA, Taipei Times 2022-08-04)");
        assertEquals(146, value(config, BlockadeParameters.STOCK_DAYS + "oil"), 0, "oil days (MOEA, Taipei Times 2022-08-04)");
        Outcome outcome = run(config, null);
        for (String carrier : BlockadeParameters.CARRIERS) {
            double days = value(config, BlockadeParameters.STOCK_DAYS + carrier);
            double imported = value(config, BlockadeParameters.IMPORT_SHARE + carrier);
            double expected = Math.ceil(days / (7 * imported));
            assertEquals(expected, outcome.metrics().get("blockade_week_" + carrier + "_exhausted.taiwan"), 0, carrier);
        }
        // LNG: 11 / (7 x 0.99) = 1.59 -> week 2, the first energy stock to go.
        assertEquals(2, outcome.metrics().get("blockade_week_energy_exhausted.taiwan"), 0);
        double food = Math.ceil(value(config, BlockadeParameters.FOOD_STOCK_DAYS) / 7);
        assertEquals(food, outcome.metrics().get("blockade_week_food_exhausted.taiwan"), 0, "food");
        assertEquals(0, outcome.metrics().get("blockade_shipping_share.taiwan"), 0);
        // Once gas and coal are gone, electricity falls by their power shares times their import shares.
        double power = value(config, BlockadeParameters.POWER_SHARE + "lng") * 0.99
                + value(config, BlockadeParameters.POWER_SHARE + "coal") * value(config, BlockadeParameters.IMPORT_SHARE + "coal")
                + value(config, BlockadeParameters.POWER_SHARE + "oil") * value(config, BlockadeParameters.IMPORT_SHARE + "oil");
        assertEquals(power, outcome.metrics().get("blockade_power_shortfall_max.taiwan"), 1e-9);
    }

    @Test
    void withShipsGettingThroughTheStocksRunOutWhenTheWeeksMissingImportsAddUpToThem() {
        Configuration config = blockade(NO_END);
        List<Double> shares = new ArrayList<>();
        int[] lngWeek = {-1};
        Observer probe = new Observer() {
            @Override
            public void afterStep(World world) {
                Blockade b = world.part(Blockade.class);
                if (b.active()) {
                    shares.add(b.shippingShare());
                    lngWeek[0] = b.exhaustedWeek(0);
                }
            }

            @Override
            public void finish(World world, Outcome.Builder outcome) {
            }
        };
        run(config, probe);
        assertTrue(shares.size() > 10, "the blockade was in force");
        double stock = value(config, BlockadeParameters.STOCK_DAYS + "lng");
        double imported = value(config, BlockadeParameters.IMPORT_SHARE + "lng");
        int expected = -1;
        for (int w = 0; w < shares.size() && expected < 0; w++) {
            double use = imported * (1 - shares.get(w)) * 7;
            if (stock < use) {
                expected = w + 1;
            }
            stock -= use;
        }
        assertTrue(shares.stream().anyMatch(s -> s > 0), "some ships got through");
        assertEquals(expected, lngWeek[0]);
    }

    @Test
    void moreEnforcingShipsNeverLetMoreShippingThrough() {
        for (int replication = 0; replication < 3; replication++) {
            double few = run(blockade(Map.of(BlockadeParameters.ENFORCING, 0.15)), null, replication)
                    .metrics().get("blockade_shipping_share.taiwan");
            double many = run(blockade(Map.of(BlockadeParameters.ENFORCING, 0.5)), null, replication)
                    .metrics().get("blockade_shipping_share.taiwan");
            assertTrue(many <= few, "replication " + replication + ": " + many + " > " + few);
        }
    }

    private static Configuration blockade(Map<String, Double> fixed) {
        var loaded = ScenarioFiles.loadScenario(ShippedScenariosTest.SCENARIOS.resolve("taiwan-blockade.yaml"), SNAPSHOT)
                .orElseThrow();
        Configuration config = ScenarioCompiler.compile(loaded, "P0", SNAPSHOT);
        List<UncertainParameter> parameters = new ArrayList<>();
        for (UncertainParameter p : config.parameters()) {
            Double v = fixed.get(p.id());
            parameters.add(v == null ? p : UncertainParameter.fixed(p.id(), v, p.unit(), p.sourceId(), p.status()));
        }
        return config.withParameters(parameters);
    }

    private static double value(Configuration config, String id) {
        return config.parameter(id).orElseThrow().value();
    }

    private static Outcome run(Configuration config, Observer probe) {
        return run(config, probe, 0);
    }

    /** One replication at central values (the three-replication property samples). */
    private static Outcome run(Configuration config, Observer probe, int replication) {
        return WithObserver.run(config, new RunSettings(20261128L, replication > 0, false), replication, probe);
    }
}
