package org.indivisible.data.economy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.indivisible.model.economy.EconomyTable;
import org.indivisible.model.economy.EconomyTableSource;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.economy.inputoutput.IoTable;
import org.indivisible.model.economy.shock.EconomyParameters;
import org.indivisible.model.config.Configuration;

/**
 * Builds a configuration's table from WIOD 2011 (registered with {@link java.util.ServiceLoader}):
 * <ol>
 *   <li>sectors: the 11 groups of wiod_sectors.csv (default) or the 35 industries, by the
 *       parameter {@code economy.sectors};</li>
 *   <li>regions = the configuration's actors: a WIOD country is its actor (Romania's WIOD code
 *       ROM is ROU); WIOD countries that are not actors (AUT, BRA, CYP, IDN, IRL, MEX, MLT) join
 *       ROW with WIOD's RoW; actors WIOD lacks (UKR, PRK, NOR, IRN...) are split out of WIOD's
 *       RoW by their share of base-year GDP in (ROW + them), a labelled estimate with RoW's
 *       structure, trading with the rest of the world as RoW does and with nobody else of RoW
 *       (their domestic flows are their share of RoW's);</li>
 *   <li>base year (the horizon's first year): each region's output scaled by its IMF GDP over
 *       its 2011 value added (both US$), each buyer keeping its input coefficients, final demand
 *       (negative stock changes cleared) scaled by region and to close the world total, then
 *       RAS to the row (output) and column (inputs, final demand) targets.</li>
 * </ol>
 * Thread safe.
 */
public final class WiodTableSource implements EconomyTableSource {

    public static final String SECTORS_PARAMETER = "economy.sectors";
    static final Map<String, String> WIOD_CODE = Map.of("ROU", "ROM");
    static final String WIOD_ROW = "RoW";
    static final String ACTOR_ROW = "ROW";
    static final int RAS_ITERATIONS = 500;
    static final double RAS_TOLERANCE = 1e-12;

    /** Tables kept for reuse: a study's cells and a design's points mostly share one. */
    private static final int CACHED_TABLES = 8;

    /** What a table depends on: the actors, their base-year GDP, the resolution and the year. */
    private record Key(List<String> actors, List<Double> baseGdpUsdBillions, boolean fullSectors, int baseYear) {
    }

    // Shared by every instance (ServiceLoader makes a new one per lookup); least recently used
    // first; guarded by its own lock. Eviction order never reaches results.
    private static final Map<Key, EconomyTable> TABLES = new java.util.LinkedHashMap<>(16, 0.75f, true);

    @Override
    public EconomyTable tableFor(Configuration config) {
        double sectors = config.parameter(SECTORS_PARAMETER).map(p -> p.value()).orElse(11.0);
        boolean full = sectors == 35;
        if (!full && sectors != 11) {
            throw new IllegalArgumentException("parameter " + SECTORS_PARAMETER + " must be 11 or 35, got " + sectors);
        }
        int year = config.horizon().start().getYear();
        Key key = new Key(config.actors().stream().map(a -> a.iso3()).toList(),
                config.gdp().stream().map(path -> gdp(path, year)).toList(), full, year);
        synchronized (TABLES) {
            EconomyTable cached = TABLES.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Built outside the lock (about 0.1 s); two threads may both build the same table, harmlessly.
        EconomyTable built = build(Wiod.load(), config, full, year);
        synchronized (TABLES) {
            TABLES.putIfAbsent(key, built);
            if (TABLES.size() > CACHED_TABLES) {
                TABLES.remove(TABLES.keySet().iterator().next());
            }
            return TABLES.get(key);
        }
    }

    /**
     * Share of each region's final demand for each product (any origin) that is gross fixed capital
     * formation, from the 2011 table (the base-year update scales final demand, not its mix), index
     * s * regions + r, in [0, 1].
     */
    static double[] investmentShare(double[] f, double[] inv, int regions, int sectors) {
        double[] total = new double[sectors * regions];
        double[] investment = new double[sectors * regions];
        for (int node = 0; node < regions * sectors; node++) {
            int s = node % sectors;
            for (int r = 0; r < regions; r++) {
                total[s * regions + r] += f[node * regions + r];
                investment[s * regions + r] += Math.max(0, inv[node * regions + r]);
            }
        }
        double[] share = new double[sectors * regions];
        for (int i = 0; i < share.length; i++) {
            share[i] = total[i] > 0 ? Math.min(1, investment[i] / total[i]) : 0;
        }
        return share;
    }

    static EconomyTable build(Wiod wiod, Configuration config, boolean fullSectors, int baseYear) {
        List<String> groups = EconomyParameters.SECTOR_GROUPS;
        int in = Wiod.INDUSTRIES;
        int sOut = fullSectors ? in : groups.size();
        int[] sectorOf = new int[in];
        for (int c = 0; c < in; c++) {
            sectorOf[c] = fullSectors ? c : groups.indexOf(wiod.groups().get(c));
        }
        List<String> actors = config.actors().stream().map(a -> a.iso3()).toList();
        int rOut = actors.size();
        int rIn = wiod.regions().size();
        int rowRegion = wiod.regions().indexOf(WIOD_ROW);
        int rowActor = actors.indexOf(ACTOR_ROW);
        if (rowActor < 0) {
            throw new IllegalArgumentException("the configuration has no ROW actor to hold the rest of the world");
        }
        // Region weights: weight[w][a], and the split shares of RoW.
        double[][] weight = new double[rIn][rOut];
        double[] split = new double[rOut];
        List<Integer> splitActors = new ArrayList<>();
        for (int a = 0; a < rOut; a++) {
            String code = WIOD_CODE.getOrDefault(actors.get(a), actors.get(a));
            int w = wiod.regions().indexOf(code);
            if (w >= 0 && w != rowRegion) {
                weight[w][a] = 1;
            } else if (a != rowActor) {
                splitActors.add(a);
            }
        }
        for (int w = 0; w < rIn; w++) {
            if (w != rowRegion && Arrays.stream(weight[w]).sum() == 0) {
                weight[w][rowActor] = 1;
            }
        }
        double pool = gdp(config.gdp().get(rowActor), baseYear);
        for (int a : splitActors) {
            pool += gdp(config.gdp().get(a), baseYear);
        }
        double rest = 1;
        for (int a : splitActors) {
            split[a] = gdp(config.gdp().get(a), baseYear) / pool;
            weight[rowRegion][a] = split[a];
            rest -= split[a];
        }
        weight[rowRegion][rowActor] = rest;
        split[rowActor] = rest;

        int nIn = rIn * in;
        int n = rOut * sOut;
        double[] z = new double[n * n];
        double[] f = new double[n * rOut];
        double[] inv = new double[n * rOut];
        double[] wz = wiod.z();
        double[] wf = wiod.finalDemandClosed();
        double[] wInv = wiod.gfcf();
        for (int w = 0; w < rIn; w++) {
            for (int a = 0; a < rOut; a++) {
                double wa = weight[w][a];
                if (wa == 0) {
                    continue;
                }
                for (int v = 0; v < rIn; v++) {
                    for (int b = 0; b < rOut; b++) {
                        double wb = weight[v][b];
                        if (wb == 0) {
                            continue;
                        }
                        // Pieces of RoW trade with each other only through their own domestic share.
                        double k = w == rowRegion && v == rowRegion ? (a == b ? wa : 0) : wa * wb;
                        if (k == 0) {
                            continue;
                        }
                        for (int c = 0; c < in; c++) {
                            int iIn = w * in + c;
                            int iOut = a * sOut + sectorOf[c];
                            for (int d = 0; d < in; d++) {
                                z[iOut * n + b * sOut + sectorOf[d]] += k * wz[iIn * nIn + v * in + d];
                            }
                        }
                    }
                }
                for (int v = 0; v < rIn; v++) {
                    for (int b = 0; b < rOut; b++) {
                        double wb = weight[v][b];
                        double k = w == rowRegion && v == rowRegion ? (a == b ? wa : 0) : wa * wb;
                        if (k == 0) {
                            continue;
                        }
                        for (int c = 0; c < in; c++) {
                            f[(a * sOut + sectorOf[c]) * rOut + b] += k * wf[(w * in + c) * rIn + v];
                            inv[(a * sOut + sectorOf[c]) * rOut + b] += k * wInv[(w * in + c) * rIn + v];
                        }
                    }
                }
            }
        }
        // Clear negative final demand (stock drawdowns) and take output as the row sums.
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.max(0, f[i]);
        }
        double[] investmentShare = investmentShare(f, inv, rOut, sOut);
        double[] x = rowSums(z, f, n, rOut);
        double[] growth = new double[rOut];
        double[] va = x.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                va[j] -= z[i * n + j];
            }
        }
        for (int a = 0; a < rOut; a++) {
            double regionVa = 0;
            for (int s = 0; s < sOut; s++) {
                regionVa += va[a * sOut + s];
            }
            growth[a] = regionVa > 0 ? gdp(config.gdp().get(a), baseYear) * 1000 / regionVa : 1;
        }
        update(z, f, x, va, growth, n, rOut, sOut);
        keepValueAdded(z, f, x, va, n, rOut);
        List<String> sectorIds = fullSectors ? wiod.industries() : groups;
        List<String> sectorGroups = fullSectors ? wiod.groups() : groups;
        IoTable table = new IoTable(actors, sectorIds, z, f, rowSums(z, f, n, rOut));
        return new EconomyTable(table, sectorGroups, investmentShare, baseYear, "WIOD 2013 release, table of " + Wiod.YEAR + " (Timmer et al. "
                + "2015), " + sOut + " sectors, regions = actors (split of RoW by GDP share for actors WIOD lacks), "
                + "brought to " + baseYear + " by IMF GDP scaling and RAS");
    }

    /** The row and column factors of the last RAS sweep, for tests: 0 when converged. */
    static double rasResidual(EconomyTable t) {
        return t.table().maxRowImbalance();
    }

    /** Scales to the base year and balances by RAS; z and f are changed in place. */
    static void update(double[] z, double[] f, double[] x, double[] va, double[] growth, int n, int regions, int sectors) {
        double[] rowTarget = new double[n];
        double[] colTarget = new double[n + regions];
        double vaTotal = 0;
        for (int j = 0; j < n; j++) {
            double g = growth[j / sectors];
            rowTarget[j] = g * x[j];
            colTarget[j] = g * (x[j] - va[j]);
            vaTotal += g * va[j];
            for (int i = 0; i < n; i++) {
                z[i * n + j] *= g;
            }
        }
        double fTotal = 0;
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < regions; r++) {
                f[i * regions + r] *= growth[r];
                fTotal += f[i * regions + r];
            }
        }
        double close = fTotal > 0 ? vaTotal / fTotal : 1;
        for (int r = 0; r < regions; r++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += f[i * regions + r];
            }
            colTarget[n + r] = col * close;
        }
        double[] rowSum = new double[n];
        double[] colSum = new double[n + regions];
        for (int iter = 0; iter < RAS_ITERATIONS; iter++) {
            // R step: rows to output targets.
            double worst = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += z[i * n + j];
                }
                for (int r = 0; r < regions; r++) {
                    s += f[i * regions + r];
                }
                rowSum[i] = s;
                if (s > 0) {
                    double k = rowTarget[i] / s;
                    worst = Math.max(worst, Math.abs(k - 1));
                    for (int j = 0; j < n; j++) {
                        z[i * n + j] *= k;
                    }
                    for (int r = 0; r < regions; r++) {
                        f[i * regions + r] *= k;
                    }
                }
            }
            // S step: columns to input and final-demand targets.
            Arrays.fill(colSum, 0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    colSum[j] += z[i * n + j];
                }
                for (int r = 0; r < regions; r++) {
                    colSum[n + r] += f[i * regions + r];
                }
            }
            for (int j = 0; j < n + regions; j++) {
                if (colSum[j] > 0) {
                    double k = colTarget[j] / colSum[j];
                    worst = Math.max(worst, Math.abs(k - 1));
                    colSum[j] = k;
                } else {
                    colSum[j] = 1;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    z[i * n + j] *= colSum[j];
                }
                for (int r = 0; r < regions; r++) {
                    f[i * regions + r] *= colSum[n + r];
                }
            }
            if (worst < RAS_TOLERANCE) {
                break;
            }
        }
    }

    /**
     * A safeguard after RAS: a node whose value-added share fell below half of its 2011 share
     * (possible for tiny nodes when the row and column targets pull apart, e.g. Luxembourg's
     * water transport at 35 industries) gets its inputs scaled back to its 2011 share; output
     * is then the row sums again, so the table stays balanced. Repeats until no node needs it.
     */
    static void keepValueAdded(double[] z, double[] f, double[] x2011, double[] va2011, int n, int regions) {
        for (int pass = 0; pass < 20; pass++) {
            double[] x = rowSums(z, f, n, regions);
            double[] inputs = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    inputs[j] += z[i * n + j];
                }
            }
            boolean changed = false;
            for (int j = 0; j < n; j++) {
                double share2011 = x2011[j] > 0 ? va2011[j] / x2011[j] : 1;
                if (x[j] > 0 && inputs[j] > x[j] * (1 - 0.5 * share2011)) {
                    double k = x[j] * (1 - share2011) / inputs[j];
                    for (int i = 0; i < n; i++) {
                        z[i * n + j] *= k;
                    }
                    changed = true;
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    static double[] rowSums(double[] z, double[] f, int n, int regions) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i] += z[i * n + j];
            }
            for (int r = 0; r < regions; r++) {
                x[i] += f[i * regions + r];
            }
        }
        return x;
    }

    /** GDP in the base year, billions of US$ (the path's nearest year). */
    static double gdp(GdpPath path, int year) {
        var byYear = path.usdBillionsByYear();
        int y = Math.max(byYear.firstKey(), Math.min(byYear.lastKey(), year));
        Double v = byYear.get(y);
        return v != null ? v : byYear.get(byYear.headMap(y).lastKey());
    }
}
