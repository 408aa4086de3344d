package org.indivisible.data.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indivisible.model.economy.EconomyTable;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.economy.inputoutput.DenseLu;
import org.indivisible.model.economy.inputoutput.IoTable;
import org.indivisible.model.economy.inputoutput.Leontief;
import org.indivisible.model.config.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Leontief and Ghosh identities on the real WIOD 2011 table, and the base-year update. */
class WiodTableTest {

    static IoTable full;
    static Leontief model;

    @BeforeAll
    static void load() {
        full = Wiod.load().fullTable();
        model = new Leontief(full, new DenseLu());
    }

    @Test
    void fullTableIsTheSnapshot() {
        assertEquals(1435, full.nodes());
        assertEquals(41, full.regions().size());
        // WIOD's rows close to its own rounding (whole millions of US$).
        assertTrue(full.maxRowImbalance() <= 200, "row imbalance " + full.maxRowImbalance());
    }

    @Test
    void leontiefIdentityOnTheRealTable() {
        double[] x = full.output();
        double[] solved = model.outputFor(full.finalDemandClosingRows());
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], solved[i], 1e-6 * Math.max(1, x[i]), full.label(i));
        }
        // With WIOD's own final-demand columns the difference is the table's rounding carried
        // through L: sum |dx| <= max output multiplier * sum |df|.
        double[] columns = full.totalFinalDemand();
        double[] closing = full.finalDemandClosingRows();
        double[] fromColumns = model.outputFor(columns);
        double roundingF = 0, diff = 0;
        for (int i = 0; i < x.length; i++) {
            roundingF += Math.abs(columns[i] - closing[i]);
            diff += Math.abs(fromColumns[i] - x[i]);
        }
        double maxMultiplier = java.util.Arrays.stream(model.outputMultipliers()).max().orElseThrow();
        assertTrue(diff <= maxMultiplier * roundingF, diff + " > " + maxMultiplier + " * " + roundingF);
    }

    @Test
    void ghoshIdentityOnTheRealTable() {
        double[] x = full.output();
        double[] solved = model.outputForPrimaryInputs(full.valueAdded());
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], solved[i], 1e-6 * Math.max(1, x[i]), full.label(i));
        }
    }

    @Test
    void multipliersAreAtLeastOne() {
        double[] m = model.outputMultipliers();
        double[] x = full.output();
        for (int j = 0; j < m.length; j++) {
            // A column of zero output has no inputs: multiplier exactly 1.
            assertTrue(m[j] >= 1 - 1e-12 && m[j] < 10, full.label(j) + " " + m[j]);
            if (x[j] == 0) {
                assertEquals(1, m[j], 1e-12);
            }
        }
        // Value added of the world is final demand of the world: each VA multiplier is 1 (closed world table).
        double[] vm = model.valueAddedMultipliers();
        for (int j = 0; j < vm.length; j++) {
            assertEquals(x[j] > 0 ? 1 : 0, vm[j], 1e-6, full.label(j));
        }
    }

    /**
     * The investment share of final demand that the confidence channel acts on is WIOD's GFCF:
     * per region, the share-weighted final demand of the base-year table against GFCF over all
     * final demand in the raw 2011 table (data/src/test/scripts/investment_share.py: CHN 0.468,
     * USA 0.161, JPN 0.206, KOR 0.276, TWN 0.215). Within 0.02: the base-year update (RAS)
     * changes the product mix of final demand a little, and negative cells are cleared.
     */
    @Test
    void investmentShareIsWiodsGfcf() {
        Configuration config = EconomyScenarioTest.config("taiwan-invasion");
        EconomyTable t = new WiodTableSource().tableFor(config);
        java.util.Map<String, Double> expected = java.util.Map.of("CHN", 0.468, "USA", 0.161, "JPN", 0.206,
                "KOR", 0.276, "TWN", 0.215);
        int sectors = t.table().sectors().size();
        int regions = t.table().regions().size();
        double[] share = t.investmentShare();
        for (var e : expected.entrySet()) {
            int r = t.table().regions().indexOf(e.getKey());
            double total = 0;
            double investment = 0;
            for (int node = 0; node < t.table().nodes(); node++) {
                double f = Math.max(0, t.table().finalDemand(node, r));
                total += f;
                investment += f * share[(node % sectors) * regions + r];
            }
            assertEquals(e.getValue(), investment / total, 0.02, e.getKey());
        }
    }

    @Test
    void baseYearTableMatchesImfGdp() {
        Configuration config = EconomyScenarioTest.config("taiwan-invasion");
        EconomyTable t = new WiodTableSource().tableFor(config);
        assertEquals(config.actors().size(), t.table().regions().size());
        assertEquals(11, t.table().sectors().size());
        double[] va = t.table().valueAdded();
        int s = t.table().sectors().size();
        for (int a = 0; a < config.actors().size(); a++) {
            double regionVa = 0;
            for (int k = 0; k < s; k++) {
                regionVa += va[a * s + k];
            }
            GdpPath path = config.gdp().get(a);
            double gdp = WiodTableSource.gdp(path, t.baseYear()) * 1000;
            assertEquals(gdp, regionVa, 1e-6 * gdp, config.actors().get(a).iso3());
        }
        // The updated table is balanced: output = sales, exactly as built.
        assertEquals(0, t.table().maxRowImbalance(), 1e-6 * 1e6);
    }

    @Test
    void extractionOfTaiwanElectronicsCostsOthers() {
        int twn = full.regions().indexOf("TWN");
        double loss = model.extractionLoss(twn * 35 + 13);
        assertTrue(loss > 0, "extracting TWN c14 lowers the rest's output: " + loss);
    }
}
