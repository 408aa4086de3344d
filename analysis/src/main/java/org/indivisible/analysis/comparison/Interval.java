package org.indivisible.analysis.comparison;

/**
 * A two-sided confidence interval [low, high]. Immutable.
 *
 * @param low lower end (may be negative infinity)
 * @param high upper end (may be positive infinity)
 */
public record Interval(double low, double high) {

    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("interval ends out of order: [" + low + ", " + high + "]");
        }
    }

    /** Whether the interval lies wholly above or wholly below {@code value}. */
    public boolean excludes(double value) {
        return low > value || high < value;
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public double halfWidth() {
        return (high - low) / 2;
    }
}
