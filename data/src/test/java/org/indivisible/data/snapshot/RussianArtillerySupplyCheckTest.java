package org.indivisible.data.snapshot;

import org.indivisible.data.EmbeddedData;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.industry.MunitionParameters;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;
import org.junit.jupiter.api.Test;

/**
 * The consistency check of Russia's artillery supply in 2023-2024 (issue 4; docs/industry.md):
 * the model runs 2023-01-02 to 2025-01-05 with Russia's production, North Korea's and Iran's
 * deliveries and Russia's fire all taken from the snapshot's statements, for three cases spanning
 * their ranges, and its yearly flows and stock change must equal those the checked-in script
 * {@code validation/russia_artillery_2023_2024.py} works out in continuous time from the same
 * statements. A check of arithmetic and units (rounds, per day, per month, per year, containers),
 * not a fit: nothing is tuned. All Soviet calibres (152 and 122 mm) are counted as one holding,
 * {@code shell152}, because the statements do not split them.
 */
class RussianArtillerySupplyCheckTest {

    /** Weekly steps against continuous time: production grows ~2.3% a week, the flow starts within a day. */
    private static final double TOLERANCE = 0.02;
    private static final double START_STOCK = 100e6;

    @Test
    void statementsInTheScriptAreTheSnapshots() {
        CsvTable statements = EmbeddedSnapshot.table("munitions_statements.csv");
        CsvTable anchors = EmbeddedSnapshot.table("cited_anchors.csv");
        assertEquals(250_000, value(statements, "id", "5", "value"));    // shells per month
        assertEquals(10_000, value(statements, "id", "7", "value"));     // shells per day
        assertEquals(300_000, value(statements, "id", "10", "value"));   // shells (2023)
        assertEquals(400_000, value(anchors, "id", "A16", "value"));     // shells per year (2022)
        assertEquals(4_500_000, value(anchors, "id", "A15", "value"));   // shells per year (2024)
        assertEquals(20_000, value(anchors, "id", "A9", "value"));       // rounds per day
        assertEquals(30_000, value(anchors, "id", "A11", "value"));      // rounds per day
        assertEquals(44_500, value(anchors, "id", "A12", "value"));      // rounds per day
        assertEquals(6_700, value(anchors, "id", "A18", "value"));       // containers = 3 M 152 mm rounds
        assertEquals(13_000, value(anchors, "id", "A20", "value"));      // containers = 6 M 152 mm rounds
        // Units: both container counts imply ~450 rounds of 152 mm per container (3 M / 6,700; 6 M / 13,000).
        assertEquals(3e6 / 6_700, 6e6 / 13_000, 0.04 * 3e6 / 6_700);
    }

    @Test
    void modelStockTrendMatchesTheStatementsArithmetic() throws IOException {
        List<CsvTable.Row> expected;
        try (InputStream in = getClass().getResourceAsStream("/validation/russia_artillery_2023_2024.csv")) {
            expected = CsvTable.read("russia_artillery_2023_2024.csv", in).rows();
        }
        double[] fire = {10_000, 25_000, 44_500};
        for (int c = 0; c < 3; c++) {
            CsvTable.Row y2023 = expected.get(2 * c);
            CsvTable.Row y2024 = expected.get(2 * c + 1);
            Map<String, Double> m = EmbeddedData.engine().run(configuration(y2023.getDouble("capacity_day0_rounds_per_year"),
                    y2023.getDouble("capacity_growth_pct_per_year"), y2023.getDouble("prk_rounds_per_year"), fire[c]),
                    new RunSettings(1, false, true), 0).metrics();
            String name = y2023.get("case");
            double stock2023 = m.get("munitions_stock_2023.RUS.shell152");
            double stock2024 = m.get("munitions_stock_2024.RUS.shell152");
            close(name + " produced 2023", y2023.getDouble("produced"), m.get("munitions_production_2023.RUS.shell152"));
            close(name + " produced 2024", y2024.getDouble("produced"), m.get("munitions_production_2024.RUS.shell152"));
            double received = y2023.getDouble("received_prk") + y2023.getDouble("received_irn")
                    + y2024.getDouble("received_prk") + y2024.getDouble("received_irn");
            close(name + " received", received, m.get("munitions_received_cum.RUS.shell152"));
            close(name + " fired", y2023.getDouble("fired") + y2024.getDouble("fired"),
                    m.get("munitions_consumed_cum.RUS.shell152"));
            double gross2023 = y2023.getDouble("produced") + y2023.getDouble("received_prk") + y2023.getDouble("fired");
            double gross2024 = y2024.getDouble("produced") + y2024.getDouble("received_prk") + y2024.getDouble("fired");
            assertEquals(y2023.getDouble("stock_change"), stock2023 - START_STOCK, TOLERANCE * gross2023, name + " 2023");
            assertEquals(y2024.getDouble("stock_change"), stock2024 - stock2023, TOLERANCE * gross2024, name + " 2024");
        }
    }

    private static void close(String what, double expected, double actual) {
        assertEquals(expected, actual, TOLERANCE * Math.abs(expected), what);
    }

    private static double value(CsvTable table, String key, String id, String column) {
        return table.rows().stream().filter(r -> r.get(key).equals(id)).findFirst().orElseThrow().getDouble(column);
    }

    /** The snapshot's actors, groups, GDP and spending, one theater (Ukraine, at war), the check's parameters. */
    static Configuration configuration(double capacityDay0, double growthPct, double prkPerYear, double firePerDay) {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        List<UncertainParameter> ps = new ArrayList<>();
        snapshot.parameters().stream().filter(p -> !p.id().startsWith(MunitionParameters.PREFIX)).forEach(ps::add);
        fixed(ps, MunitionParameters.stockRounds("shell152", "RUS"), START_STOCK);
        fixed(ps, MunitionParameters.capacityRoundsPerYear("shell152", "RUS"), capacityDay0);
        fixed(ps, MunitionParameters.capacityGrowthPctPerYear("shell152", "RUS"), growthPct);
        fixed(ps, MunitionParameters.firingRoundsPerDay("shell152", "RUS", "ukraine"), firePerDay);
        fixed(ps, MunitionParameters.stockRounds("shell152", "PRK"), 1e9);
        fixed(ps, MunitionParameters.stockRounds("shell152", "IRN"), 1e9);
        fixed(ps, MunitionParameters.transferRoundsPerYear("shell152", "PRK", "RUS"), prkPerYear);
        // 2023-08-01 is day 212 of 2023: 2023 + 212 / 365.
        fixed(ps, MunitionParameters.transferStartYear("shell152", "PRK", "RUS"), 2023 + 212 / 365.0);
        fixed(ps, MunitionParameters.transferRoundsPerYear("shell152", "IRN", "RUS"), 300_000);
        return new Configuration("russia-artillery-2023-2024", "P0", new Horizon(LocalDate.of(2023, 1, 2), 7, 105),
                snapshot.actors(), snapshot.groups(), List.of(),
                List.of(new Theater("ukraine", "Ukraine", List.of("RUS", "UKR"), TheaterState.WAR)), List.of(), ps,
                snapshot.gdpPaths(), snapshot.spendingPaths(), List.of());
    }

    private static void fixed(List<UncertainParameter> ps, String id, double v) {
        ps.add(UncertainParameter.fixed(id, v, "", "validation", Status.ESTIMATE));
    }
}
