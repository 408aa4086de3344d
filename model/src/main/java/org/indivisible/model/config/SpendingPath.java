package org.indivisible.model.config;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An actor's defence spending in percent of GDP by year, linearly interpolated between the
 * given years and held flat before the first and after the last. Immutable.
 */
public record SpendingPath(String iso3, SortedMap<Integer, Double> pctGdpByYear) {

    public SpendingPath {
        Objects.requireNonNull(iso3, "iso3");
        if (pctGdpByYear.isEmpty()) {
            throw new IllegalArgumentException("spending path of " + iso3 + " is empty");
        }
        pctGdpByYear.forEach((year, pct) -> {
            if (!(pct >= 0 && pct <= 100)) {
                throw new IllegalArgumentException("spending of " + iso3 + " in " + year
                        + " must be between 0 and 100 percent of GDP, got " + pct);
            }
        });
        pctGdpByYear = Collections.unmodifiableSortedMap(new TreeMap<>(pctGdpByYear));
    }

    public static SpendingPath flat(String iso3, int year, double pct) {
        return new SpendingPath(iso3, new TreeMap<>(java.util.Map.of(year, pct)));
    }

    /** Percent of GDP at a fractional year (2027.5 is mid-2027). */
    public double pctGdpAt(double year) {
        var lower = pctGdpByYear.headMap((int) Math.floor(year) + 1);
        var upper = pctGdpByYear.tailMap((int) Math.floor(year) + 1);
        if (lower.isEmpty()) {
            return pctGdpByYear.get(pctGdpByYear.firstKey());
        }
        int y0 = lower.lastKey();
        double p0 = lower.get(y0);
        if (upper.isEmpty() || year <= y0) {
            return p0;
        }
        int y1 = upper.firstKey();
        double p1 = upper.get(y1);
        return p0 + (p1 - p0) * (year - y0) / (y1 - y0);
    }

    /**
     * This path with another laid over it: the old path holds until the year before the
     * override's first year, then the share ramps linearly to the override's first point.
     */
    public SpendingPath with(SortedMap<Integer, Double> override) {
        int first = override.firstKey();
        TreeMap<Integer, Double> merged = new TreeMap<>(pctGdpByYear.headMap(first));
        merged.put(first - 1, pctGdpAt(first - 1));
        merged.putAll(override);
        return new SpendingPath(iso3, merged);
    }
}
