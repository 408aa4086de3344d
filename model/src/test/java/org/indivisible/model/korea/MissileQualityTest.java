package org.indivisible.model.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** North Korea's missile reliability: flat before 2024, linear with Russian help, capped. */
class MissileQualityTest {

    @Test
    void reliabilityGrowsLinearlyFrom2024UpToItsCeiling() {
        assertEquals(0.5, MissileQuality.reliability(0.5, 0.1, 0.9, LocalDate.of(2023, 6, 1)), 1e-12);
        assertEquals(0.5, MissileQuality.reliability(0.5, 0.1, 0.9, LocalDate.of(2024, 1, 1)), 1e-12);
        assertEquals(0.7, MissileQuality.reliability(0.5, 0.1, 0.9, LocalDate.of(2026, 1, 1)), 1e-12);
        assertEquals(0.9, MissileQuality.reliability(0.5, 0.1, 0.9, LocalDate.of(2036, 1, 1)), 1e-12);
        // Without help the 2024 reliability holds.
        assertEquals(0.5, MissileQuality.reliability(0.5, 0, 0.9, LocalDate.of(2036, 1, 1)), 1e-12);
    }
}
