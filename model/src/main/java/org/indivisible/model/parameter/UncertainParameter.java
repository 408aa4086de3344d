package org.indivisible.model.parameter;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A model parameter with its uncertainty and provenance. Immutable.
 *
 * @param id dotted id, e.g. {@code economy.trendGrowthPct.CHN}
 * @param value central value, used when the run does not sample uncertainty
 * @param distribution what each replication draws from
 * @param unit unit of value, e.g. {@code percent per year}
 * @param sourceId id of the source in the snapshot's source list
 * @param status how the number came to be
 * @param note reasoning, especially for assumptions
 */
public record UncertainParameter(String id, double value, Distribution distribution, String unit,
                                 String sourceId, Status status, String note) {

    public UncertainParameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(status, "status");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(id + ": value must be finite, got " + value);
        }
        if (value < distribution.low() || value > distribution.high()) {
            throw new IllegalArgumentException(id + ": value " + value + " lies outside its range ["
                    + distribution.low() + ", " + distribution.high() + "]");
        }
        unit = unit == null ? "" : unit;
        sourceId = sourceId == null ? "" : sourceId;
        note = note == null ? "" : note;
    }

    /** A parameter known exactly. */
    public static UncertainParameter fixed(String id, double value, String unit, String sourceId, Status status) {
        return new UncertainParameter(id, value, new Distribution.Fixed(value), unit, sourceId, status, "");
    }

    /** A parameter drawn from a triangular distribution (low, mode, high) whose mode is its central value. */
    public static UncertainParameter triangular(String id, double mode, double low, double high, String unit,
                                                String sourceId, Status status, String note) {
        return new UncertainParameter(id, mode, new Distribution.Triangular(low, mode, high), unit, sourceId, status, note);
    }

    public double draw(RandomGenerator random) {
        return distribution.sample(random);
    }

    public UncertainParameter withDistribution(double newValue, Distribution newDistribution) {
        return new UncertainParameter(id, newValue, newDistribution, unit, sourceId, status, note);
    }
}
