package org.indivisible.model.combat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The interception chain against hand-computed cases (CSIS's rule, cited_force_figures F313-F315, and the assumed catastrophic-error tails). */
class MissileDefenceTest {

    private static final MissileDefence CSIS = new MissileDefence(0.15, 0.10, 0.70, 0.70, 0.05);

    @Test
    void twoInterceptorsAtSeventyPercentStopNinetyOnePercent() {
        // CSIS: "With two interceptors launched at each ... there is therefore a 91 percent chance that at least one works."
        MissileDefence noLoss = new MissileDefence(0, 0, 0.7, 0, 0);
        MissileDefence.Result r = noLoss.salvo(100, 1000, 1000);
        assertEquals(9.0, r.hits(), 1e-9);
        assertEquals(200, r.interceptorsFired(), 1e-9);
    }

    @Test
    void aDefendedSalvoFollowsTheChainByHand() {
        // 100 fired: 0.85 * 0.9 * 0.95 = 72.675 arrive; 5% of them unwarned (3.634) hit;
        // 69.041 engaged, 9% leak, 30% of those get past terminal defence.
        MissileDefence.Result r = CSIS.salvo(100, 1000, 1000);
        double arriving = 100 * 0.85 * 0.9 * 0.95;
        double unwarned = arriving * 0.05;
        double expected = unwarned + (arriving - unwarned) * 0.09 * 0.3;
        assertEquals(expected, r.hits(), 1e-9);
        assertEquals(2 * (arriving - unwarned), r.interceptorsFired(), 1e-9);
    }

    @Test
    void saturationAndEmptyMagazinesLetMissilesThrough() {
        double arriving = 100 * 0.85 * 0.9 * 0.95;
        double defended = arriving * 0.95;
        // 10 channels: 10 engaged, the rest meet terminal defence alone.
        MissileDefence.Result channels = CSIS.salvo(100, 10, 1000);
        assertEquals(arriving * 0.05 + (10 * 0.09 + (defended - 10)) * 0.3, channels.hits(), 1e-9);
        // 8 interceptors left: 4 missiles engaged.
        MissileDefence.Result dry = CSIS.salvo(100, 1000, 8);
        assertEquals(8, dry.interceptorsFired(), 1e-12);
        assertEquals(arriving * 0.05 + (4 * 0.09 + (defended - 4)) * 0.3, dry.hits(), 1e-9);
    }

    @Test
    void sharesOutsideZeroToOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MissileDefence(1.5, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MissileDefence(0, 0, 0, 0, -0.1));
    }
}
