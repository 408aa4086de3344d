package org.indivisible.data.economy;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.data.snapshot.CsvTable;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.economy.inputoutput.IoTable;

/**
 * The WIOD 2011 table as shipped in the snapshot (millions of current US$), read once and
 * cached: 41 regions x 35 industries, the five final-demand categories of each region summed
 * into one column per region. Immutable and thread safe.
 */
public final class Wiod {

    public static final int INDUSTRIES = 35;
    public static final int YEAR = 2011;
    /** Position of GFCF among each region's five final-demand columns (CONS_h, CONS_np, CONS_g, GFCF, INVEN). */
    static final int GFCF_CATEGORY = 3;

    private final List<String> regions;
    private final List<String> industries;
    private final List<String> groups;
    private final double[] z;
    private final double[] f;
    /** Gross fixed capital formation (WIOD's GFCF column), same layout as {@link #f}. */
    private final double[] gfcf;
    private final double[] x;
    private final double[] fClosed;

    private static final class Holder {
        static final Wiod INSTANCE = new Wiod();
    }

    /** The snapshot's table, read on first use. */
    public static Wiod load() {
        return Holder.INSTANCE;
    }

    private Wiod() {
        CsvTable sectors = EmbeddedSnapshot.table("wiod_sectors.csv");
        industries = sectors.rows().stream().map(r -> r.get("code")).toList();
        groups = sectors.rows().stream().map(r -> r.get("agg11")).toList();
        CsvTable t = EmbeddedSnapshot.table("wiod2011.csv.gz");
        List<String> header = t.header();
        int n = t.rows().size();
        List<String> regionList = new ArrayList<>();
        for (int i = 0; i < n; i += INDUSTRIES) {
            String code = t.rows().get(i).get("row");
            regionList.add(code.substring(0, code.indexOf('_')));
        }
        regions = List.copyOf(regionList);
        int r = regions.size();
        if (r * INDUSTRIES != n || !header.get(1).equals(regions.get(0) + "_c1")
                || !header.get(1 + n + GFCF_CATEGORY).equals(regions.get(0) + "_GFCF")) {
            throw new IllegalStateException("wiod2011.csv.gz: expected " + INDUSTRIES + " industries per region in row "
                    + "and column order, got " + n + " rows and header " + header.subList(0, 2));
        }
        z = new double[n * n];
        f = new double[n * r];
        gfcf = new double[n * r];
        x = new double[n];
        int go = header.indexOf("GO");
        for (int i = 0; i < n; i++) {
            CsvTable.Row row = t.rows().get(i);
            List<String> cells = row.cells();
            for (int j = 0; j < n; j++) {
                z[i * n + j] = Double.parseDouble(cells.get(1 + j));
            }
            for (int k = 0; k < r * 5; k++) {
                double v = Double.parseDouble(cells.get(1 + n + k));
                f[i * r + k / 5] += v;
                if (k % 5 == GFCF_CATEGORY) {
                    gfcf[i * r + k / 5] = v;
                }
            }
            x[i] = Double.parseDouble(cells.get(go));
        }
        // Where WIOD's gross output exceeds its row (rounding, and discrepancies the shipped
        // columns do not carry: Luxembourg's water transport has GO 50 and a row of 32), the gap
        // goes to the node's own region's final demand, so that output as row sums keeps WIOD's GO.
        fClosed = f.clone();
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += z[i * n + j];
            }
            for (int k = 0; k < r; k++) {
                row += f[i * r + k];
            }
            if (x[i] > row) {
                fClosed[i * r + i / INDUSTRIES] += x[i] - row;
            }
        }
    }

    public List<String> regions() {
        return regions;
    }

    /** c1..c35. */
    public List<String> industries() {
        return industries;
    }

    /** The agg11 group of each industry (wiod_sectors.csv). */
    public List<String> groups() {
        return groups;
    }

    /** The full 1,435-node table, as published (gross output from the GO column). */
    public IoTable fullTable() {
        return new IoTable(regions, industries, z, f, x);
    }

    double[] z() {
        return z;
    }

    /** Final demand by node and buying region as published (the five categories summed), node * regions + region. */
    double[] finalDemand() {
        return f;
    }

    /** Final demand by region with each row's gap to gross output in its own region's column. */
    double[] finalDemandClosed() {
        return fClosed;
    }

    /** Gross fixed capital formation by node and buying region (node * regions + region). */
    double[] gfcf() {
        return gfcf;
    }

    double[] x() {
        return x;
    }
}
