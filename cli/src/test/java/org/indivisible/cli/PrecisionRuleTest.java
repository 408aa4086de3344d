package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionRuleTest {

    @Test
    void theScheduleDoublesUpToTheCapAndStopsThere() {
        List<Integer> stages = new ArrayList<>();
        for (int n = 100; n > 0; n = PrecisionRule.next(n, 1000)) {
            stages.add(n);
        }
        assertEquals(List.of(100, 200, 400, 800, 1000), stages);
        assertEquals(-1, PrecisionRule.next(1000, 1000));
    }

    @Test
    void theTargetIsMetOnlyWhenEveryHalfWidthIsWithinIt() {
        List<PrecisionRule.Headline> h = List.of(new PrecisionRule.Headline("baseline", "P3", "taiwan", 0.49),
                new PrecisionRule.Headline("baseline", "P2", "taiwan", 0), new PrecisionRule.Headline("korea-war", "P3", "taiwan", 0.51));
        assertFalse(PrecisionRule.met(h, 0.5));
        assertTrue(PrecisionRule.met(h, 0.51));
        assertEquals("korea-war P3 taiwan", PrecisionRule.widest(h).label());
        assertTrue(PrecisionRule.describe(100, h, 0.5).contains("1 above the target"));
    }
}
