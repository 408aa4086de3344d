package org.indivisible.model.korea;

import java.time.LocalDate;
import org.indivisible.model.engine.World;

/**
 * North Korea's missile quality: the share of its ballistic missiles that fly as programmed,
 * r(t) = min(r_max, r_2024 + g (t - 2024)), g being what Russian help adds a year
 * ({@code korea.missile.reliabilityGainPerYear.PRK}; 0 without it). 1 when the configuration has
 * no reliability parameters (hand-built tests).
 */
public final class MissileQuality {

    private static final double YEAR0 = 2024.0;

    private MissileQuality() {
    }

    /** Reliability on a date from this replication's parameters. */
    public static double reliability(World world, LocalDate date) {
        if (!world.hasParameter(KoreaParameters.RELIABILITY)) {
            return 1;
        }
        return reliability(world.parameter(KoreaParameters.RELIABILITY, 0, 1),
                world.parameter(KoreaParameters.RELIABILITY_GAIN, 0, 1), world.parameter(KoreaParameters.RELIABILITY_MAX, 0, 1),
                date);
    }

    /** The closed form, for tests. */
    public static double reliability(double r2024, double gainPerYear, double max, LocalDate date) {
        double years = Math.max(0, date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear() - YEAR0);
        return Math.min(Math.max(r2024, max), r2024 + gainPerYear * years);
    }
}
