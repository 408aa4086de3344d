package org.indivisible.model.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.config.SpendingPath;
import org.junit.jupiter.api.Test;

/** The allies' pledge as a path per member: a straight line from its own share to the target (docs/decisions.md 9). */
class PledgePathTest {

    private static final SpendingPath HAGUE = new SpendingPath("P1", new TreeMap<>(Map.of(2035, 3.5)));

    @Test
    void aMemberBelowTheTargetClimbsInAStraightLineFromItsOwnShare() {
        SpendingPath own = SpendingPath.flat("DEU", 2024, 1.9);
        SpendingPath pledge = DefenceBudgets.Plan.fromOwnShare(own, HAGUE, 2025);
        assertEquals(1.9, pledge.pctGdpAt(2025.0), 1e-12);
        // Half way from 2025 to 2035: 1.9 + (3.5 - 1.9) / 2.
        assertEquals(2.7, pledge.pctGdpAt(2030.0), 1e-12);
        assertEquals(3.5, pledge.pctGdpAt(2035.0), 1e-12);
        assertEquals(3.5, pledge.pctGdpAt(2036.5), 1e-12);
        // Before the start year the floor is its own share: nothing is spent above its path.
        assertEquals(1.9, pledge.pctGdpAt(2024.0), 1e-12);
    }

    @Test
    void aMemberAboveTheTargetStartsFromItsOwnShareAndKeepsItsPath() {
        SpendingPath own = SpendingPath.flat("POL", 2024, 4.1);
        SpendingPath pledge = DefenceBudgets.Plan.fromOwnShare(own, HAGUE, 2025);
        // The floor falls toward 3.5, so max(own, floor) is the member's own 4.1 throughout.
        for (double year = 2025; year <= 2036; year += 0.5) {
            assertEquals(4.1, Math.max(own.pctGdpAt(year), pledge.pctGdpAt(year)), 1e-12);
        }
    }
}
