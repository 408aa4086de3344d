package org.indivisible.model.economy;

import org.indivisible.model.config.GdpPath;
import java.util.List;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;

/**
 * Sets each actor's annualised nominal GDP for the step's calendar year: the WEO value where
 * the path has one, the first value before it, and after its last year the last value grown
 * at the actor's trend rate {@code economy.trendGrowthPct.<ISO3>} (percent per year, drawn
 * once per replication; absent means the path's last growth rate).
 */
public final class GdpBaseline implements Process {

    public static final String TREND_PARAMETER = "economy.trendGrowthPct.";

    private final List<GdpPath> paths;
    private final String[] trendParameters;
    private final int firstYear;
    private final int lastYear;
    /** This replication's GDP by [actor][calendar year - firstYear]. */
    private double[][] gdpByYear;

    public GdpBaseline(Configuration config) {
        this.paths = config.gdp();
        this.trendParameters = config.actors().stream().map(a -> TREND_PARAMETER + a.iso3()).toArray(String[]::new);
        this.firstYear = config.horizon().start().getYear();
        this.lastYear = config.horizon().end().getYear();
    }

    @Override
    public String name() {
        return "economy.baseline";
    }

    @Override
    public void start(World world) {
        gdpByYear = new double[paths.size()][lastYear - firstYear + 1];
        for (int a = 0; a < paths.size(); a++) {
            double trend = world.hasParameter(trendParameters[a])
                    ? world.parameter(trendParameters[a])
                    : paths.get(a).lastGrowthPct();
            for (int y = firstYear; y <= lastYear; y++) {
                gdpByYear[a][y - firstYear] = gdpInYear(paths.get(a), trend, y);
            }
        }
    }

    @Override
    public void step(World world) {
        int year = world.date().getYear() - firstYear;
        double[] gdp = world.gdpUsdBillions();
        for (int a = 0; a < gdp.length; a++) {
            gdp[a] = gdpByYear[a][year];
        }
    }

    static double gdpInYear(GdpPath path, double trendGrowthPct, int year) {
        var byYear = path.usdBillionsByYear();
        Double value = byYear.get(year);
        if (value != null) {
            return value;
        }
        if (year < byYear.firstKey()) {
            return byYear.get(byYear.firstKey());
        }
        int last = path.lastYear();
        if (year > last) {
            return byYear.get(last) * Math.pow(1 + trendGrowthPct / 100, year - last);
        }
        // A gap inside the path: hold the latest earlier value.
        return byYear.headMap(year).get(byYear.headMap(year).lastKey());
    }
}
