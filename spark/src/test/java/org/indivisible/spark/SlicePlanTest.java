package org.indivisible.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SlicePlanTest {

    @Property
    void slicesCoverEveryReplicationOnceInOrderAndDifferByAtMostOne(@ForAll @IntRange(min = 1, max = 12) int cells,
            @ForAll @IntRange(min = 1, max = 500) int replications, @ForAll @IntRange(min = 1, max = 64) int cores,
            @ForAll @IntRange(min = 1, max = 8) int perCore) {
        SlicePlan plan = SlicePlan.of(cells, replications, cores, perCore);
        assertEquals(0, plan.start(0));
        assertEquals((long) cells * replications, plan.start(plan.slices()));
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int s = 0; s < plan.slices(); s++) {
            assertEquals(plan.start(s + 1) - plan.start(s), plan.size(s));
            min = Math.min(min, plan.size(s));
            max = Math.max(max, plan.size(s));
        }
        assertTrue(min >= 1, "no empty slice");
        assertTrue(max - min <= 1, "balanced: " + min + ".." + max);
        assertEquals(Math.min((long) cells * replications, (long) cores * perCore), plan.slices());
    }

    @Test
    void aWorkedPlan() {
        // 4 cells x 3 replications in 7 slices: 12 * s / 7 for s = 0..7.
        SlicePlan plan = new SlicePlan(4, 3, 7);
        long[] starts = new long[8];
        for (int s = 0; s <= 7; s++) {
            starts[s] = plan.start(s);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {0, 1, 3, 5, 6, 8, 10, 12}, starts);
        assertThrows(IllegalArgumentException.class, () -> new SlicePlan(1, 3, 4));
    }
}
