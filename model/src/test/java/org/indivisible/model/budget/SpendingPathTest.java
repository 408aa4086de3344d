package org.indivisible.model.budget;

import org.indivisible.model.config.SpendingPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SpendingPathTest {

    private final SpendingPath path = new SpendingPath("DEU", new TreeMap<>(Map.of(2026, 2.0, 2030, 3.5)));

    @Test
    void interpolatesLinearlyAndHoldsFlatOutside() {
        assertEquals(2.0, path.pctGdpAt(2020));
        assertEquals(2.0, path.pctGdpAt(2026));
        assertEquals(2.375, path.pctGdpAt(2027), 1e-12); // 2.0 + 1.5 * 1/4
        assertEquals(2.75, path.pctGdpAt(2028), 1e-12);
        assertEquals(2.9375, path.pctGdpAt(2028.5), 1e-12);
        assertEquals(3.5, path.pctGdpAt(2030));
        assertEquals(3.5, path.pctGdpAt(2035.7));
    }

    @Test
    void overrideKeepsTheOldPathUntilItStarts() {
        SpendingPath base = SpendingPath.flat("POL", 2024, 4.1);
        SpendingPath raised = base.with(new TreeMap<>(Map.of(2027, 5.0)));
        assertEquals(4.1, raised.pctGdpAt(2025));
        assertEquals(4.1, raised.pctGdpAt(2026), 1e-12);
        assertEquals(4.55, raised.pctGdpAt(2026.5), 1e-12);
        assertEquals(5.0, raised.pctGdpAt(2031));
    }

    @Test
    void refusesImpossibleShares() {
        assertThrows(IllegalArgumentException.class, () -> SpendingPath.flat("X", 2026, -1));
        assertThrows(IllegalArgumentException.class, () -> SpendingPath.flat("X", 2026, 101));
    }
}
