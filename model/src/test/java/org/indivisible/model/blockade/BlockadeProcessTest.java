package org.indivisible.model.blockade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The share of a step a stock cannot cover. */
class BlockadeProcessTest {

    @Test
    void theUncoveredShareOfAStep() {
        assertEquals(0, BlockadeProcess.dayShareWithout(11, 7), 1e-12);
        assertEquals(3.0 / 7, BlockadeProcess.dayShareWithout(4, 7), 1e-12);
        assertEquals(1, BlockadeProcess.dayShareWithout(0, 7), 1e-12);
        assertEquals(0, BlockadeProcess.dayShareWithout(0, 0), 1e-12);
    }
}
