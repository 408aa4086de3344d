package org.indivisible.model.config;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An actor's nominal GDP by calendar year in billions of current US$ (IMF WEO history and
 * projections), which the baseline extends past its last year at an uncertain trend rate.
 * Immutable.
 */
public record GdpPath(String iso3, SortedMap<Integer, Double> usdBillionsByYear) {

    public GdpPath {
        Objects.requireNonNull(iso3, "iso3");
        if (usdBillionsByYear.isEmpty()) {
            throw new IllegalArgumentException("GDP path of " + iso3 + " is empty");
        }
        usdBillionsByYear.forEach((year, value) -> {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("GDP of " + iso3 + " in " + year + " must be positive, got " + value);
            }
        });
        usdBillionsByYear = Collections.unmodifiableSortedMap(new TreeMap<>(usdBillionsByYear));
    }

    public int lastYear() {
        return usdBillionsByYear.lastKey();
    }

    /** Growth from the second-last to the last year, in percent; 0 with a single year. */
    public double lastGrowthPct() {
        if (usdBillionsByYear.size() < 2) {
            return 0;
        }
        int last = lastYear();
        Double before = usdBillionsByYear.get(last - 1);
        return before == null ? 0 : 100 * (usdBillionsByYear.get(last) / before - 1);
    }
}
