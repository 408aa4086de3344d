package org.indivisible.model.economy;

import java.util.List;
import java.util.Objects;
import org.indivisible.model.economy.inputoutput.IoTable;
import org.indivisible.model.economy.shock.EconomyParameters;

/**
 * The input-output table a configuration runs on: regions are the configuration's actors in
 * order, sectors are either the 11 groups or the 35 WIOD industries, each with its group.
 * Immutable.
 *
 * @param table the base-year table (millions of US$ per year)
 * @param sectorGroups the agg11 group of each sector, in sector order
 * @param investmentShare share of each region's final demand for each product that is investment
 *     (gross fixed capital formation), index s * regions + r, in [0, 1]
 * @param baseYear the year the table was brought to
 * @param description vintage and update method, for manifests and docs
 */
public record EconomyTable(IoTable table, List<String> sectorGroups, double[] investmentShare, int baseYear,
                           String description) {

    /** A table without a split of final demand (no investment: the confidence channel then has no effect). */
    public EconomyTable(IoTable table, List<String> sectorGroups, int baseYear, String description) {
        this(table, sectorGroups, new double[table.sectors().size() * table.regions().size()], baseYear, description);
    }

    public EconomyTable {
        Objects.requireNonNull(table, "table");
        sectorGroups = List.copyOf(sectorGroups);
        investmentShare = investmentShare.clone();
        if (investmentShare.length != table.sectors().size() * table.regions().size()) {
            throw new IllegalArgumentException("an investment share for each of the " + table.sectors().size()
                    + " products x " + table.regions().size() + " regions is needed, got " + investmentShare.length);
        }
        for (double v : investmentShare) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("investment shares must be in [0, 1], got " + v);
            }
        }
        if (sectorGroups.size() != table.sectors().size()) {
            throw new IllegalArgumentException("a group for each of the " + table.sectors().size() + " sectors is needed");
        }
        for (String g : sectorGroups) {
            if (!EconomyParameters.SECTOR_GROUPS.contains(g)) {
                throw new IllegalArgumentException("unknown sector group " + g + ", valid: " + EconomyParameters.SECTOR_GROUPS);
            }
        }
    }

    @Override
    public double[] investmentShare() {
        return investmentShare.clone();
    }

    /** Whether each sector's trade moves by sea. */
    public boolean[] seaborne() {
        boolean[] out = new boolean[sectorGroups.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = EconomyParameters.SEABORNE_GROUPS.contains(sectorGroups.get(s));
        }
        return out;
    }
}
