package org.indivisible.model.parameter;

import java.util.random.RandomGenerator;

/**
 * What a parameter is drawn from in each replication. Immutable. Every draw takes exactly one
 * {@code nextDouble()} (inverse transform) so that draws stay aligned across treatments.
 */
public sealed interface Distribution {

    double sample(RandomGenerator random);

    /** Lowest value the distribution can give. */
    double low();

    /** Highest value the distribution can give. */
    double high();

    /** Always the same value. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            requireFinite(value, "value");
        }

        @Override
        public double sample(RandomGenerator random) {
            random.nextDouble(); // keep one draw per parameter whatever its distribution
            return value;
        }

        @Override
        public double low() {
            return value;
        }

        @Override
        public double high() {
            return value;
        }
    }

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            requireFinite(low, "low");
            requireFinite(high, "high");
            if (high < low) {
                throw new IllegalArgumentException("high " + high + " is below low " + low);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            return low + (high - low) * random.nextDouble();
        }
    }

    /** Triangular on [low, high] with its peak at {@code mode}; inverse-CDF sampling. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            requireFinite(low, "low");
            requireFinite(mode, "mode");
            requireFinite(high, "high");
            if (!(low <= mode && mode <= high)) {
                throw new IllegalArgumentException("need low <= mode <= high, got " + low + ", " + mode + ", " + high);
            }
        }

        @Override
        public double sample(RandomGenerator random) {
            double u = random.nextDouble();
            double width = high - low;
            if (width == 0) {
                return mode;
            }
            double split = (mode - low) / width;
            return u < split
                    ? low + Math.sqrt(u * width * (mode - low))
                    : high - Math.sqrt((1 - u) * width * (high - mode));
        }
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }
}
